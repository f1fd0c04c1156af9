/**
 * Customer Effort Score, CES 2.0 style: agreement with "the business made it easy for me to
 * handle my issue" on 1–7, where 7 = strongly agree (very easy).
 *
 * Reported three ways because each answers a different question: the mean (overall level),
 * % agreeing 5–7 (how many found it easy) and the full distribution (where the friction is).
 */
import { distribution, meanOfCounts } from './distribution';
import type { ScoreShare } from './distribution';
import { message } from '../../i18n/message';
import { fail, fieldError, ok } from './result';
import type { Result } from './result';
import { tallyScores } from './tally';
import { checkCounts, sum } from './validate';

export const CES_SCALE = 7;
/** Lowest score that counts as agreeing (somewhat agree). */
export const CES_AGREE_FROM = 5;

export interface CesResult {
  /** `counts[i]` is the number of answers with score i + 1. */
  readonly counts: readonly number[];
  readonly total: number;
  /** Mean on 1–7. */
  readonly mean: number;
  /** Answers 5–7. */
  readonly agreeing: number;
  readonly percentAgreeing: number;
  /** Answers exactly 4 (neither agree nor disagree). */
  readonly neutral: number;
  readonly percentNeutral: number;
  /** Answers 1–3. */
  readonly disagreeing: number;
  readonly percentDisagreeing: number;
  readonly distribution: readonly ScoreShare[];
}

/** Seven counts for scores 1…7. */
export function cesFromCounts(counts: readonly number[]): Result<CesResult> {
  if (counts.length !== CES_SCALE) {
    return fail([
      fieldError('counts', 'wrong-length', 'err.wrongLength', { expected: 7, min: 1, max: 7, n: counts.length }),
    ]);
  }
  const errors = checkCounts(
    counts,
    (index) => `counts.${index + 1}`,
    (index) => message('label.score', { score: index + 1 }),
  );
  if (errors.length > 0) return fail(errors);
  const total = sum(counts);
  const disagreeing = sum(counts.slice(0, 3));
  const neutral = counts[3] ?? 0;
  const agreeing = sum(counts.slice(CES_AGREE_FROM - 1));
  return ok({
    counts,
    total,
    mean: meanOfCounts(counts, 1, total),
    agreeing,
    percentAgreeing: (100 * agreeing) / total,
    neutral,
    percentNeutral: (100 * neutral) / total,
    disagreeing,
    percentDisagreeing: (100 * disagreeing) / total,
    distribution: distribution(counts, 1, total),
  });
}

/** Raw 1–7 answers in any order. */
export function cesFromScores(scores: readonly number[]): Result<CesResult> {
  const tallied = tallyScores(scores, 1, CES_SCALE);
  if (!tallied.ok) return tallied;
  return cesFromCounts(tallied.value);
}
