/**
 * How many responses are needed for a given NPS margin of error.
 *
 * n = ceil(1.96²·s²/MoE²) with MoE on the −1…1 scale. Without data we assume the typical
 * s² ≈ 0.67 (a fairly even spread of promoters and detractors), which errs on the generous side.
 */
import { Z95 } from './z95';
import { message } from '../../i18n/message';
import { fail, ok } from './result';
import type { Result } from './result';
import { checkNumberInRange } from './validate';

/** Smallest margin accepted (points); below it the answer is millions and meaningless. */
export const MIN_MARGIN = 0.1;

/** s² to assume when the user has no data yet. */
export const TYPICAL_NPS_VARIANCE = 0.67;

export interface NpsSampleSizeInput {
  /** Desired 95% margin of error in NPS points, e.g. 5 for "± 5". */
  readonly marginOfError: number;
  /** s² from the user's own data (NpsResult.variance); omit, null or 0 for the typical value. */
  readonly variance?: number | null;
}

export interface NpsSampleSize {
  /** Responses needed (at least 1). */
  readonly required: number;
  readonly marginOfError: number;
  readonly variance: number;
  readonly varianceSource: 'data' | 'typical';
}

export function npsSampleSize(input: NpsSampleSizeInput): Result<NpsSampleSize> {
  // Answers all in one group give s² = 0, which says nothing about how the next answers will
  // spread ("1 response is enough" would be absurd); they fall back to the typical value.
  const fromData = input.variance !== undefined && input.variance !== null && input.variance !== 0;
  const errors = [
    checkNumberInRange(input.marginOfError, 'marginOfError', message('label.target'), MIN_MARGIN, 100, message('range.target')),
    fromData ? checkNumberInRange(input.variance as number, 'variance', message('label.variance'), 0, 1, message('range.unit')) : null,
  ].filter((error) => error !== null);
  if (errors.length > 0) return fail(errors);
  const variance = fromData ? (input.variance as number) : TYPICAL_NPS_VARIANCE;
  const margin = input.marginOfError / 100;
  const exact = (Z95 * Z95 * variance) / (margin * margin);
  // The tiny slack stops float noise (1000.0000000001) from adding a whole extra response.
  const required = Math.max(1, Math.ceil(exact - 1e-9));
  return ok({ required, marginOfError: input.marginOfError, variance, varianceSource: fromData ? 'data' : 'typical' });
}
