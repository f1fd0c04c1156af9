import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createAccumulator } from '../../../src/lib/report/aggregate';
import type { ReportConfig } from '../../../src/lib/report/aggregate';
import { EXAMPLE_CHARS, detectColumns, exampleText, mixedMetrics } from '../../../src/lib/report/detect';
import { buildReport, periodRows } from '../../../src/lib/report/report';
import { npsFromScores } from '../../../src/lib/metrics/nps';

const HEADER = ['Stempel waktu', 'Cabang', 'Seberapa besar kemungkinan Anda merekomendasikan kami? (0-10)', 'Alasan Anda'];
// Used: 10, 9, 7, 3 (2 Nov, Monday of 2026-W45), 6, 9 (10 Nov, W46), 0 (1 Dec, W49).
const ROWS = [
  HEADER,
  ['02/11/2026 10:31:25', 'Bandung', '10', 'Pelayanan cepat dan ramah sekali'],
  ['02/11/2026 11:02:00', 'Bandung', '9', ''],
  ['02/11/2026 12:15:40', 'Surabaya', '7', 'Lumayan, tapi parkir sempit'],
  ['02/11/2026 13:00:00', 'Surabaya', '3', 'Antrean lama, kasir gak ramah'],
  ['10/11/2026 09:00:00', 'Bandung', '6', 'Antrean lama sekali di kasir'],
  ['10/11/2026 09:30:00', 'Surabaya', '9', 'Mantap'],
  ['01/12/2026 08:00:00', 'Surabaya', '0', 'Pesanan salah dan kasir tidak ramah'],
  ['01/12/2026 08:10:00', 'Bandung', '', 'Tidak mengisi skor'],
  ['01/12/2026 08:20:00', 'Bandung', 'sepuluh', ''],
  ['01/12/2026 08:30:00', 'Bandung', '7,5', ''],
  ['01/12/2026 08:40:00', 'Bandung', '11', ''],
  ['kemarin', 'Bandung', '8', ''],
];

const CONFIG: ReportConfig = { headerRows: 1, date: 0, dateOrder: 'dmy', score: 2, metric: 'nps', segments: [1], comment: 3 };

function run(rows: readonly (readonly string[])[], chunk = rows.length) {
  const acc = createAccumulator(CONFIG);
  for (let i = 0; i < rows.length; i += chunk) acc.addRows(rows.slice(i, i + chunk));
  return acc.finish();
}

