import { describe, expect, it } from 'vitest';
import { formatPValue } from '../../../src/lib/format';
import { compareNps } from '../../../src/lib/metrics/nps-compare';
import { codes, expectAllFinite, value } from './helpers';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

// Adjusted-Wald difference test (Lewis & Sauro, MeasuringU): values from the arithmetic in
// test/lib/metrics/reference.py, written independently of this code.
describe('compareNps (adjusted Wald)', () => {
  it("the issue's case: 30 promoters against 54 promoters and 6 detractors is p = 0.144, not 0.010", () => {
    const r = value(compareNps(counts(30, 0, 0), counts(54, 0, 6)));
    expect(r.difference).toBeCloseTo(20, 12);
    expect(r.adjustedDifference).toBeCloseTo(14.71861471861471, 10);
    expect(r.standardError).toBeCloseTo(10.080978297755014, 10);
    expect(r.z).toBeCloseTo(1.4600383299994282, 12);
    expect(r.pValue).toBeCloseTo(0.14427953987480105, 12);
    expect(formatPValue(r.pValue)).toBe('0,144');
    expect(r.significant).toBe(false);
    expectAllFinite(r);
  });

  it('40/30/30 against 50/30/20: p = 0.083 (the plain z-test said 0.079)', () => {
    const r = value(compareNps(counts(40, 30, 30), counts(50, 30, 20)));
    expect(r.difference).toBeCloseTo(-20, 12);
    expect(r.adjustedDifference).toBeCloseTo(-19.41747572815534, 10);
    expect(r.z).toBeCloseTo(-1.732324132696044, 12);
    expect(r.pValue).toBeCloseTo(0.08321586753157123, 12);
    expect(r.differenceMargin).toBeCloseTo(1.96 * 11.208916023086053, 9);
  });

  it('clear differences stay clear; one detractor in 30 against 1,000 promoters does not', () => {
    const big = value(compareNps(counts(600, 200, 200), counts(300, 300, 400)));
    expect(big.z).toBeCloseTo(13.692164693629834, 10);
    expect(big.pValue).toBeLessThan(1e-40);
    expect(big.significant).toBe(true);
    const edge = value(compareNps(counts(29, 0, 1), counts(1000, 0, 0)));
    expect(edge.pValue).toBeCloseTo(0.07825432771795744, 12);
  });

  it('is antisymmetric and tests even two periods without any spread', () => {
    const a = value(compareNps(counts(5, 0, 0), counts(9, 0, 0)));
    const b = value(compareNps(counts(9, 0, 0), counts(5, 0, 0)));
    expect(a.difference).toBe(0);
    expect(a.pValue).toBeCloseTo(b.pValue, 15);
    expect(a.significant).toBe(false);
    const apart = value(compareNps(counts(5, 0, 0), counts(0, 0, 3)));
    expect(apart.difference).toBe(200);
    expect(apart.pValue).toBeGreaterThan(0);
    expectAllFinite(apart);
  });

  it('collects errors from both periods with distinct field names', () => {
    expect(codes(compareNps(counts(-1, 0, 0), counts(0, 0, 0)))).toEqual({ promoters: 'negative', total_b: 'zero-total' });
  });
});
