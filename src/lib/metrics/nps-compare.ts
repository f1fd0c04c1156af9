/**
 * Did NPS really change between two periods, or is the difference noise?
 *
 * The adjusted-Wald test of Lewis & Sauro (MeasuringU, "How to Statistically Compare Two Net
 * Promoter Scores", and "Evaluating NPS Significance Tests with Real-World Data", 2021): in
 * each period add 3 to n and ¾ to promoters and to detractors, compute the adjusted NPS and its
 * variance s² = pP + pD − (pP − pD)² from the adjusted shares, then
 * z = (NPS₁,adj − NPS₂,adj)/√(s₁²/n₁,adj + s₂²/n₂,adj), two-sided p. The same adjustment as the
 * calculator's interval (nps-stats.ts). Unlike the plain z-test it never divides by zero and
 * does not call 30 promoters against 54 promoters and 6 detractors "significant" (p = 0.144,
 * not 0.010), because a period with no detractors still has some uncertainty.
 */
import { npsFromCounts } from './nps';
import type { NpsCounts, NpsResult } from './nps';
import { npsVariance } from './nps-stats';
import { twoSidedPValue } from './normal';
import { Z95 } from './z95';
import { fail, ok } from './result';
import type { FieldError, Result } from './result';

export interface NpsComparison {
  /** Period A (fields without suffix). */
  readonly first: NpsResult;
  /** Period B (fields with suffix `_b`). */
  readonly second: NpsResult;
  /** NPS₁ − NPS₂ in points, as the two scores are shown. */
  readonly difference: number;
  /** NPS₁,adj − NPS₂,adj in points: what the test and the margin are centred on. */
  readonly adjustedDifference: number;
  /** Standard error of the adjusted difference in points (always > 0). */
  readonly standardError: number;
  /** 95% margin in points (1.96·SE): the interval of the difference is adjustedDifference ± this. */
  readonly differenceMargin: number;
  readonly z: number;
  /** Two-sided p-value in [0, 1]. */
  readonly pValue: number;
  /** p < 0.05. */
  readonly significant: boolean;
}

/** Adjusted NPS (−1…1) and the variance of its mean, s²/n, after Lewis & Sauro's adjustment. */
function adjusted({ promoters, passives, detractors }: NpsCounts): { nps: number; varianceOfMean: number } {
  const n = promoters + passives + detractors + 3;
  const p = promoters + 0.75;
  const d = detractors + 0.75;
  return { nps: (p - d) / n, varianceOfMean: npsVariance(p, d, n) / n };
}

/** Compares period A with period B; errors name fields `promoters` … and `promoters_b` …. */
export function compareNps(first: NpsCounts, second: NpsCounts): Result<NpsComparison> {
  const a = npsFromCounts(first);
  const b = npsFromCounts(second, '_b');
  if (!a.ok || !b.ok) {
    const errors: FieldError[] = [...(a.ok ? [] : a.errors), ...(b.ok ? [] : b.errors)];
    return fail(errors);
  }
  const one = adjusted(a.value.counts);
  const two = adjusted(b.value.counts);
  const se = Math.sqrt(one.varianceOfMean + two.varianceOfMean);
  const z = (one.nps - two.nps) / se;
  const pValue = twoSidedPValue(z);
  return ok({
    first: a.value,
    second: b.value,
    difference: a.value.nps - b.value.nps,
    adjustedDifference: 100 * (one.nps - two.nps),
    standardError: 100 * se,
    differenceMargin: Z95 * 100 * se,
    z,
    pValue,
    significant: pValue < 0.05,
  });
}