describe('column roles', () => {
  it('finds date, score with its metric, segment and comment in a Google Forms export', () => {
    const d = detectColumns(ROWS);
    expect(d.headerRows).toBe(1);
    expect(d.roles).toEqual({ date: 0, score: 2, metric: 'nps', segments: [1], comment: 3 });
    expect(d.columns[2]!.name).toBe(HEADER[2]);
  });
  it('guesses the metric from header words, then from values', () => {
    const rows = (header: string, values: string[]) => [['Waktu', header], ...values.map((v, i) => [`0${(i % 9) + 1}/11/2026`, v])];
    expect(detectColumns(rows('Seberapa puas Anda?', ['1', '4', '5', '3'])).roles.metric).toBe('csat5');
    expect(detectColumns(rows('Seberapa mudah urusan Anda?', ['1', '4', '7', '6'])).roles.metric).toBe('ces');
    expect(detectColumns(rows('Nilai', ['0', '4', '7', '10'])).roles.metric).toBe('nps');
    expect(detectColumns(rows('Nilai', ['1', '4', '7', '6'])).roles.metric).toBe('csat7');
  });
  it('joins a header over two rows and skips a row-number column', () => {
    const d = detectColumns([
      ['', 'Penilaian', '', 'Waktu'],
      ['No', 'Skor', 'Cabang', 'Tanggal'],
      ['1', '4', 'Medan', '2026-11-02'],
      ['2', '5', 'Medan', '2026-11-03'],
      ['3', '2', 'Depok', '2026-11-04'],
      ['4', '5', 'Depok', '2026-11-04'],
      ['5', '4', 'Medan', '2026-11-05'],
      ['6', '3', 'Depok', '2026-11-05'],
    ]);
    expect(d.headerRows).toBe(2);
    expect(d.columns.map((c) => c.name)).toEqual(['No', 'Penilaian Skor', 'Penilaian Cabang', 'Waktu Tanggal']);
    expect(d.roles.score).toBe(1);
    expect(d.roles.date).toBe(3);
    expect(d.roles.segments).toEqual([2]);
  });
  it('leaves a title row out of the column names', () => {
    const d = detectColumns([['Survei kepuasan November 2026'], ['Tanggal', 'Skor'], ['2026-11-02', '4'], ['2026-11-03', '5']]);
    expect(d.headerRows).toBe(2);
    expect(d.columns.map((c) => c.name)).toEqual(['Tanggal', 'Skor']);
  });
  it('takes the scale from the header: one stray 6 in 3,000 answers never makes a 1–5 CSAT file 1–7', () => {
    const scores = Array.from({ length: 1000 }, (_, i) => String(1 + (i % 5)));
    scores[200] = '6';
    for (const header of ['Kepuasan (1-5)', 'Seberapa puas Anda?', 'Skor']) {
      const rows = [['Tanggal', header], ...scores.map((s, i) => [`2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, s])];
      expect(detectColumns(rows).roles.metric, header).toBe('csat5');
    }
  });
  it('finds no score column when nothing is numeric', () => {
    const d = detectColumns([['Nama', 'Kota'], ['Ani', 'Medan'], ['Budi', 'Depok']]);
    expect(d.roles.score).toBeNull();
    expect(d.roles.metric).toBeNull();
  });
  it('warns of two metrics in one column', () => {
    const rows = [['Jenis survei', 'Skor'], ['NPS', '9'], ['CSAT', '4'], ['NPS', '3'], ['CSAT', '5']];
    expect(mixedMetrics(detectColumns(rows), rows, 1)).toBe('Jenis survei');
    const scaled = [['Kepuasan (1-5)'], ['4'], ['9'], ['10'], ['5']];
    expect(mixedMetrics(detectColumns(scaled), scaled, 0)).toBe('Kepuasan (1-5)');
    expect(mixedMetrics(detectColumns(ROWS), ROWS, 2)).toBeNull();
  });
  it('keeps examples as the confirm step shows them: a cell of a whole file is sent as its first 24 characters', () => {
    // An unclosed quote makes the rest of a file one cell: 900 KB that once travelled to the page whole.
    const swallowed = `Pelayanan cepat\n${'2026-12-02,9,Oke\n'.repeat(50_000)}`;
    const twin = `${swallowed.slice(0, 24)} dan lain`;
    const d = detectColumns([['Skor', 'Komentar'], ['9', swallowed], ['10', twin], ['3', 'Oke']]);
    expect(d.columns[1]!.examples).toEqual([`${swallowed.slice(0, EXAMPLE_CHARS)}…`, `${twin.slice(0, EXAMPLE_CHARS)}…`, 'Oke']);
    expect(exampleText('x'.repeat(EXAMPLE_CHARS))).toBe('x'.repeat(EXAMPLE_CHARS));
  });
});

describe('aggregation', () => {
  const data = run(ROWS);

  it('counts used rows and rejects by reason with examples', () => {
    expect(data.rows).toBe(12);
    expect(data.used).toBe(7);
    expect(data.counts).toEqual([1, 0, 0, 1, 0, 0, 1, 1, 0, 2, 1]);
    expect(data.rejected).toEqual([
      { reason: 'empty', count: 1, examples: [{ row: 9, value: '' }] },
      { reason: 'not-a-number', count: 1, examples: [{ row: 10, value: 'sepuluh' }] },
      { reason: 'not-whole', count: 1, examples: [{ row: 11, value: '7,5' }] },
      { reason: 'out-of-range', count: 1, examples: [{ row: 12, value: '11' }] },
      { reason: 'bad-date', count: 1, examples: [{ row: 13, value: 'kemarin' }] },
    ]);
  });

  it('reads dates with month names, and never takes one for the day of the row before', () => {
    const named = run([
      HEADER,
      ['2 Februari 2026 10:31', 'Bandung', '10', ''],
      ['2', 'Bandung', '9', ''],
      ['2 Februari 2026', 'Bandung', '8', ''],
      ['Senin, 2 Mar 2026', 'Bandung', '7', ''],
    ]);
    const day = (m: number, d: number) => Date.UTC(2026, m - 1, d) / 86_400_000;
    expect(named.days.map(([d, counts]) => [d, counts.reduce((a, b) => a + b, 0)])).toEqual([[day(2, 2), 2], [day(3, 2), 1]]);
    expect(named.rejected).toEqual([{ reason: 'bad-date', count: 1, examples: [{ row: 3, value: '2' }] }]);
  });

  it('skips rows of blanks without counting them, but rejects a row that only lacks its score', () => {
    const blank = [['', '', '', ''], [' ', '\u00a0', '', '\t'], ['']];
    const padded = run([ROWS[0]!, ...blank, ...ROWS.slice(1), ...blank]);
    expect(padded.rows).toBe(data.rows);
    expect(padded.used).toBe(data.used);
    // The same reasons and values; the rows are numbered as the spreadsheet shows them, three blank rows further down.
    expect(padded.rejected).toEqual(data.rejected.map((r) => ({ ...r, examples: r.examples.map((e) => ({ ...e, row: e.row + 3 })) })));
  });

  it('gives the headline, periods and segments by hand', () => {
    const report = buildReport(data);
    // 3 promoters, 1 passive, 3 detractors of 7: NPS 0.
    expect(report.headline!.value).toBeCloseTo(0, 12);
    expect(report.headline!.n).toBe(7);
    expect(report.granularity).toBe('week');
    expect(report.periods.map((p) => [p.key, p.figure.n, p.figure.value])).toEqual([
      ['2026-W45', 4, 25], // 10, 9, 7, 3: (2 − 1)/4
      ['2026-W46', 2, 0], // 6, 9
      ['2026-W49', 1, -100], // 0
    ]);
    expect(report.periods.every((p) => p.small)).toBe(true);
    const months = periodRows(data, 'month');
    expect(months.map((p) => p.key)).toEqual(['2026-11', '2026-12']);
    expect(months[0]!.figure.value).toBeCloseTo(100 / 6, 12); // 3 P, 1 Pa, 2 D of 6
    const [cabang] = report.segments;
    expect(cabang!.rows.map((r) => [r.value, r.figure.n])).toEqual([
      ['Bandung', 3], // 10, 9, 6: NPS 33.3
      ['Surabaya', 4], // 7, 3, 9, 0: NPS −25
    ]);
    expect(cabang!.rows[0]!.figure.value).toBeCloseTo(100 / 3, 12);
    expect(cabang!.rows[1]!.figure.value).toBeCloseTo(-25, 12);
  });

  it('matches the NPS calculator for the same scores', () => {
    const r = npsFromScores([10, 9, 7, 3, 6, 9, 0]);
    if (!r.ok) throw new Error('calculator failed');
    const headline = buildReport(data).headline!;
    expect([headline.low, headline.high]).toEqual([r.value.interval.low, r.value.interval.high]);
  });

  it('groups comments by mood and counts the unhappy words', () => {
    expect(data.commentTotals).toEqual({ good: 2, mid: 1, bad: 3 });
    expect(data.comments.map((c) => c.mood)).toEqual(['good', 'mid', 'bad', 'bad', 'good', 'bad']);
    expect(data.words.words.slice(0, 2)).toEqual([
      { text: 'kasir', count: 3 },
      { text: 'antrean', count: 2 },
    ]);
    expect(data.words.phrases).toEqual([
      { text: 'antrean lama', count: 2 },
      { text: 'tidak ramah', count: 2 },
    ]);
  });

  it('gives the same result however the rows are chunked', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: ROWS.length }), (chunk) => {
      expect(run(ROWS, chunk)).toEqual(data);
    }));
  });

  it('adds up: periods and segment values sum to the headline for any scores', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 90 }), fc.constantFrom('A', 'B', 'C')), { minLength: 1, maxLength: 200 }), (answers) => {
        const rows = [HEADER, ...answers.map(([score, day, branch]) => [`2026-${String(1 + Math.floor(day / 30)).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`, branch, String(score), ''])];
        const result = run(rows);
        const report = buildReport(result);
        const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(report.periods.map((p) => p.figure.n))).toBe(answers.length);
        expect(sum(report.segments[0]!.rows.map((r) => r.figure.n))).toBe(answers.length);
        const calc = npsFromScores(answers.map(([s]) => s));
        if (!calc.ok) throw new Error('calculator failed');
        expect(report.headline!.value).toBeCloseTo(calc.value.nps, 9);
      }),
      { numRuns: 100 },
    );
  });
});

describe('segment tables', () => {
  it('put groups too small to read after the readable ones, each part best first', () => {
    const acc = createAccumulator({ headerRows: 1, date: null, dateOrder: 'dmy', score: 1, metric: 'nps', segments: [0], comment: null });
    // Bogor 40 × 9 (NPS 100); Depok 40: 20 × 9, 20 × 3 (NPS 0); blank 4 × 10 (NPS 100, small); Cibubur 5 × 0 (small).
    acc.addRows([
      ['Cabang', 'Skor'],
      ...Array.from({ length: 40 }, () => ['Bogor', '9']),
      ...Array.from({ length: 40 }, (_, i) => ['Depok', i % 2 ? '9' : '3']),
      ...Array.from({ length: 4 }, () => ['', '10']),
      ...Array.from({ length: 5 }, () => ['Cibubur', '0']),
    ]);
    const rows = buildReport(acc.finish()).segments[0]!.rows;
    expect(rows.map((r) => [r.value, r.small])).toEqual([['Bogor', false], ['Depok', false], ['', true], ['Cibubur', true]]);
  });
});

describe('segment × period table', () => {
  it('gives each branch × month the NPS and n an independent count gives', () => {
    const report = buildReport(run(ROWS), 'month');
    const table = report.crosstab!;
    expect(table.periods.map((p) => p.key)).toEqual(['2026-11', '2026-12']);
    // Independently: the rows whose score is a whole 0–10 and whose date reads, by branch and month.
    const valid = ROWS.slice(1).filter((r) => /^\d+$/.test(r[2]!) && Number(r[2]) <= 10 && /^\d\d\/\d\d\/\d{4}/.test(r[0]!));
    const expected = (branch: string, month: string) => {
      const scores = valid.filter((r) => r[1] === branch && `${r[0]!.slice(6, 10)}-${r[0]!.slice(3, 5)}` === month).map((r) => Number(r[2]));
      const nps = npsFromScores(scores);
      return scores.length && nps.ok ? { n: scores.length, value: nps.value.nps } : null;
    };
    for (const row of table.rows) {
      for (const cell of row.cells) {
        const want = expected(row.value!, cell.period);
        expect(cell.figure && { n: cell.figure.n, value: cell.figure.value }, `${row.value} ${cell.period}`).toEqual(want && { n: want.n, value: expect.closeTo(want.value, 9) });
        expect(cell.small).toBe(true);
      }
    }
    // Rows in the order of the branch table: Bandung (NPS 33,3 over 3 answers) before Surabaya (−25 over 4).
    expect(table.rows.map((r) => r.value)).toEqual(report.segments[0]!.rows.map((r) => r.value));
    expect(table.rows.map((r) => r.value)).toEqual(['Bandung', 'Surabaya']);
    expect(table.rows[0]!.cells[1]!.figure).toBeNull();
  });

  it('keeps the values with the most answers and the latest periods; none without a date or segment', () => {
    // 40 branches, 30 months from January 2024 to June 2026; branch i answers in month i mod 30.
    const month = (i: number) => `${2024 + Math.floor((i % 30) / 12)}-${String(((i % 30) % 12) + 1).padStart(2, '0')}-01`;
    const rows = [['Tanggal', 'Cabang', 'Skor'], ...Array.from({ length: 30 * 40 }, (_, i) => [month(i), `Cabang ${i % 40}`, String(i % 11)])];
    const acc = createAccumulator({ headerRows: 1, date: 0, dateOrder: 'dmy', score: 2, metric: 'nps', segments: [1], comment: null });
    acc.addRows(rows);
    const table = buildReport(acc.finish(), 'month').crosstab!;
    expect(table.rows).toHaveLength(25);
    expect(table.omittedValues).toBe(15);
    expect(table.periods).toHaveLength(24);
    expect(table.omittedPeriods).toBe(6);
    expect(table.periods.at(-1)!.key).toBe('2026-06');
    const plain = createAccumulator({ ...CONFIG, segments: [] });
    plain.addRows(ROWS);
    expect(buildReport(plain.finish(), 'month').crosstab).toBeNull();
  });
});
