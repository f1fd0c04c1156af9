/**
 * Shared checks for the numbers users type into calculators.
 *
 * Counts of people must be whole, non-negative and small enough that sums stay exact in
 * floating point; checking all of that in one place keeps the Indonesian wording identical
 * across NPS, CSAT, CES and churn.
 */
import type { Message } from '../../i18n/message';
import { fieldError } from './result';
import type { FieldError } from './result';

/** Upper bound where integer arithmetic on doubles is still exact. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

/**
 * Checks one count (number of respondents or customers). `label` names the field in the message
 * (a `label.*` message: `message('label.score', { score })`).
 */
export function checkCount(value: number, field: string, label: Message): FieldError | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return fieldError(field, 'not-a-number', 'err.notNumber', { label });
  if (value < 0) return fieldError(field, 'negative', 'err.negative', { label });
  if (!Number.isFinite(value) || value > MAX_COUNT) return fieldError(field, 'too-large', 'err.tooLarge', { label });
  if (!Number.isInteger(value)) return fieldError(field, 'not-whole', 'err.notWhole', { label });
  return null;
}

/**
 * Checks a list of counts and their sum. Returns every problem at once so the form can mark all
 * faulty fields in one go; the total is only checked when every single count is valid.
 */
export function checkCounts(
  values: readonly number[],
  fieldOf: (index: number) => string,
  labelOf: (index: number) => Message,
  totalField = 'total',
): FieldError[] {
  const errors: FieldError[] = [];
  let total = 0;
  values.forEach((value, index) => {
    const error = checkCount(value, fieldOf(index), labelOf(index));
    if (error) errors.push(error);
    else total += value;
  });
  if (errors.length > 0) return errors;
  if (total === 0) {
    errors.push(fieldError(totalField, 'zero-total', 'err.zeroTotal'));
  } else if (total > MAX_COUNT) {
    errors.push(fieldError(totalField, 'too-large', 'err.totalTooLarge'));
  }
  return errors;
}

/**
 * Checks a plain finite number inside [min, max]; used for rates, money and percentages.
 * `range` (a `range.*` message) says the allowed range in words.
 */
export function checkNumberInRange(value: number, field: string, label: Message, min: number, max: number, range: Message): FieldError | null {
  if (typeof value !== 'number' || Number.isNaN(value)) return fieldError(field, 'not-a-number', 'err.notNumber', { label });
  if (value < 0 && min >= 0) return fieldError(field, 'negative', 'err.negative', { label });
  if (!Number.isFinite(value)) return fieldError(field, 'too-large', 'err.tooLarge', { label });
  if (value < min || value > max) return fieldError(field, 'out-of-range', 'err.outOfRange', { label, range });
  return null;
}

/** Sum of a list already checked by {@link checkCounts}. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
