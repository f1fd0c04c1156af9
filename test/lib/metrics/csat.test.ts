import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/format';
import { csatFromCounts, csatFromScores, defaultCsatThreshold } from '../../../src/lib/metrics/csat';
import { wilsonInterval } from '../../../src/lib/metrics/wilson';
import { codes, expectAllFinite, value } from './helpers';

describe('CSAT', () => {
  it('counts for 5…1 = 42, 32, 10, 9, 14 give 69.2 % satisfied (published value)', () => {
    const r = value(csatFromCounts({ scale: 5, counts: [14, 9, 10, 32, 42] }));
    expect(r.total).toBe(107);
    expect(r.satisfied).toBe(74);
    expect(r.percentSatisfied).toBeCloseTo((100 * 74) / 107, 12);
    expect(formatPercent(r.percentSatisfied, 1)).toBe('69,2%');
    expect(r.mean).toBeCloseTo((14 + 18 + 30 + 128 + 210) / 107, 12);
    expect(r.interval.low).toBeLessThan(r.percentSatisfied);
    expect(r.interval.high).toBeGreaterThan(r.percentSatisfied);
    expect(r.distribution.map((d) => d.score)).toEqual([1, 2, 3, 4, 5]);
    expect(r.distribution.reduce((s, d) => s + d.percent, 0)).toBeCloseTo(100, 10);
    expectAllFinite(r);
  });

  it('uses top two boxes by default and an adjustable threshold', () => {
    expect([5, 7, 10].map((s) => defaultCsatThreshold(s as 5 | 7 | 10))).toEqual([4, 6, 9]);
    const seven = value(csatFromCounts({ scale: 7, counts: [1, 1, 1, 1, 1, 1, 1] }));
    expect(seven.satisfied).toBe(2);
    const ten = value(csatFromCounts({ scale: 10, counts: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1] }));
    expect(ten.satisfied).toBe(2);
    const topBox = value(csatFromCounts({ scale: 5, counts: [14, 9, 10, 32, 42], threshold: 5 }));
    expect(topBox.satisfied).toBe(42);
    expect(topBox.threshold).toBe(5);
  });

  it('agrees between counts and raw scores', () => {
    const scores = [5, 5, 4, 3, 1, 2, 5, 4];
    const fromScores = value(csatFromScores(5, scores));
    const fromCounts = value(csatFromCounts({ scale: 5, counts: [1, 1, 1, 2, 3] }));
    expect(fromScores).toEqual(fromCounts);
  });

  it('validates scale, threshold, length and counts', () => {
    expect(codes(csatFromCounts({ scale: 6, counts: [1, 1, 1, 1, 1, 1] }))).toEqual({ scale: 'out-of-range' });
    expect(codes(csatFromCounts({ scale: 5, counts: [1, 1, 1] }))).toEqual({ counts: 'wrong-length' });
    expect(codes(csatFromCounts({ scale: 5, counts: [1, 1, 1, 1, 1], threshold: 6 }))).toEqual({
      threshold: 'out-of-range',
    });
    expect(codes(csatFromCounts({ scale: 5, counts: [1, 1, 1, 1, 1], threshold: 4.5 }))).toEqual({
      threshold: 'not-whole',
    });
    expect(codes(csatFromCounts({ scale: 5, counts: [0, 0, 0, 0, 0] }))).toEqual({ total: 'zero-total' });
    expect(codes(csatFromCounts({ scale: 5, counts: [0, -1, 0, 0, 0] }))).toEqual({ 'counts.2': 'negative' });
    expect(codes(csatFromScores(5, [6]))).toEqual({ scores: 'out-of-range' });
  });
});

describe('Wilson interval', () => {
  it('160 of 200 gives [73.9, 85.0] (published upper 84.9 is truncated, see note)', () => {
    const r = value(wilsonInterval(160, 200));
    expect(r.estimate).toBe(80);
    expect(r.low).toBeCloseTo(73.914, 3);
    expect(formatNumber(r.low, 1)).toBe('73,9');
    // Exact upper bound is 84.9549…: it rounds to 85.0; the published 84.9 truncates it.
    expect(r.high).toBeCloseTo(84.9549, 4);
    expect(Math.trunc(r.high * 10) / 10).toBe(84.9);
    expect(formatNumber(r.high, 1)).toBe('85,0');
  });

  it('stays inside 0…100 at the edges and never collapses', () => {
    const none = value(wilsonInterval(0, 10));
    expect(none.low).toBe(0);
    expect(none.high).toBeGreaterThan(0);
    const all = value(wilsonInterval(10, 10));
    expect(all.high).toBe(100);
    expect(all.low).toBeLessThan(100);
  });

  it('validates its inputs', () => {
    expect(codes(wilsonInterval(3, 2))).toEqual({ successes: 'out-of-range' });
    expect(codes(wilsonInterval(0, 0))).toEqual({ total: 'zero-total' });
    expect(codes(wilsonInterval(-1, 2.5))).toEqual({ successes: 'negative', total: 'not-whole' });
  });
});
