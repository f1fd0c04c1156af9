import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareProportions, fisherIrwin, pearsonChiSquare } from '../../../src/lib/metrics/two-proportions';
import { twoSidedPValue } from '../../../src/lib/metrics/normal';

// R's prop.test(c(x1, x2), c(n1, n2), correct = FALSE) and fisher.test(), reproduced by
// test/lib/metrics/reference.py (exact fractions for Fisher) and checked there against SciPy.
const VECTORS = [
  // [x1, n1, x2, n2, X², prop.test p, 'N − 1' p, Fisher p]
  [30, 30, 54, 60, 3.2142857142857144, 0.0729980454301155, 0.0746099338021522, 0.17300403782673723],
  [80, 100, 60, 100, 9.523809523809524, 0.002028231148452082, 0.002081557630998806, 0.003191816825928764],
  [29, 30, 1000, 1000, 33.36572724327826, 7.635781293948839e-9, 7.764036537930722e-9, 0.02912621359223301],
  [0, 40, 5, 50, 4.235294117647059, 0.039591763236690385, 0.04070544848074645, 0.06318121157330767],
  [12, 45, 30, 70, 3.097101854440406, 0.07843180539652893, 0.07974110639552735, 0.11197616958043749],
] as const;

describe('two proportions', () => {
  it.each(VECTORS)('%s/%s vs %s/%s: X², prop.test and Fisher as R computes them', (x1, n1, x2, n2, chi2, pooled, nMinus1, fisher) => {
    expect(pearsonChiSquare(x1, n1, x2, n2)).toBeCloseTo(chi2, 10);
    expect(twoSidedPValue(Math.sqrt(pearsonChiSquare(x1, n1, x2, n2)))).toBeCloseTo(pooled, 12);
    expect(Math.abs(fisherIrwin(x1, n1, x2, n2) / fisher - 1)).toBeLessThan(1e-9);
    const test = compareProportions(x1, n1, x2, n2)!;
    expect(test.difference).toBeCloseTo(100 * (x1 / n1 - x2 / n2), 12);
    // Campbell: 'N − 1' chi-squared unless an expected count is under 1 (only 29/30 vs 1000/1000).
    const exact = x1 === 29;
    expect(test.method).toBe(exact ? 'fisher-irwin' : 'n-1-chi-squared');
    expect(test.pValue).toBeCloseTo(exact ? fisher : nMinus1, 12);
  });

  it("the issue's case: 30 of 30 against 54 of 60 is not a difference", () => {
    const test = compareProportions(30, 30, 54, 60)!;
    expect(test.difference).toBeCloseTo(10, 12);
    expect(test.pValue).toBeGreaterThan(0.07);
  });

  it('guards empty groups and impossible counts instead of returning NaN', () => {
    expect(compareProportions(0, 0, 3, 10)).toBeNull();
    expect(compareProportions(5, 4, 3, 10)).toBeNull();
    expect(compareProportions(-1, 4, 3, 10)).toBeNull();
    expect(compareProportions(0, 30, 0, 60)).toEqual({ difference: 0, pValue: 1, method: 'fisher-irwin' });
    expect(compareProportions(30, 30, 60, 60)!.pValue).toBe(1);
  });

  const group = fc.integer({ min: 1, max: 5000 }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

  it('is symmetric, a probability, and never NaN at 0 % or 100 %', () => {
    fc.assert(
      fc.property(group, group, ([x1, n1], [x2, n2]) => {
        const ab = compareProportions(x1, n1, x2, n2)!;
        const ba = compareProportions(x2, n2, x1, n1)!;
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
        expect(ab.difference).toBeCloseTo(-ba.difference, 9);
        expect(Number.isFinite(ab.difference) && Number.isFinite(ab.pValue)).toBe(true);
      }),
    );
  });

  it('a wider gap between equal-sized groups never gives a larger p', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), fc.integer({ min: 0, max: 400 }), (n, raw) => {
        const x = raw % (n + 1);
        let last = 1;
        for (let other = x; other <= n; other += 1) {
          const p = compareProportions(other, n, x, n)!.pValue;
          expect(p).toBeLessThanOrEqual(last + 1e-12);
          last = p;
        }
      }),
      { numRuns: 60 },
    );
  });
});
