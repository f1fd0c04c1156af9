/**
 * Did NPS really change between two periods, or is the difference noise?
 *
 * Two-sample z-test on the difference of two NPS values, each with variance
 * s² = pP + pD − (pP − pD)²: z = (NPS₁ − NPS₂)/√(s₁²/n₁ + s₂²/n₂), two-sided p-value.
 */
import { npsFromCounts } from './nps';
import type { NpsCounts, NpsResult } from './nps';
import { twoSidedPValue } from './normal';
import { Z95 } from './z95';
import { fail, ok } from './result';
import type { FieldError, Result } from './result';

export interface NpsComparison {
  /** Period A (fields without suffix). */
  readonly first: NpsResult;
  /** Period B (fields with suffix `_b`). */
  readonly second: NpsResult;
  /** NPS₁ − NPS₂ in points. */
  readonly difference: number;
  /** Standard error of the difference in points. */
  readonly standardError: number;
  /** 95% margin of the difference in points (1.96·SE): difference ± this. */
  readonly differenceMargin: number;
  /**
   * z statistic, or null when both periods have zero variance (e.g. everyone a promoter in
   * both) and the test is undefined. p and `significant` are then null too.
   */
  readonly z: number | null;
  /** Two-sided p-value in [0, 1], or null as above. */
  readonly pValue: number | null;
  /** p < 0.05, or null as above. */
  readonly significant: boolean | null;
}

/** Compares period A with period B; errors name fields `promoters` … and `promoters_b` …. */
export function compareNps(first: NpsCounts, second: NpsCounts): Result<NpsComparison> {
  const a = npsFromCounts(first);
  const b = npsFromCounts(second, '_b');
  if (!a.ok || !b.ok) {
    const errors: FieldError[] = [...(a.ok ? [] : a.errors), ...(b.ok ? [] : b.errors)];
    return fail(errors);
  }
  const one = a.value;
  const two = b.value;
  const difference = one.nps - two.nps;
  const se = Math.sqrt(one.variance / one.total + two.variance / two.total);
  const standardError = 100 * se;
  let z: number | null = null;
  let pValue: number | null = null;
  if (se > 0) {
    z = difference / standardError;
    pValue = twoSidedPValue(z);
  }
  return ok({
    first: one,
    second: two,
    difference,
    standardError,
    differenceMargin: Z95 * standardError,
    z,
    pValue,
    significant: pValue === null ? null : pValue < 0.05,
  });
}
