import { describe, expect, it } from 'vitest';
import { compareNps } from '../../../src/lib/metrics/nps-compare';
import { createAccumulator } from '../../../src/lib/report/aggregate';
import { adjustFamily, changeBetween, compare, familySize, verdictOf } from '../../../src/lib/report/differences';
import { METRICS } from '../../../src/lib/report/metric-ids';
import type { MetricId } from '../../../src/lib/report/metric-ids';
import { reportWords } from '../../../src/i18n/id-report';
import { translator } from '../../../src/i18n/translate';
import { presenter } from '../../../src/lib/report/present';
import { buildReport } from '../../../src/lib/report/report';
import { mulberry32 } from '../../../src/lib/quiz/rng';

const { familyNote } = presenter(translator(reportWords));

/** A report from [date, segment, score] rows. */
function reportOf(metric: MetricId, rows: [string, string, number][], granularity: 'month' | 'week' = 'month') {
  const acc = createAccumulator({ headerRows: 1, date: 0, dateOrder: 'dmy', score: 2, metric, segments: [1], comment: null });
  acc.addRows([['Tanggal', 'Cabang', 'Skor'], ...rows.map(([d, s, v]) => [d, s, String(v)])]);
  return buildReport(acc.finish(), granularity);
}
const day = (month: number, i: number) => `2026-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
const answers = (month: number, segment: string, score: number, count: number, from = 0): [string, string, number][] =>
  Array.from({ length: count }, (_, i) => [day(month, from + i), segment, score]);

describe('each metric by its own test', () => {
  it('NPS: the calculators\' adjusted-Wald test', () => {
    const a = [0, 0, 0, 0, 0, 0, 20, 0, 30, 0, 50]; // 50 P, 30 Pa, 20 D
    const b = [0, 0, 0, 0, 0, 0, 40, 0, 30, 0, 30]; // 30 P, 30 Pa, 40 D
    const theirs = compareNps({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 30, passives: 30, detractors: 40 });
    if (!theirs.ok) throw new Error('compare failed');
    expect(compare(METRICS.nps, a, b)).toEqual({ difference: 40, pValue: theirs.value.pValue });
  });
  it("CSAT: two proportions by Campbell's policy ('N − 1' chi-squared here)", () => {
    // 80 of 100 against 60 of 100: X² = 9.524, × 199/200 → p = 0.00208 (R: prop.test gives 0.00203).
    const d = compare(METRICS.csat5, [10, 10, 0, 40, 40], [20, 20, 0, 30, 30])!;
    expect(d.difference).toBeCloseTo(20, 12);
    expect(d.pValue!).toBeCloseTo(0.002081557630998806, 12);
  });
  it('CES: Welch\'s t, or no test when the answers are too skewed for the group sizes', () => {
    const d = compare(METRICS.ces, [2, 3, 5, 8, 12, 20, 10], [5, 6, 8, 10, 10, 8, 3])!;
    expect(d.pValue!).toBeCloseTo(0.0009402895938391009, 12);
    expect(compare(METRICS.ces, [0, 0, 0, 0, 0, 0, 30], [6, 0, 0, 0, 0, 0, 54])).toEqual({ difference: expect.closeTo(0.6, 12), pValue: null });
    expect(compare(METRICS.ces, [0, 0, 0, 0, 0, 0, 5], [0, 0, 0, 0, 0, 0, 0])).toBeNull();
  });
});

describe("the issue's 0 % / 100 % cases", () => {
  it('NPS: 30 answers all 10 against 54 tens and 6 zeros is p = 0,144, not bermakna', () => {
    const report = reportOf('nps', [...answers(11, 'A', 10, 30), ...answers(12, 'A', 10, 54), ...answers(12, 'A', 0, 6, 54)]);
    const change = report.periods[1]!.change!;
    expect(change.difference).toBeCloseTo(-20, 12);
    expect(change.pValue).toBeCloseTo(0.14427953987480105, 12);
    expect(change.significant).toBe(false);
    expect(verdictOf(change)).toBe('tidak');
  });
  it('CSAT: 30 of 30 satisfied against 54 of 60 is p = 0,075, not bermakna', () => {
    const report = reportOf('csat5', [...answers(11, 'A', 5, 30), ...answers(12, 'A', 5, 54), ...answers(12, 'A', 1, 6, 54)]);
    const change = report.periods[1]!.change!;
    expect(change.difference).toBeCloseTo(-10, 12);
    expect(change.pValue).toBeCloseTo(0.0746099338021522, 12);
    expect(verdictOf(change)).toBe('tidak');
  });
  it('CES: 30 answers of 7 against 54 sevens and 6 ones is too skewed to test', () => {
    const report = reportOf('ces', [...answers(11, 'A', 7, 30), ...answers(12, 'A', 7, 54), ...answers(12, 'A', 1, 6, 54)]);
    const change = report.periods[1]!.change!;
    expect(change).toMatchObject({ pValue: null, significant: false, tooFew: true });
    expect(verdictOf(change)).toBe('kecil');
  });
});

/** One NPS answer from a fixed distribution: 45 % promoters, 30 % passives, 25 % detractors. */
const npsScore = (r: number) => (r < 0.25 ? Math.floor(r * 24) : r < 0.55 ? 7 + Math.floor((r - 0.25) * 6.6) : 9 + Math.floor((r - 0.55) * 4.4));

describe('many comparisons', () => {
  // 100 branches of 60 answers each, every answer drawn from the same distribution.
  const random = mulberry32(7);
  const rows: [string, string, number][] = [];
  for (let b = 0; b < 100; b += 1) for (let i = 0; i < 60; i += 1) rows.push([day(1 + (i % 12), i), `Cabang ${b + 1}`, npsScore(random())]);
  const table = reportOf('nps', rows).segments[0]!;

  it('100 branches from one distribution: several pass p < 0,05 alone, none after Benjamini–Hochberg', () => {
    const raw = table.rows.filter((r) => r.vsRest!.rawP! < 0.05).length;
    expect(raw).toBeGreaterThanOrEqual(2);
    expect(table.rows.filter((r) => r.vsRest!.significant)).toEqual([]);
    expect(familySize(table.rows.map((r) => r.vsRest))).toBe(100);
    for (const r of table.rows) expect(r.vsRest!.pValue!).toBeGreaterThanOrEqual(r.vsRest!.rawP!);
  });

  it('the months of that file form one family too', () => {
    const periods = reportOf('nps', rows).periods;
    expect(periods).toHaveLength(12);
    expect(familySize(periods.map((p) => p.change))).toBe(11);
    expect(periods.filter((p) => p.change?.significant)).toEqual([]);
  });

  it('a real difference survives the adjustment', () => {
    // Branch X: 60 detractors among 99 ordinary branches.
    const withBad = [...rows, ...answers(3, 'Cabang X', 2, 60)];
    const x = reportOf('nps', withBad).segments[0]!.rows.find((r) => r.value === 'Cabang X')!;
    expect(x.vsRest!.significant).toBe(true);
    expect(x.vsRest!.pValue!).toBeLessThan(0.001);
  });

  it('groups too small to test are not in the family', () => {
    const metric = METRICS.nps;
    const big = [0, 0, 0, 0, 0, 0, 10, 0, 10, 0, 20];
    const other = [0, 0, 0, 0, 0, 0, 20, 0, 10, 0, 10];
    const small = [0, 0, 0, 0, 0, 0, 2, 0, 2, 0, 2];
    const family = adjustFamily([changeBetween(metric, big, other), changeBetween(metric, small, other), null]);
    expect(familySize(family)).toBe(1);
    expect(family[0]!.pValue).toBe(family[0]!.rawP);
    expect(family[1]).toMatchObject({ tooFew: true, pValue: null });
    expect(verdictOf(family[1]!)).toBe('kecil');
    expect(family[2]).toBeNull();
  });

  it('says in one sentence what was done, only when there was something to adjust', () => {
    expect(familyNote(0)).toBeNull();
    expect(familyNote(1)).toBeNull();
    expect(familyNote(100)).toBe('Karena tabel ini memuat 100 perbandingan sekaligus, nilai p di sini sudah disesuaikan (metode Benjamini–Hochberg) agar selisih yang muncul hanya karena kebetulan tidak disebut bermakna.');
  });
});
