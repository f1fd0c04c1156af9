import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta, tCritical, tTwoSided } from '../../../src/lib/metrics/student-t';

// Published t-table quantiles (any statistics text, e.g. NIST/SEMATECH e-Handbook 1.3.6.7.2),
// given to three decimals: [upper-tail probability, df, t].
const TABLE: [number, number, number][] = [
  [0.025, 1, 12.706],
  [0.025, 2, 4.303],
  [0.025, 5, 2.571],
  [0.025, 10, 2.228],
  [0.025, 30, 2.042],
  [0.025, 120, 1.98],
  [0.005, 10, 3.169],
  [0.05, 10, 1.812],
];

// Two-sided tails from test/lib/metrics/reference.py (quadrature) and SciPy's t.sf, which agree
// to 1e-12: [t, df, P(|T| ≥ t)].
const TAILS: [number, number, number][] = [
  [0.5, 1, 0.7048327646991335],
  [3.5, 2.5, 0.052345546960320344],
  [10, 3, 0.0021283990584141503],
  [40, 50, 1.2412423784372691e-39],
  [1.96, 1e6, 0.04999606758526985],
  [1, 1e6, 0.3173107498335783],
  [5, 1e5, 5.742701678641679e-7],
  // R's ?t.test example (sleep data, Welch): t = −1.8608, df = 17.776, p = 0.07939.
  [1.8608134674868526, 17.776473516178495, 0.07939414018735812],
];

describe('Student t', () => {
  it.each(TABLE)('the table value for tail %s at %s df is %s', (tail, df, t) => {
    expect(tCritical(2 * tail, df)).toBeCloseTo(t, 3);
    // The table rounds t to 3 decimals: the tail lies between the tails at t ± 0.0005.
    expect(tTwoSided(t + 0.0005, df)).toBeLessThan(2 * tail);
    expect(tTwoSided(t - 0.0005, df)).toBeGreaterThan(2 * tail);
  });

  it.each(TAILS)('P(|T| ≥ %s) at %s df matches the reference', (t, df, p) => {
    expect(Math.abs(tTwoSided(t, df) - p) / p).toBeLessThan(1e-9);
    expect(tTwoSided(-t, df)).toBe(tTwoSided(t, df));
  });

  it('has the quantiles SciPy gives for odd degrees of freedom', () => {
    expect(tCritical(0.05, 1e6)).toBeCloseTo(1.959966356814107, 9);
    expect(tCritical(0.05, 29)).toBeCloseTo(2.045229642132703, 9);
    expect(tCritical(0.05, 1.5)).toBeCloseTo(6.016663104427929, 9);
  });

  it('ln Γ and the incomplete beta agree with closed forms', () => {
    expect(logGamma(1)).toBeCloseTo(0, 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
    expect(logGamma(11)).toBeCloseTo(Math.log(3_628_800), 12);
    // I_x(1, 1) = x and I_x(a, 1) = x^a.
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 14);
    expect(regularizedBeta(0.6, 3, 1)).toBeCloseTo(0.216, 14);
  });

  it('stays a probability, falls as |t| grows, and never gives NaN', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.double({ min: 0, max: 50, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (t, step, df) => {
        const p = tTwoSided(t, df);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(tTwoSided(t + step, df)).toBeLessThanOrEqual(p + 1e-15);
      }),
    );
    for (const t of [Number.NaN, Infinity, -Infinity, 0]) expect(Number.isNaN(tTwoSided(t, 5))).toBe(false);
    expect(tTwoSided(0, 5)).toBe(1);
    expect(tTwoSided(Infinity, 5)).toBe(0);
  });
});
