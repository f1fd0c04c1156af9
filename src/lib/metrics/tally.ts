/**
 * Turns a list of individual scores into histogram counts.
 *
 * Every calculator works on counts internally, so "counts", "histogram" and "raw scores"
 * inputs cannot drift apart: they all meet here. Errors are grouped per reason (not one per
 * score) because a pasted list can hold a million values.
 */
import { fail, fieldError, ok } from './result';
import type { FieldError, Result } from './result';

/** Counts per score from `min` to `max`; index 0 holds the count of `min`. */
export function tallyScores(
  scores: readonly number[],
  min: number,
  max: number,
  field = 'scores',
): Result<number[]> {
  if (scores.length === 0) {
    return fail([fieldError(field, 'empty', 'err.noScores')]);
  }
  const counts = new Array<number>(max - min + 1).fill(0);
  let notNumber = 0;
  let notWhole = 0;
  let outOfRange = 0;
  const firstBad: Partial<Record<'nan' | 'frac' | 'range', number>> = {};
  scores.forEach((score, index) => {
    if (typeof score !== 'number' || !Number.isFinite(score)) {
      notNumber += 1;
      firstBad.nan ??= index;
    } else if (!Number.isInteger(score)) {
      notWhole += 1;
      firstBad.frac ??= index;
    } else if (score < min || score > max) {
      outOfRange += 1;
      firstBad.range ??= index;
    } else {
      const slot = score - min;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
  });
  const errors: FieldError[] = [];
  const at = (index: number | undefined): number => (index ?? 0) + 1;
  if (notNumber > 0) {
    errors.push(fieldError(field, 'not-a-number', 'err.scoresNotNumber', { count: notNumber, at: at(firstBad.nan) }));
  }
  if (notWhole > 0) {
    errors.push(fieldError(field, 'not-whole', 'err.scoresNotWhole', { count: notWhole, at: at(firstBad.frac) }));
  }
  if (outOfRange > 0) {
    errors.push(
      fieldError(field, 'out-of-range', 'err.scoresOutOfRange', { count: outOfRange, min, max, at: at(firstBad.range) }),
    );
  }
  return errors.length > 0 ? fail(errors) : ok(counts);
}
