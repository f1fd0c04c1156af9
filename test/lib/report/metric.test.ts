import { describe, expect, it } from 'vitest';
import { compare, figureOf, moodOf } from '../../../src/lib/report/metric';
import { METRICS } from '../../../src/lib/report/metric-ids';
import { compareNps } from '../../../src/lib/metrics/nps-compare';
import { wilsonBounds } from '../../../src/lib/metrics/wilson';

describe('figures by the calculators\' methods', () => {
  it('CSAT: % in the top two boxes with the Wilson interval', () => {
    // Scores 3, 4, 5, 5 on 1–5: 3 of 4 satisfied.
    const f = figureOf(METRICS.csat5, [0, 0, 1, 1, 2])!;
    expect(f.value).toBe(75);
    expect([f.low, f.high]).toEqual([wilsonBounds(3, 4).low, wilsonBounds(3, 4).high]);
    // The split behind it: 4–5 satisfied, 3 neutral, 1–2 unhappy.
    expect([f.good, f.mid, f.bad]).toEqual([3, 1, 0]);
  });
  it('CES: the mean with mean ± 1.96·s/√n, kept within 1–7', () => {
    // Scores 4 and 7: mean 5.5, s = √4.5, margin 1.96·√4.5/√2 = 2.94.
    const f = figureOf(METRICS.ces, [0, 0, 0, 1, 0, 0, 1])!;
    expect(f.value).toBe(5.5);
    expect(f.low).toBeCloseTo(2.56, 12);
    expect(f.high).toBe(7);
    expect([f.good, f.mid, f.bad]).toEqual([1, 1, 0]);
  });
  it('no answers, no figure', () => {
    expect(figureOf(METRICS.nps, new Array(11).fill(0))).toBeNull();
  });
  it('the split: NPS groups; CSAT satisfied (top two boxes), neutral, unhappy (below the midpoint); CES easy/neutral/hard', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => moodOf(METRICS.nps, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([1, 2, 3, 4, 5].map((s) => moodOf(METRICS.csat5, s))).toEqual(['bad', 'bad', 'mid', 'good', 'good']);
    expect([1, 3, 4, 5, 6, 7].map((s) => moodOf(METRICS.csat7, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([1, 5, 6, 8, 9, 10].map((s) => moodOf(METRICS.csat10, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([3, 4, 5].map((s) => moodOf(METRICS.ces, s))).toEqual(['bad', 'mid', 'good']);
  });
});

describe('differences', () => {
  it('NPS: the calculators\' two-period test', () => {
    const a = [0, 0, 0, 0, 0, 0, 20, 0, 30, 0, 50]; // 50 P, 30 Pa, 20 D
    const b = [0, 0, 0, 0, 0, 0, 40, 0, 30, 0, 30]; // 30 P, 30 Pa, 40 D
    const ours = compare(METRICS.nps, a, b)!;
    const theirs = compareNps({ promoters: 50, passives: 30, detractors: 20 }, { promoters: 30, passives: 30, detractors: 40 });
    if (!theirs.ok) throw new Error('compare failed');
    expect(ours.difference).toBeCloseTo(40, 12);
    expect(ours.pValue).toBe(theirs.value.pValue);
    expect(ours.significant).toBe(true);
  });
  it('CSAT: two proportions, 80% of 100 against 60% of 100', () => {
    // SE = √(0.8·0.2/100 + 0.6·0.4/100) = √0.004 = 6.32 points; z = 20/6.32 = 3.16; p ≈ 0.0016.
    const d = compare(METRICS.csat5, [10, 10, 0, 40, 40], [20, 20, 0, 30, 30])!;
    expect(d.difference).toBeCloseTo(20, 12);
    expect(d.pValue!).toBeCloseTo(0.00157, 4);
    expect(d.significant).toBe(true);
  });
  it('no spread in either group: no test', () => {
    expect(compare(METRICS.ces, [0, 0, 0, 0, 0, 0, 5], [0, 0, 0, 0, 0, 0, 3])).toEqual({ difference: 0, pValue: null, significant: false });
  });
});
