import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareMeanCounts, effectiveSize, enoughForMeans, skewnessOfCounts, summarizeCounts, welchTest } from '../../../src/lib/metrics/welch';

const summaryOf = (values: number[]) => {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  return { n, mean, variance: values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1) };
};

describe("Welch's t", () => {
  it("R's ?t.test example: sleep data, t = −1.8608, df = 17.776, p = 0.07939", () => {
    // The `extra` hours of R's `sleep` data set, groups 1 and 2; R prints
    // "t = -1.8608, df = 17.776, p-value = 0.07939" for t.test(extra ~ group, data = sleep).
    const one = summaryOf([0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0]);
    const two = summaryOf([1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4]);
    const r = welchTest(one, two)!;
    expect(r.t).toBeCloseTo(-1.8608134674868526, 12);
    expect(r.df).toBeCloseTo(17.776473516178495, 10);
    expect(r.pValue).toBeCloseTo(0.07939414018735812, 12);
  });

  // CES answers as counts of 1…7; t.test(x, y) values from test/lib/metrics/reference.py.
  const VECTORS = [
    [[2, 3, 5, 8, 12, 20, 10], [5, 6, 8, 10, 10, 8, 3], 3.408806659398248, 100.46772071103092, 0.0009402895938391009],
    [[0, 0, 0, 0, 0, 0, 30], [6, 0, 0, 0, 0, 0, 54], 2.5603819159561962, 58.99999999999999, 0.013035559341443173],
    [[300, 200, 400, 900, 1200, 1500, 500], [9000, 8000, 15000, 40000, 50000, 60000, 18000], -1.3321434546071054, 5224.222864570638, 0.1828711616706242],
  ] as const;

  it.each(VECTORS)('%j vs %j gives R t.test values', (a, b, t, df, p) => {
    const r = compareMeanCounts(a, b, 1)!;
    expect(r.t).toBeCloseTo(t, 9);
    expect(r.df).toBeCloseTo(df, 6);
    expect(Math.abs(r.pValue / p - 1)).toBeLessThan(1e-8);
  });

  it("30 answers of 7 against 54 sevens and 6 ones: Welch says p = 0.013, too skewed to test", () => {
    // An exact permutation test gives 0.173 here; Cochran's rule sees it coming.
    const r = compareMeanCounts([0, 0, 0, 0, 0, 0, 30], [6, 0, 0, 0, 0, 0, 54], 1)!;
    expect(r.testable).toBe(false);
    // A gentle spread at the same sizes is tested.
    expect(compareMeanCounts([1, 2, 3, 6, 8, 6, 4], [2, 4, 6, 12, 16, 12, 8], 1)!.testable).toBe(true);
  });

  it("Cochran's rule on the difference: a group against a far larger rest counts as its own size", () => {
    expect(effectiveSize(30, 30)).toBe(Infinity);
    expect(effectiveSize(30, 60)).toBeCloseTo(180, 9);
    expect(effectiveSize(30, 1e9)).toBeCloseTo(30, 5);
    // Skewness −2: 25·4 = 100 needed.
    expect(enoughForMeans(99, 1e9, -2)).toBe(false);
    expect(enoughForMeans(100, 1e9, -2)).toBe(true);
    // A two-point distribution with share q at the low end has skewness −(1 − 2q)/√(q(1 − q)).
    expect(skewnessOfCounts([1, 0, 0, 0, 0, 0, 9], 1)).toBeCloseTo(-0.8 / Math.sqrt(0.09), 12);
    expect(skewnessOfCounts([0, 0, 0, 5, 0, 0, 0], 1)).toBe(0);
  });

  it('guards groups too small for a variance, and groups that do not vary', () => {
    expect(welchTest({ n: 1, mean: 5, variance: 0 }, { n: 30, mean: 4, variance: 1 })).toBeNull();
    expect(compareMeanCounts([0, 0, 0, 0, 0, 0, 0], [1, 1, 1, 1, 1, 1, 1], 1)).toBeNull();
    expect(welchTest({ n: 30, mean: 5, variance: 0 }, { n: 40, mean: 5, variance: 0 })).toMatchObject({ t: null, df: null, pValue: 1 });
    expect(welchTest({ n: 30, mean: 7, variance: 0 }, { n: 40, mean: 5, variance: 0 })).toMatchObject({ t: null, df: null, pValue: 0 });
    expect(summarizeCounts([0, 0, 0, 0, 0, 0, 0], 1)).toEqual({ n: 0, mean: 0, variance: 0 });
  });

  const counts = fc.array(fc.nat({ max: 200 }), { minLength: 7, maxLength: 7 }).filter((c) => c.reduce((s, v) => s + v, 0) >= 2);

  it('is antisymmetric, a probability, and never NaN', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const ab = compareMeanCounts(a, b, 1)!;
        const ba = compareMeanCounts(b, a, 1)!;
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ab.pValue).toBeCloseTo(ba.pValue, 10);
        expect(ab.difference).toBeCloseTo(-ba.difference, 10);
        expect(ab.testable).toBe(ba.testable);
        for (const v of [ab.difference, ab.pValue, ab.standardError]) expect(Number.isFinite(v)).toBe(true);
      }),
    );
  });

  it('shifting the higher group up by one score never raises p (same spread, wider gap)', () => {
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const low = [...a.slice(0, 6), 0];
        if (low.reduce((s, v) => s + v, 0) < 2) return;
        const before = compareMeanCounts(low, b, 1)!;
        if (before.difference < 0) return;
        const after = compareMeanCounts([0, ...low.slice(0, 6)], b, 1)!;
        expect(after.difference).toBeCloseTo(before.difference + 1, 9);
        expect(after.pValue).toBeLessThanOrEqual(before.pValue + 1e-12);
      }),
    );
  });
});
