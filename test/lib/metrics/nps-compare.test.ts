import { describe, expect, it } from 'vitest';
import { formatPValue } from '../../../src/lib/format';
import { compareNps } from '../../../src/lib/metrics/nps-compare';
import { codes, expectAllFinite, value } from './helpers';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

describe('compareNps', () => {
  it('40/30/30 vs 50/30/20 gives p ≈ 0.079 (published value)', () => {
    const r = value(compareNps(counts(40, 30, 30), counts(50, 30, 20)));
    expect(r.difference).toBeCloseTo(-20, 12);
    // SE = √(0.69/100 + 0.61/100) on the −1…1 scale.
    expect(r.standardError).toBeCloseTo(100 * Math.sqrt(0.013), 12);
    expect(r.z).toBeCloseTo(-1.754116, 5);
    expect(r.pValue).toBeCloseTo(0.0794, 4);
    expect(formatPValue(r.pValue)).toBe('0,079');
    expect(r.significant).toBe(false);
    expect(r.differenceMargin).toBeCloseTo(1.96 * r.standardError, 12);
    expectAllFinite(r);
  });

  it('is symmetric and flags clear differences', () => {
    const a = value(compareNps(counts(600, 200, 200), counts(300, 300, 400)));
    const b = value(compareNps(counts(300, 300, 400), counts(600, 200, 200)));
    expect(a.difference).toBeCloseTo(-b.difference, 12);
    expect(a.pValue).toBeCloseTo(b.pValue ?? -1, 15);
    expect(a.significant).toBe(true);
    expect(a.pValue).toBeLessThan(1e-10);
  });

  it('reports an undefined test (not NaN) when both periods have zero variance', () => {
    const same = value(compareNps(counts(5, 0, 0), counts(9, 0, 0)));
    expect(same.difference).toBe(0);
    expect(same.z).toBeNull();
    expect(same.pValue).toBeNull();
    expect(same.significant).toBeNull();
    const apart = value(compareNps(counts(5, 0, 0), counts(0, 0, 3)));
    expect(apart.difference).toBe(200);
    expect(apart.pValue).toBeNull();
  });

  it('collects errors from both periods with distinct field names', () => {
    expect(codes(compareNps(counts(-1, 0, 0), counts(0, 0, 0)))).toEqual({ promoters: 'negative', total_b: 'zero-total' });
  });
});
