/**
 * Are two shares (CSAT's % satisfied in two groups) different? Campbell's policy for a 2×2
 * table (I. Campbell, "Chi-squared and Fisher–Irwin tests of two-by-two tables with small
 * sample recommendations", Statistics in Medicine 26:3661–3675, 2007):
 *
 * - when every expected count is at least 1, the 'N − 1' chi-squared test: Pearson's X² (the
 *   pooled two-proportion z², what R's `prop.test(correct = FALSE)` computes) times (N − 1)/N;
 * - otherwise the Fisher–Irwin exact test, two-sided by Irwin's rule (every table as likely as
 *   the one observed or less), as R's `fisher.test` does.
 *
 * The pooled share keeps the test honest at 0 % and 100 %, where the textbook z-test with each
 * group's own variance divides by zero or by almost nothing (30 of 30 against 54 of 60 read
 * as p = 0.010 with it; here p = 0.075). The exact test takes over where even the pooled one
 * fails: 29 of 30 against 1,000 of 1,000 is p < 0.000001 by X², 0.029 exactly.
 */
import { twoSidedPValue } from './normal';

export type ProportionMethod = 'n-1-chi-squared' | 'fisher-irwin';

export interface ProportionTest {
  /** x₁/n₁ − x₂/n₂ in percentage points. */
  readonly difference: number;
  /** Two-sided p-value in [0, 1]. */
  readonly pValue: number;
  readonly method: ProportionMethod;
}

const whole = (value: number) => Number.isInteger(value) && value >= 0;

/** Pearson's X² for x₁ of n₁ against x₂ of n₂; 0 when both groups are all one way. */
export function pearsonChiSquare(x1: number, n1: number, x2: number, n2: number): number {
  const n = n1 + n2;
  const share = (x1 + x2) / n;
  if (share === 0 || share === 1) return 0;
  const z = (x1 / n1 - x2 / n2) / Math.sqrt(share * (1 - share) * (1 / n1 + 1 / n2));
  return z * z;
}

/** The smallest of the four counts expected if both groups shared one proportion. */
export function smallestExpected(x1: number, n1: number, x2: number, n2: number): number {
  const n = n1 + n2;
  const k = x1 + x2;
  return (Math.min(n1, n2) * Math.min(k, n - k)) / n;
}

/**
 * Two-sided Fisher–Irwin p-value. The hypergeometric weights are built outward from the mode
 * by their ratios, so no factorial of a large count is ever formed; the relative tolerance
 * 1 + 1e-7 is R's, so ties are not lost to rounding.
 */
export function fisherIrwin(x1: number, n1: number, x2: number, n2: number): number {
  const k = x1 + x2;
  const low = Math.max(0, k - n2);
  const high = Math.min(k, n1);
  const weights = new Float64Array(high - low + 1);
  const mode = Math.min(high, Math.max(low, Math.floor(((k + 1) * (n1 + 1)) / (n1 + n2 + 2))));
  weights[mode - low] = 1;
  for (let x = mode; x < high; x += 1) {
    weights[x + 1 - low] = (weights[x - low]! * (n1 - x) * (k - x)) / ((x + 1) * (n2 - k + x + 1));
  }
  for (let x = mode; x > low; x -= 1) {
    weights[x - 1 - low] = (weights[x - low]! * x * (n2 - k + x)) / ((n1 - x + 1) * (k - x + 1));
  }
  const limit = weights[x1 - low]! * (1 + 1e-7);
  let total = 0;
  let tail = 0;
  for (const weight of weights) {
    total += weight;
    if (weight <= limit) tail += weight;
  }
  return Math.min(1, tail / total);
}

/** x₁ of n₁ against x₂ of n₂ by Campbell's policy; null unless both groups have answers. */
export function compareProportions(x1: number, n1: number, x2: number, n2: number): ProportionTest | null {
  if (![x1, n1, x2, n2].every(whole) || n1 === 0 || n2 === 0 || x1 > n1 || x2 > n2) return null;
  const difference = 100 * (x1 / n1 - x2 / n2);
  if (smallestExpected(x1, n1, x2, n2) < 1) {
    return { difference, pValue: fisherIrwin(x1, n1, x2, n2), method: 'fisher-irwin' };
  }
  const n = n1 + n2;
  const chiSquare = (pearsonChiSquare(x1, n1, x2, n2) * (n - 1)) / n;
  return { difference, pValue: twoSidedPValue(Math.sqrt(chiSquare)), method: 'n-1-chi-squared' };
}
