import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenFailure, openFile } from '../../src/workers/report-job';
import { buildReport, periodRows } from '../../src/lib/report/report';
import type { Figure } from '../../src/lib/report/metric';
import { formatNumber } from '../../src/lib/format';
import { dateOfDay } from '../../src/lib/report/dates';
import { ROOT } from '../support/paths';

const fixture = (name: string) => new Blob([readFileSync(join(ROOT, 'test/fixtures/report', name))]);

async function report(name: string) {
  const file = await openFile(fixture(name));
  const { roles, headerRows, dateOrder } = file.info.detection;
  const progress: number[] = [];
  const data = await file.run(
    { headerRows, dateOrder, date: roles.date, score: roles.score!, metric: roles.metric!, segments: roles.segments, comment: roles.comment },
    (p) => progress.push(p.fraction),
  );
  return { file, data, report: buildReport(data), progress };
}

// One survey, hand-counted (see make-fixtures.mjs): 40 answers, 20 promoters and 11 detractors:
// NPS 22,5; September 20, October 10, November 60, December 0; two rows rejected.
describe('the same survey in every export format', () => {
  for (const name of ['gforms-id.csv', 'gforms-en.csv', 'excel-id.csv', 'excel-unicode.txt', 'survei.xlsx']) {
    it(name, async () => {
      const { file, data, report: r, progress } = await report(name);
      expect(file.info.detection.roles.metric).toBe('nps');
      expect(data.used).toBe(40);
      expect(data.rejected.map((x) => [x.reason, x.count])).toEqual([
        ['empty', 1],
        ['not-a-number', 1],
      ]);
      expect(formatNumber(r.headline!.value, 1)).toBe('22,5');
      expect(r.granularity).toBe('month');
      expect(r.periods.map((p) => [p.key, p.figure.n, formatNumber(p.figure.value, 1)])).toEqual([
        ['2026-09', 10, '20,0'],
        ['2026-10', 10, '10,0'],
        ['2026-11', 10, '60,0'],
        ['2026-12', 10, '0,0'],
      ]);
      const branch = r.segments.find((s) => data.segments.length && s.rows.some((row) => row.value === 'Bandung'))!;
      expect(branch.rows.map((row) => [row.value, row.figure.n, formatNumber(row.figure.value, 1)])).toEqual([
        ['Surabaya', 13, '38,5'],
        ['Medan', 13, '30,8'],
        ['Bandung', 14, '0,0'],
      ]);
      expect(data.commentTotals.bad).toBeGreaterThan(0);
      expect(data.comments.some((c) => c.text.includes('👍') || c.mood !== 'good')).toBe(true);
      expect(progress.at(-1)).toBe(1);
    });
  }
});

describe('bad files', () => {
  it('says what is wrong', async () => {
    await expect(openFile(new Blob([]))).rejects.toEqual(new OpenFailure('empty'));
    await expect(openFile(new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])]))).rejects.toEqual(new OpenFailure('binary'));
    // Column titles alone: a form nobody has answered yet.
    await expect(openFile(new Blob(['Stempel waktu,Skor,Komentar\r\n']))).rejects.toEqual(new OpenFailure('no-rows'));
    const none = await openFile(fixture('tanpa-angka.csv'));
    expect(none.info.detection.roles.score).toBeNull();
    const mixed = await openFile(fixture('metrik-campur.csv'));
    expect(mixed.info.mixed).toEqual({ 2: 'Jenis survei' });
  });
});

