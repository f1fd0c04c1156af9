/**
 * Are two means (CES, 1–7) different? Welch's t-test: each group keeps its own variance, and
 * the degrees of freedom are Welch–Satterthwaite's, ν = (s₁²/n₁ + s₂²/n₂)² / Σ (sᵢ²/nᵢ)²/(nᵢ − 1),
 * with Student's t for the p-value (R's `t.test` default).
 *
 * The t-test leans on the means being close to normal, which answers piled at one end of the
 * scale break: 30 answers of 7 against the rest of a file where 3 % answered 1 read as
 * "different" a third of the time when nothing differs (simulated, docs/decisions.md). So the
 * test is only run when Cochran's rule for the normal approximation of a mean, n > 25·G₁²
 * (W. G. Cochran, Sampling Techniques, 3rd ed., 1977, §2.15; G₁ the skewness of the answers),
 * holds for the difference of the two means (see {@link effectiveSize}); otherwise the groups
 * are too few to test, the same verdict as a group under 30 answers.
 */
import { tTwoSided } from './student-t';

export interface MeanSummary {
  readonly n: number;
  readonly mean: number;
  /** Sample variance (divisor n − 1); 0 for a single answer. */
  readonly variance: number;
}

/** Mean and sample variance of the scores `min`, `min + 1`, … given as counts. */
export function summarizeCounts(counts: ArrayLike<number>, min: number): MeanSummary {
  let n = 0;
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) {
    n += counts[i]!;
    total += counts[i]! * (min + i);
  }
  const mean = n > 0 ? total / n : 0;
  let squares = 0;
  for (let i = 0; i < counts.length; i += 1) squares += counts[i]! * (min + i - mean) ** 2;
  return { n, mean, variance: n > 1 ? squares / (n - 1) : 0 };
}

/** Skewness G₁ = m₃/m₂^{3/2} of scores given as counts; 0 when every answer is the same. */
export function skewnessOfCounts(counts: ArrayLike<number>, min: number): number {
  const { n, mean } = summarizeCounts(counts, min);
  let m2 = 0;
  let m3 = 0;
  for (let i = 0; i < counts.length; i += 1) {
    const deviation = min + i - mean;
    m2 += counts[i]! * deviation ** 2;
    m3 += counts[i]! * deviation ** 3;
  }
  if (!(n > 0) || !(m2 > 1e-12 * n)) return 0;
  return m3 / n / (m2 / n) ** 1.5;
}

/**
 * The size of one sample whose mean is as skewed as x̄₁ − x̄₂: the skewness of the difference
 * is G₁·(1/n₁² − 1/n₂²)/(1/n₁ + 1/n₂)^{3/2}, which equals G₁/√n for n = (1/n₁ + 1/n₂)/(1/n₁ − 1/n₂)².
 * Two groups of one size have a symmetric difference (infinite); a group against a far larger
 * rest is as skewed as the group's own mean (n₁).
 */
export function effectiveSize(n1: number, n2: number): number {
  const gap = 1 / n1 - 1 / n2;
  return gap === 0 ? Number.POSITIVE_INFINITY : (1 / n1 + 1 / n2) / (gap * gap);
}

/** Cochran's rule, n > 25·G₁², applied to the difference of the two means. */
export function enoughForMeans(n1: number, n2: number, skewness: number): boolean {
  return effectiveSize(n1, n2) >= 25 * skewness * skewness;
}

export interface WelchTest {
  /** mean₁ − mean₂. */
  readonly difference: number;
  readonly standardError: number;
  /** null when neither group varies (standard error 0). */
  readonly t: number | null;
  /** Welch–Satterthwaite degrees of freedom, or null as `t`. */
  readonly df: number | null;
  /**
   * Two-sided p in [0, 1]. Neither group varying: 1 when the means agree, 0 when they differ
   * (every answer of one group above every answer of the other; the limit of t as spread → 0).
   */
  readonly pValue: number;
}

/** Welch's test of a against b; null unless both groups have at least two answers. */
export function welchTest(a: MeanSummary, b: MeanSummary): WelchTest | null {
  if (!(a.n >= 2 && b.n >= 2)) return null;
  const difference = a.mean - b.mean;
  const va = a.variance / a.n;
  const vb = b.variance / b.n;
  const se2 = va + vb;
  if (!(se2 > 0)) return { difference, standardError: 0, t: null, df: null, pValue: difference === 0 ? 1 : 0 };
  const t = difference / Math.sqrt(se2);
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return { difference, standardError: Math.sqrt(se2), t, df, pValue: tTwoSided(t, df) };
}

export interface MeanComparison extends WelchTest {
  /** Cochran's rule holds for these groups; when false the p-value is not to be used. */
  readonly testable: boolean;
}

/**
 * Scores given as counts (`counts[i]` answers of `min + i`) in group a against group b. The
 * skewness is that of both groups together, what they would share if they did not differ.
 */
export function compareMeanCounts(a: ArrayLike<number>, b: ArrayLike<number>, min: number): MeanComparison | null {
  const first = summarizeCounts(a, min);
  const second = summarizeCounts(b, min);
  const test = welchTest(first, second);
  if (!test) return null;
  const both = Array.from(a, (count, i) => count + (b[i] ?? 0));
  return { ...test, testable: enoughForMeans(first.n, second.n, skewnessOfCounts(both, min)) };
}
