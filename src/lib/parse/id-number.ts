/**
 * Reading numbers the way Indonesians write them: "." groups thousands, "," marks decimals.
 *
 * Rule for a lone dot, which is ambiguous ("1.234" vs "12.5"): a single dot is a thousands
 * separator only when it is followed by exactly three digits and preceded by a valid leading
 * group (1–3 digits, not starting with 0). So "1.234" = 1234 and "123.456" = 123456, but
 * "12.5", "1.2345", "0.500" and "1234.567" are decimals. Two or more dots must form a valid
 * grouping ("1.234.567"); a comma, when present, is always the decimal mark ("1.234,5").
 * English "1,234.5" is rejected rather than silently misread.
 *
 * Pure and DOM-free: also used inside the score-parsing Web Worker.
 */
import type { CalcKey, CalcStrings } from '../../i18n/id';
import { message, type MessageParams } from '../../i18n/message';
import type { ParamsOf } from '../../i18n/translate';
import { fail, fieldError, ok } from '../metrics/result';
import type { ErrorCode, Result } from '../metrics/result';
import { checkCount } from '../metrics/validate';

/**
 * The whole grammar: an optional sign (only a minus is captured), then a digit or a mark and a
 * digit (",5" is 0.5; "" and "+" are not numbers), then the integer part and an optional
 * fraction after "." or ",". The integer part is tried first as grouped ("1.234.567": leading
 * group of 1–3 digits not starting with 0), which may only be followed by a comma or the end,
 * and only then as plain digits: that order is the single-dot rule. `\d` is ASCII-only here.
 */
const ID_NUMBER = /^(?:\+|([-\u2212]))?(?=[.,]?\d)(?:([1-9]\d{0,2}(?:\.\d{3})+)(?=,|$)|(\d*))(?:[.,](\d+))?$/;

/**
 * Reads text[start, end) (already trimmed) as an Indonesian number. Returns NaN when it is not
 * one; may return ±Infinity for absurdly long digit strings, which callers reject.
 * A leading "+", "-" or "−" (U+2212) sign is accepted.
 *
 * The score scanner calls this only for values that are not plain digits; one regex match plus
 * `Number` on the normalised digits handles millions of them in well under a second, and
 * `Number` rounds correctly however many digits there are. (Indexing the match rather than
 * destructuring it is noticeably faster in V8.)
 */
export function readIdNumber(text: string, start = 0, end = text.length): number {
  const match = ID_NUMBER.exec(text.slice(start, end));
  if (!match) return Number.NaN;
  const value = Number(`${match[2]?.replaceAll('.', '') ?? match[3]}.${match[4] ?? ''}`);
  // `+ 0` turns −0 into 0 so "-0" never displays as "−0".
  return (match[1] ? -value : value) + 0;
}

export interface ParseNumberOptions {
  /** Accept (and ignore) a trailing "%"; the number is returned as written, 70% → 70. */
  readonly allowPercent?: boolean;
  /** Field name reported in errors. */
  readonly field?: string;
}

function preview(text: string): string {
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

function failWith<K extends CalcKey>(field: string, code: ErrorCode, key: K, ...params: ParamsOf<CalcStrings[K]>): Result<number>;
function failWith(field: string, code: ErrorCode, key: CalcKey, params?: MessageParams): Result<number> {
  return fail([fieldError(field, code, key, params as never)]);
}

/** Parses a number typed in an Indonesian form field; trims surrounding spaces. */
export function parseIdNumber(text: string, options: ParseNumberOptions = {}): Result<number> {
  const field = options.field ?? 'value';
  const trimmed = text.trim();
  let body = trimmed;
  if (body === '') return failWith(field, 'empty', 'err.fieldEmpty');
  if (body.endsWith('%')) {
    if (!options.allowPercent) return failWith(field, 'not-a-number', 'err.noPercent');
    body = body.slice(0, -1).trimEnd();
  }
  const value = readIdNumber(body);
  if (Number.isNaN(value)) {
    return failWith(field, 'not-a-number', 'err.badNumber', { text: preview(trimmed) });
  }
  return Number.isFinite(value) ? ok(value) : failWith(field, 'too-large', 'err.numberTooLarge');
}

/**
 * Parses a whole, non-negative count ("1.234" = 1234). Messages say which rule failed:
 * kosong, negatif, bukan bilangan bulat, bukan angka.
 */
export function parseCount(text: string, field = 'value'): Result<number> {
  const trimmed = text.trim();
  if (trimmed === '') return failWith(field, 'empty', 'err.countEmpty');
  // No "%" allowed, so only "not a number" and "too large" can fail here, as in parseIdNumber.
  const value = readIdNumber(trimmed);
  if (Number.isNaN(value)) {
    return failWith(field, 'not-a-number', 'err.badCount', { text: preview(trimmed) });
  }
  if (!Number.isFinite(value)) return failWith(field, 'too-large', 'err.numberTooLarge');
  const error = checkCount(value, field, message('label.count'));
  return error ? fail([error]) : ok(value);
}
