/**
 * Shared checks for the numbers users type into calculators.
 *
 * Counts of people must be whole, non-negative and small enough that sums stay exact in
 * floating point; checking all of that in one place keeps the Indonesian wording identical
 * across NPS, CSAT, CES and churn.
 */
import { fieldError } from './result';
import type { FieldError } from './result';

/** Upper bound where integer arithmetic on doubles is still exact. */
export const MAX_COUNT = Number.MAX_SAFE_INTEGER;

function sentenceCase(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Checks one count (number of respondents or customers); `label` is an Indonesian noun phrase. */
export function checkCount(value: number, field: string, label: string): FieldError | null {
  const Label = sentenceCase(label);
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return fieldError(field, 'not-a-number', `${Label} harus berupa angka.`);
  }
  if (value < 0) return fieldError(field, 'negative', `${Label} tidak boleh negatif.`);
  if (!Number.isFinite(value) || value > MAX_COUNT) {
    return fieldError(field, 'too-large', `${Label} terlalu besar.`);
  }
  if (!Number.isInteger(value)) {
    return fieldError(field, 'not-whole', `${Label} harus bilangan bulat (tanpa koma).`);
  }
  return null;
}

/**
 * Checks a list of counts and their sum. Returns every problem at once so the form can mark all
 * faulty fields in one go; the total is only checked when every single count is valid.
 */
export function checkCounts(
  values: readonly number[],
  fieldOf: (index: number) => string,
  labelOf: (index: number) => string,
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
    errors.push(fieldError(totalField, 'zero-total', 'Semua jumlah masih nol. Isi minimal satu jawaban.'));
  } else if (total > MAX_COUNT) {
    errors.push(fieldError(totalField, 'too-large', 'Total jawaban terlalu besar untuk dihitung dengan tepat.'));
  }
  return errors;
}

/**
 * Checks a plain finite number inside [min, max]; used for rates, money and percentages.
 * `label` is an Indonesian noun phrase; `rangeText` explains the allowed range in words.
 */
export function checkNumberInRange(
  value: number,
  field: string,
  label: string,
  min: number,
  max: number,
  rangeText: string,
): FieldError | null {
  const Label = sentenceCase(label);
  if (typeof value !== 'number' || Number.isNaN(value)) {
    return fieldError(field, 'not-a-number', `${Label} harus berupa angka.`);
  }
  if (value < 0 && min >= 0) return fieldError(field, 'negative', `${Label} tidak boleh negatif.`);
  if (!Number.isFinite(value)) return fieldError(field, 'too-large', `${Label} terlalu besar.`);
  if (value < min || value > max) {
    return fieldError(field, 'out-of-range', `${Label} harus ${rangeText}.`);
  }
  return null;
}

/** Sum of a list already checked by {@link checkCounts}. */
export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
