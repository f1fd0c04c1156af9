/**
 * Customer Satisfaction (CSAT): share of satisfied answers on a 1–5, 1–7 or 1–10 scale.
 *
 * "Satisfied" defaults to the top two boxes (4–5, 6–7, 9–10) because that is the common
 * convention; the threshold (lowest score counted as satisfied) is adjustable since some
 * businesses only count the top box. The mean is reported separately, never mixed in.
 */
import { distribution, meanOfCounts } from './distribution';
import type { ScoreShare } from './distribution';
import { message } from '../../i18n/message';
import { fail, fieldError, ok } from './result';
import type { FieldError, Result } from './result';
import { tallyScores } from './tally';
import { checkCounts, sum } from './validate';
import { wilsonBounds } from './wilson';

export type CsatScale = 5 | 7 | 10;
export const CSAT_SCALES: readonly CsatScale[] = [5, 7, 10];

export function isCsatScale(value: number): value is CsatScale {
  return value === 5 || value === 7 || value === 10;
}

/** Default lowest satisfied score: the top two boxes. */
export function defaultCsatThreshold(scale: CsatScale): number {
  return scale - 1;
}

export interface CsatInput {
  readonly scale: number;
  /** `counts[i]` is the number of answers with score i + 1, so its length equals the scale. */
  readonly counts: readonly number[];
  /** Lowest score counted as satisfied; default top two boxes. */
  readonly threshold?: number | null;
}

export interface CsatResult {
  readonly scale: CsatScale;
  readonly threshold: number;
  readonly counts: readonly number[];
  readonly total: number;
  readonly satisfied: number;
  /** % satisfied, 0–100. */
  readonly percentSatisfied: number;
  /** Wilson 95% interval for % satisfied, 0–100. */
  readonly interval: { readonly low: number; readonly high: number };
  /** Mean score on the 1…scale scale. */
  readonly mean: number;
  readonly distribution: readonly ScoreShare[];
}

function checkScale(scale: number): FieldError | null {
  return isCsatScale(scale)
    ? null
    : fieldError('scale', 'out-of-range', 'err.scale');
}

/** Why `threshold` cannot be the lowest satisfied score on `scale`, or null if it can. */
export function checkThreshold(threshold: number, scale: CsatScale): FieldError | null {
  if (Number.isNaN(threshold)) return fieldError('threshold', 'not-a-number', 'err.thresholdNotNumber');
  if (!Number.isInteger(threshold)) return fieldError('threshold', 'not-whole', 'err.thresholdNotWhole');
  if (threshold < 1 || threshold > scale) return fieldError('threshold', 'out-of-range', 'err.thresholdRange', { max: scale });
  return null;
}

export function csatFromCounts(input: CsatInput): Result<CsatResult> {
  const scaleError = checkScale(input.scale);
  if (scaleError) return fail([scaleError]);
  const scale = input.scale as CsatScale;
  const threshold = input.threshold ?? defaultCsatThreshold(scale);
  const errors: FieldError[] = [];
  const thresholdError = checkThreshold(threshold, scale);
  if (thresholdError) errors.push(thresholdError);
  if (input.counts.length !== scale) {
    errors.push(
      fieldError('counts', 'wrong-length', 'err.wrongLength', { expected: scale, min: 1, max: scale, n: input.counts.length }),
    );
  } else {
    errors.push(
      ...checkCounts(
        input.counts,
        (index) => `counts.${index + 1}`,
        (index) => message('label.score', { score: index + 1 }),
      ),
    );
  }
  if (errors.length > 0) return fail(errors);

  const { counts } = input;
  const total = sum(counts);
  const satisfied = sum(counts.slice(threshold - 1));
  // The counts were checked above, so the interval needs no checks of its own.
  const { low, high } = wilsonBounds(satisfied, total);
  return ok({
    scale,
    threshold,
    counts,
    total,
    satisfied,
    percentSatisfied: (100 * satisfied) / total,
    interval: { low, high },
    mean: meanOfCounts(counts, 1, total),
    distribution: distribution(counts, 1, total),
  });
}

/** Raw 1…scale answers in any order. */
export function csatFromScores(
  scale: number,
  scores: readonly number[],
  threshold?: number | null,
): Result<CsatResult> {
  const scaleError = checkScale(scale);
  if (scaleError) return fail([scaleError]);
  const tallied = tallyScores(scores, 1, scale);
  if (!tallied.ok) return tallied;
  return csatFromCounts({ scale, counts: tallied.value, threshold: threshold ?? null });
}