describe('other metrics', () => {
  it('CSAT 1–5 with a column of mixed types: 8 of 12 satisfied, by week', async () => {
    const { file, data, report: r } = await report('csat-campuran.csv');
    expect(file.info.detection.roles.metric).toBe('csat5');
    expect(data.rejected.map((x) => [x.reason, x.count])).toEqual([
      ['empty', 1],
      ['not-a-number', 2],
    ]);
    expect(formatNumber(r.headline!.value, 1)).toBe('66,7');
    expect(r.periods.map((p) => [p.key, p.figure.n, formatNumber(p.figure.value, 1)])).toEqual([
      ['2026-W45', 6, '66,7'],
      ['2026-W46', 5, '80,0'],
      ['2026-W47', 1, '0,0'],
    ]);
  });
  it('CES over two and a half years, by quarter', async () => {
    const { file, report: r } = await report('ces-kuartal.csv');
    expect(file.info.detection.roles.metric).toBe('ces');
    expect(formatNumber(r.headline!.value, 2)).toBe('5,45');
    expect(r.granularity).toBe('quarter');
    expect(r.periods.map((p) => formatNumber(p.figure.value, 2))).toEqual(['6,50', '4,50', '5,00', '6,00', '3,50', '7,00', '5,50', '5,50', '6,00', '5,00']);
    expect(r.periods[0]!.key).toBe('2025-Q1');
    expect(r.segments[0]!.rows.map((row) => [row.value, formatNumber(row.figure.value, 2)])).toEqual([
      ['Retur barang', '5,70'],
      ['Pengiriman', '5,20'],
    ]);
  });
});

describe('workbook dates', () => {
  // Excel dates are wall-clock times with no zone: every time zone reads the day they show.
  const zones = ['UTC', 'Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura', 'America/New_York', 'Pacific/Kiritimati'];
  const saved = process.env.TZ;
  afterEach(() => {
    process.env.TZ = saved;
  });
  async function periods(name: string, zone: string) {
    process.env.TZ = zone;
    const { data, report: r } = await report(name);
    return { first: dateOfDay(data.days[0]![0]), last: dateOfDay(data.days.at(-1)![0]), rows: r.periods.map((p) => [p.key, p.figure.n]) };
  }
  for (const name of ['ms-forms.xlsx', 'excel-tanggal.xlsx', 'survei.xlsx']) {
    it(`${name}: the same days and periods in every time zone`, async () => {
      const inUtc = await periods(name, 'UTC');
      for (const zone of zones) expect(await periods(name, zone), zone).toEqual(inUtc);
    });
  }
  it('reads the days the cells show', async () => {
    const forms = await periods('ms-forms.xlsx', 'Asia/Jakarta');
    expect([forms.first, forms.last]).toEqual([{ year: 2026, month: 5, day: 1 }, { year: 2026, month: 8, day: 1 }]);
    expect(forms.rows.at(-1)).toEqual(['2026-08', 2]);
    const typed = await periods('excel-tanggal.xlsx', 'Asia/Jayapura');
    expect([typed.first, typed.last]).toEqual([{ year: 2026, month: 6, day: 30 }, { year: 2026, month: 9, day: 1 }]);
  });
});

describe("other tools' exports, as they write them", () => {
  async function roles(name: string) {
    const { detection } = (await openFile(fixture(name))).info;
    // By column number: the listed columns skip those with no value in them.
    const names: string[] = [];
    for (const c of detection.columns) names[c.index] = c.name;
    return { headerRows: detection.headerRows, roles: detection.roles, names };
  }
  it('Qualtrics: three header rows, the ImportId row dropped, its NPS group never a segment, the time sent', async () => {
    const { headerRows, roles: r, names } = await roles('qualtrics.csv');
    expect(headerRows).toBe(3);
    expect(names[18]).toBe('Seberapa besar kemungkinan Anda merekomendasikan Toko Roti Sari kepada teman atau rekan?');
    expect(names.filter((n) => n.includes('ImportId'))).toEqual([]);
    expect(names[1]).toBe('End Date');
    expect(r).toEqual({ date: 1, score: 18, metric: 'nps', segments: [19], comment: 20 });
  });
  it('SurveyMonkey: the "Response" sub-header left out of the titles; respondent columns never segments', async () => {
    const { headerRows, roles: r, names } = await roles('surveymonkey.csv');
    expect(headerRows).toBe(2);
    expect(names.slice(9)).toEqual(['Secara keseluruhan, seberapa puas Anda dengan layanan kami?', 'Di cabang mana Anda berbelanja?', 'Apa yang bisa kami perbaiki?']);
    expect(r).toEqual({ date: 3, score: 9, metric: 'csat5', segments: [10], comment: 11 });
  });
  it('Typeform: Submit Date, and "Pesan lewat apa?" a segment, not the comment', async () => {
    const { roles: r } = await roles('typeform.csv');
    expect(r).toEqual({ date: 7, score: 1, metric: 'ces', segments: [2], comment: 3 });
  });
  it('Microsoft Forms: Completion time, branch and channel as segments, the free text as comment', async () => {
    const { roles: r } = await roles('ms-forms.xlsx');
    expect(r).toEqual({ date: 2, score: 8, metric: 'nps', segments: [6, 7], comment: 9 });
  });
});

