import { describe, expect, it } from 'vitest';
import { createAccumulator } from '../../../src/lib/report/aggregate';
import { detectColumns } from '../../../src/lib/report/detect';
import { reportWords } from '../../../src/i18n/id-report';
import { translator } from '../../../src/i18n/translate';
import { presenter } from '../../../src/lib/report/present';
import { buildReport } from '../../../src/lib/report/report';
import { applySettings, decodeSettings } from '../../../src/lib/report/settings';

const { changeText, dayText, nextSteps, periodLabel, rejectedCsv, sourceLine, splitText, summaryCsv, summaryText } = presenter(translator(reportWords));

// 40 answers in two branches and two months, by hand:
// A: 30 × score 10 in November → n 30, NPS 100; B in December: 8 × score 2 and 2 × 10 → n 10,
// NPS −60. All: 32 promoters, 8 detractors of 40 → NPS 60.
const rows = [
  ['Tanggal', 'Cabang', 'Skor rekomendasi', 'Komentar'],
  ...Array.from({ length: 30 }, (_, i) => [`2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, 'A', '10', 'Mantap sekali']),
  ...Array.from({ length: 10 }, (_, i) => [`2026-12-${String(1 + i).padStart(2, '0')}`, 'B', i < 8 ? '2' : '10', 'Antrean lama']),
];
const acc = createAccumulator({ headerRows: 1, date: 0, dateOrder: 'dmy', score: 2, metric: 'nps', segments: [1], comment: 3 });
acc.addRows(rows);
const report = buildReport(acc.finish(), 'month');

describe('summary, CSV and next steps', () => {
  it('writes a short text with the headline and the last two periods', () => {
    const text = summaryText(report, 0, ['Cabang'], 'Sangat baik');
    // 30 P, 10 D of 40: NPS 50.
    expect(text).toContain('NPS: 60,0');
    // The band's name as the view words it (src/components/report/band-words.ts).
    expect(text).toContain('\nKategori: Sangat baik\n');
    expect(text).toContain('• November 2026: 100,0 (n = 30)');
    // December has 10 answers: the change is not tested, so not called significant.
    expect(text).toContain('• Desember 2026: −60,0 (n = 10)\n');
    // Branch B has only 10 answers: no best/worst line when only one group is readable.
    expect(text).not.toContain('Tertinggi');
  });
  const source = { fileName: 'survei.csv', firstDay: Date.UTC(2026, 10, 1) / 86_400_000, lastDay: Date.UTC(2026, 11, 10) / 86_400_000, rejected: 3, today: Date.UTC(2026, 11, 12) / 86_400_000 };
  it('writes the tables as CSV for Indonesian Excel, after the file, the span of its answers and the rows rejected', () => {
    const csv = summaryCsv(report, ['Cabang'], source);
    expect(csv.startsWith('\uFEFFBerkas;survei.csv\r\nJawaban;1 November 2026 sampai 10 Desember 2026\r\nBaris ditolak;3\r\nDibuat;12 Desember 2026\r\n\r\nKelompok;Nilai;n;NPS;Batas bawah 95%;Batas atas 95%;Promotor (skor 9–10);% Promotor;Pasif (skor 7–8);% Pasif;Detraktor (skor 0–6);% Detraktor;Terlalu sedikit;Dibanding;Selisih;p (disesuaikan);Bermakna\r\n')).toBe(true);
    // Periods as text no spreadsheet turns into a date (Excel does with a bare 2026-11), and no formula.
    expect(csv).toContain('\r\nBulan;2026-11 (November 2026);30;100,0;');
    expect(csv).not.toContain('=');
    // ASCII minus, so Excel reads a number; the comparison named; no test for 10 answers.
    // The split as counts and percentages: 2 promoters (20 %), no passive, 8 detractors (80 %).
    expect(csv).toMatch(/\r\nBulan;2026-12 \(Desember 2026\);10;-60,0;[^;]*;[^;]*;2;20,0;0;0,0;8;80,0;ya;periode sebelumnya;-160,0;;terlalu sedikit untuk diuji\r\n/);
    expect(csv).toContain('\r\nCabang;B;10;-60,0;');
    expect(csv).not.toContain('\u2212');
    // The segment × period table: a line per cell with answers (A in November, B in December).
    expect(csv.slice(csv.indexOf('\r\n\r\nCabang;Bulan;'))).toBe(
      '\r\n\r\nCabang;Bulan;n;NPS;Batas bawah 95%;Batas atas 95%;Promotor (skor 9–10);% Promotor;Pasif (skor 7–8);% Pasif;Detraktor (skor 0–6);% Detraktor;Terlalu sedikit\r\n' +
        `A;2026-11 (November 2026);30;100,0;${csv.match(/\r\nCabang;A;30;100,0;([^;]*;[^;]*);/)![1]};30;100,0;0;0,0;0;0,0;\r\n` +
        `B;2026-12 (Desember 2026);10;-60,0;${csv.match(/\r\nCabang;B;10;-60,0;([^;]*;[^;]*);/)![1]};2;20,0;0;0,0;8;80,0;ya\r\n`,
    );
  });
  it("never writes a formula from the visitor's file", () => {
    const risky = createAccumulator({ headerRows: 1, date: null, dateOrder: 'dmy', score: 1, metric: 'nps', segments: [0], comment: null });
    const names = ['=HYPERLINK("http://x","klik")', '+62 812 3456 7890', '-Cabang Baru', '@mall'];
    risky.addRows([['=1+1', 'Skor'], ...names.flatMap((name) => Array.from({ length: 3 }, () => [name, '9']))]);
    const csv = summaryCsv(buildReport(risky.finish()), ['=1+1'], { ...source, fileName: "=cmd|' /C calc'!A0.csv", firstDay: null, lastDay: null });
    // Every cell of every line, unquoted: none starts a formula, and only the page's numbers start with a minus.
    const cells = csv.slice(1).split('\r\n').flatMap((line) => line.match(/("([^"]|"")*"|[^;]*)/g) ?? []).map((c) => c.replace(/^"|"$/g, '').replaceAll('""', '"'));
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+(,\d+)?$/.test(c))).toEqual([]);
    expect(csv).toContain(`\r\n'=1+1;"'=HYPERLINK(""http://x"",""klik"")";3;100,0;`);
    expect(csv).toContain("\r\n'=1+1;'+62 812 3456 7890;3;");
    expect(csv).toContain("\r\n'=1+1;'-Cabang Baru;3;");
    expect(csv).toContain("\r\n'=1+1;'@mall;3;");
    expect(csv).toContain("Berkas;'=cmd|' /C calc'!A0.csv\r\n");
  });
  it('writes the rejected rows as the file had them, with their row number and reason', () => {
    const bad = createAccumulator({ headerRows: 1, date: null, dateOrder: 'dmy', score: 1, metric: 'csat5', segments: [], comment: null });
    bad.addRows([['Cabang', 'Kepuasan (1-5)'], ['Bogor', '4'], ['=HYPERLINK("http://x")', '6'], [''], ['Depok', ''], ['Depok', '4,5']]);
    const data = bad.finish();
    const csv = rejectedCsv(data, ['Cabang', 'Kepuasan (1-5)'], buildReport(data).metric, { ...source, rejected: 3 });
    expect(csv).toBe(
      '\uFEFFBerkas;survei.csv\r\nBaris ditolak;3\r\n\r\n' +
        'Baris;Alasan;Cabang;Kepuasan (1-5)\r\n' +
        '3;Skor di luar rentang 1–5;"\'=HYPERLINK(""http://x"")";6\r\n' +
        '5;Skor kosong;Depok;\r\n' +
        '6;Skor bukan bilangan bulat;Depok;4,5\r\n',
    );
  });
  it('calls a change significant only between groups of at least 30 answers', () => {
    // November: 40 × 10 (NPS 100). December: 32 × 2 and 8 × 10 (NPS −60). Both 40 answers.
    const big = createAccumulator({ headerRows: 1, date: 0, dateOrder: 'dmy', score: 1, metric: 'nps', segments: [], comment: null });
    big.addRows([
      ['Tanggal', 'Skor'],
      ...Array.from({ length: 40 }, (_, i) => [`2026-11-${String(1 + (i % 28)).padStart(2, '0')}`, '10']),
      ...Array.from({ length: 40 }, (_, i) => [`2026-12-${String(1 + (i % 28)).padStart(2, '0')}`, i < 32 ? '2' : '10']),
    ]);
    const tested = buildReport(big.finish(), 'month');
    expect(tested.periods[1]!.change).toMatchObject({ difference: -160, significant: true, tooFew: false });
    expect(summaryText(tested, 0, [], 'Sangat baik')).toContain('• Desember 2026: −60,0 (n = 40) — berubah bermakna');
    expect(changeText(tested.metric, tested.periods[1]!.change!)).toBe('−160,0 poin (p < 0,001) bermakna');
    // The same change with 10 answers in December: its size, and why there is no test.
    expect(changeText(report.metric, report.periods[1]!.change!)).toBe('−160,0 poin, terlalu sedikit untuk diuji');
  });
  it('names the period compared with when months without answers lie between', () => {
    const gap = createAccumulator({ headerRows: 0, date: 0, dateOrder: 'dmy', score: 1, metric: 'nps', segments: [], comment: null });
    gap.addRows([['2026-01-05', '9'], ['2026-03-05', '3'], ['2026-04-05', '9']]);
    const rows = buildReport(gap.finish(), 'month').periods;
    expect(rows.map((r) => [r.key, r.across])).toEqual([['2026-01', null], ['2026-03', '2026-01'], ['2026-04', null]]);
  });
  it('names periods as an owner reads them, weeks by their Monday to Sunday', () => {
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(periodLabel(day(2026, 11, 17), 'month')).toBe('November 2026');
    expect(periodLabel(day(2026, 11, 17), 'quarter')).toBe('Kuartal 4 2026');
    // 2026-W48 runs from Monday 23 to Sunday 29 November.
    expect(periodLabel(day(2026, 11, 25), 'week')).toBe('23–29 November 2026');
    expect(periodLabel(day(2026, 12, 2), 'week')).toBe('30 November–6 Desember 2026');
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
    expect(periodLabel(day(2027, 1, 1), 'week')).toBe('28 Desember 2026–3 Januari 2027');
  });
  it('writes dates the Indonesian way for the printed source line', () => {
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(dayText(day(2026, 12, 2))).toBe('2 Desember 2026');
    expect(sourceLine('survei.csv', day(2026, 1, 5), day(2026, 3, 31), day(2026, 12, 6))).toBe('Dari berkas survei.csv, jawaban 5 Januari 2026 sampai 31 Maret 2026. Laporan dibuat 6 Desember 2026.');
    expect(sourceLine('survei.csv', null, null, day(2026, 12, 6))).toBe('Dari berkas survei.csv. Laporan dibuat 6 Desember 2026.');
  });
  it('links next steps to guides: follow up the unhappy, more answers, how to read', () => {
    const steps = nextSteps(report);
    expect(steps.map((s) => s.href)).toEqual([
      '/panduan/menghadapi-pelanggan-bermasalah/',
      '/panduan/umpan-balik-pelanggan/',
      '/panduan/mengukur-kepuasan/',
    ]);
    expect(steps[0]!.text).toBe('Ada 8 detraktor (skor 0–6). Hubungi mereka, dengarkan, dan selesaikan keluhannya:');
  });
  it('says what each number counts: neutral 3s are not unhappy customers', () => {
    // CSAT 1–5: 2 unhappy (1–2), 3 neutral (3), 5 satisfied (4–5).
    const csat = createAccumulator({ headerRows: 1, date: null, dateOrder: 'dmy', score: 0, metric: 'csat5', segments: [], comment: null });
    csat.addRows([['Kepuasan (1-5)'], ...['1', '2', '3', '3', '3', '4', '4', '5', '5', '5'].map((v) => [v])]);
    const r = buildReport(csat.finish());
    expect(nextSteps(r)[0]!.text).toBe('Ada 2 pelanggan yang kecewa (skor 1–2). Hubungi mereka, dengarkan, dan selesaikan keluhannya:');
    expect(splitText(r.metric, r.headline!)).toBe('Puas (skor 4–5): 50,0% (5) · Netral (skor 3): 30,0% (3) · Kecewa (skor 1–2): 20,0% (2)');
    expect(splitText(report.metric, report.headline!)).toBe('Promotor (skor 9–10): 80,0% (32) · Pasif (skor 7–8): 0,0% (0) · Detraktor (skor 0–6): 20,0% (8)');
  });
});

describe('remembered settings', () => {
  it('keeps names and choices only, and applies them where the columns exist', () => {
    const saved = decodeSettings(JSON.stringify({ date: 'Tanggal', score: 'Skor rekomendasi', metric: 'nps', segments: ['Cabang', 3], comment: null, granularity: 'week', extra: 'x' }));
    expect(saved).toEqual({ date: 'Tanggal', score: 'Skor rekomendasi', metric: 'nps', segments: ['Cabang'], comment: null, granularity: 'week' });
    expect(applySettings(detectColumns(rows), saved)).toEqual({ date: 0, score: 2, metric: 'nps', segments: [1], comment: 3 });
    expect(decodeSettings('{broken')).toBeNull();
    expect(decodeSettings(JSON.stringify({ metric: 'bogus', granularity: 'day' }))?.metric).toBeNull();
  });
});
