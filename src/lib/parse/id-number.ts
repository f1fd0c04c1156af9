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
import { fail, fieldError, ok } from '../metrics/result';
import type { Result } from '../metrics/result';
import { checkCount } from '../metrics/validate';

const ZERO = 48;
const NINE = 57;
const DOT = 46;
const COMMA = 44;
const PLUS = 43;
const HYPHEN = 45;
const MINUS_SIGN = 0x2212;

/** Exact powers of ten up to 1e22 (all representable), cheaper than `10 ** k` per call. */
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

function isDigit(code: number): boolean {
  return code >= ZERO && code <= NINE;
}

/** indexOf limited to [from, end): the text may be a huge paste, so never search past `end`. */
function find(text: string, code: number, from: number, end: number): number {
  for (let i = from; i < end; i += 1) if (text.charCodeAt(i) === code) return i;
  return -1;
}

function allDigits(text: string, start: number, end: number): boolean {
  if (end <= start) return false;
  for (let i = start; i < end; i += 1) if (!isDigit(text.charCodeAt(i))) return false;
  return true;
}

/** "1", "12", "123", "1.234", "12.345.678": leading group 1–3 digits (no leading 0), then ".ddd". */
function isGrouped(text: string, start: number, end: number): boolean {
  const firstDot = find(text, DOT, start, end);
  if (firstDot < 0) return false;
  const lead = firstDot - start;
  if (lead < 1 || lead > 3 || text.charCodeAt(start) === ZERO || !allDigits(text, start, firstDot)) return false;
  for (let dot = firstDot; dot < end; dot += 4) {
    if (text.charCodeAt(dot) !== DOT || dot + 4 > end || !allDigits(text, dot + 1, dot + 4)) return false;
  }
  return true;
}

/**
 * Reads text[start, end) (already trimmed) as an Indonesian number. Returns NaN when it is not
 * one; may return ±Infinity for absurdly long digit strings, which callers reject.
 * A leading "+", "-" or "−" (U+2212) sign is accepted.
 *
 * Works on char codes without building strings, because the score scanner calls it for every
 * value with a mark in a paste of up to millions of values. With at most 15 significant digits
 * the result is one division of two exact integers, hence correctly rounded (identical to
 * `Number("…")`); longer inputs fall back to `Number` on a normalised string.
 */
export function readIdNumber(text: string, start = 0, end = text.length): number {
  let i = start;
  let negative = false;
  const first = text.charCodeAt(i);
  if (first === PLUS || first === HYPHEN || first === MINUS_SIGN) {
    negative = first !== PLUS;
    i += 1;
  }
  if (i >= end) return Number.NaN;

  // Locate the integer part [i, intEnd) (may contain grouping dots) and fraction [fracStart, end).
  let intEnd: number;
  let fracStart: number;
  const comma = find(text, COMMA, i, end);
  if (comma >= 0) {
    // Comma = decimal mark; the integer part may be plain digits, grouped, or empty (",5").
    if (!allDigits(text, comma + 1, end)) return Number.NaN;
    if (comma > i && !allDigits(text, i, comma) && !isGrouped(text, i, comma)) return Number.NaN;
    intEnd = comma;
    fracStart = comma + 1;
  } else {
    const dot = find(text, DOT, i, end);
    if (dot < 0) {
      if (!allDigits(text, i, end)) return Number.NaN;
      intEnd = end;
      fracStart = end;
    } else if (find(text, DOT, dot + 1, end) >= 0) {
      if (!isGrouped(text, i, end)) return Number.NaN;
      intEnd = end;
      fracStart = end;
    } else {
      if (!allDigits(text, dot + 1, end)) return Number.NaN;
      if (dot > i && !allDigits(text, i, dot)) return Number.NaN;
      const thousands = end - dot - 1 === 3 && isGrouped(text, i, end);
      intEnd = thousands ? end : dot;
      fracStart = thousands ? end : dot + 1;
    }
  }

  let mantissa = 0;
  let significant = 0;
  for (let j = i; j < intEnd; j += 1) {
    const code = text.charCodeAt(j);
    if (code === DOT) continue;
    mantissa = mantissa * 10 + (code - ZERO);
    if (mantissa > 0) significant += 1;
  }
  const fractionDigits = end - fracStart;
  for (let j = fracStart; j < end; j += 1) {
    mantissa = mantissa * 10 + (text.charCodeAt(j) - ZERO);
    if (mantissa > 0) significant += 1;
  }
  let value: number;
  if (significant <= 15 && fractionDigits <= 22) {
    value = mantissa / (POW10[fractionDigits] ?? 1);
  } else {
    const whole = text.slice(i, intEnd).replaceAll('.', '') || '0';
    value = Number(fractionDigits > 0 ? `${whole}.${text.slice(fracStart, end)}` : whole);
  }
  // `+ 0` turns −0 into 0 so "-0" never displays as "−0".
  return (negative ? -value : value) + 0;
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

/** Parses a number typed in an Indonesian form field; trims surrounding spaces. */
export function parseIdNumber(text: string, options: ParseNumberOptions = {}): Result<number> {
  const field = options.field ?? 'value';
  let body = text.trim();
  if (body === '') return fail([fieldError(field, 'empty', 'Kolom ini masih kosong.')]);
  if (body.endsWith('%')) {
    if (!options.allowPercent) {
      return fail([fieldError(field, 'not-a-number', 'Tulis angkanya saja, tanpa tanda %.')]);
    }
    body = body.slice(0, -1).trimEnd();
  }
  const value = readIdNumber(body);
  if (Number.isNaN(value)) {
    return fail([
      fieldError(
        field,
        'not-a-number',
        `“${preview(text.trim())}” bukan angka. Contoh penulisan yang benar: 1.234 atau 0,75.`,
      ),
    ]);
  }
  if (!Number.isFinite(value)) return fail([fieldError(field, 'too-large', 'Angka ini terlalu besar.')]);
  return ok(value);
}

/**
 * Parses a whole, non-negative count ("1.234" = 1234). Messages say which rule failed:
 * kosong, negatif, bukan bilangan bulat, bukan angka.
 */
export function parseCount(text: string, field = 'value'): Result<number> {
  const trimmed = text.trim();
  if (trimmed === '') return fail([fieldError(field, 'empty', 'Jumlah masih kosong. Isi dengan 0 jika tidak ada.')]);
  const parsed = parseIdNumber(trimmed, { field });
  if (!parsed.ok) {
    return parsed.errors[0]?.code === 'too-large'
      ? parsed
      : fail([fieldError(field, 'not-a-number', `“${preview(trimmed)}” bukan angka. Tulis jumlah seperti 12 atau 1.234.`)]);
  }
  const error = checkCount(parsed.value, field, 'jumlah');
  return error ? fail([error]) : parsed;
}