describe('against an independent computation (independent-check.py)', () => {
  interface Checked {
    n: number;
    value: number;
    low?: number;
    high?: number;
    split: number[];
    splitPercent: number[];
  }
  const expected = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/report/independent-check.json'), 'utf8')) as Record<string, { rejected: number; headline: Checked; months: Record<string, Checked> }>;
  const same = (f: Figure, c: Checked, where: string) => {
    expect(f.n, where).toBe(c.n);
    expect(f.value, where).toBeCloseTo(c.value, 9);
    if (c.low !== undefined) expect([f.low, f.high], where).toEqual([expect.closeTo(c.low, 9), expect.closeTo(c.high!, 9)]);
    expect([f.good, f.mid, f.bad], where).toEqual(c.split);
  };
  for (const [name, check] of Object.entries(expected)) {
    it(name, async () => {
      const { data, report: r } = await report(name);
      expect(data.rejected.reduce((sum, x) => sum + x.count, 0)).toBe(check.rejected);
      same(r.headline!, check.headline, 'headline');
      const months = periodRows(data, 'month');
      expect(months.map((p) => p.key)).toEqual(Object.keys(check.months));
      for (const p of months) same(p.figure, check.months[p.key]!, p.key);
    });
  }
});

describe('rejected rows, numbered as the spreadsheet numbers them', () => {
  it('counts blank lines and every header row, in text files and workbooks', async () => {
    // Row 1 title, row 2 header, row 3 blank, rows 4–6 answers (row 5 without a score), row 7 blank, row 8 'sepuluh'.
    const text = 'Survei Desember\r\nTanggal,Skor,Komentar\r\n\r\n2026-12-01,9,Bagus\r\n2026-12-02,,"Lupa\r\nisi"\r\n2026-12-03,3,Lama\r\n\r\n2026-12-04,sepuluh,Ha\r\n';
    const fromText = await openFile(new Blob([text]));
    const { headerRows, dateOrder } = fromText.info.detection;
    const config = { headerRows, dateOrder, date: 0, score: 1, metric: 'nps' as const, segments: [], comment: 2 };
    const data = await fromText.run(config, () => {});
    // A quoted line break stays inside its row, as in a spreadsheet.
    expect(data.rejectedRows).toEqual([
      { row: 5, reason: 'empty', cells: ['2026-12-02', '', 'Lupa\r\nisi'] },
      { row: 8, reason: 'not-a-number', cells: ['2026-12-04', 'sepuluh', 'Ha'] },
    ]);
    expect(data.rejected.map((r) => r.examples[0]!.row)).toEqual([5, 8]);
    const XLSX = await import('@e965/xlsx');
    const book = XLSX.utils.book_new();
    const sheet = XLSX.utils.aoa_to_sheet([]);
    XLSX.utils.sheet_add_aoa(sheet, [['Survei Desember'], ['Tanggal', 'Skor', 'Komentar'], [], ['2026-12-01', 9, 'Bagus'], ['2026-12-02', null, 'Lupa isi']], { origin: 'A3' });
    // A sheet whose used range starts on row 3, as Excel writes one whose first rows were never touched.
    sheet['!ref'] = 'A3:C7';
    XLSX.utils.book_append_sheet(book, sheet, 'Lembar1');
    const workbook = await openFile(new Blob([XLSX.write(book, { type: 'buffer', bookType: 'xlsx' })]));
    const fromBook = await workbook.run({ ...config, headerRows: workbook.info.detection.headerRows }, () => {});
    // The answer without a score is on row 7.
    expect(fromBook.rejectedRows).toEqual([{ row: 7, reason: 'empty', cells: ['2026-12-02', '', 'Lupa isi'] }]);
  });
});
