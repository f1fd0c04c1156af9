/**
 * Indonesian display formatting for calculator output.
 *
 * This is the only place where numbers are rounded: calculators keep full precision so a
 * rounded intermediate can never shift a result (223 promoters and 127 detractors of 500 is
 * NPS 19,2, not the 20 you get from rounding the percentages first). Output never contains
 * "NaN", "Infinity" or "undefined": anything non-finite shows as an em dash.
 */

/** Shown for missing or non-finite values. */
export const NO_VALUE = '—';
/** U+2212, typographically correct and read as "minus" by screen readers. */
export const MINUS = '\u2212';

/** Thousands dots in a run of digits: "1234567" → "1.234.567". */
const group = (digits: string): string => digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * |value| with `decimals` decimals, written as id-ID writes numbers ("1.234,57"). It gives what
 * `Intl.NumberFormat('id-ID')` gives (a unit test holds the two equal over many thousands of
 * values) without Intl: the first Intl formatter of a page loads the locale's data, 35–90 ms in
 * Chromium here, which made one long task of whichever render first showed a number.
 * Like Intl, it rounds half away from zero on the shortest decimal that reads back as the same
 * double (1.005 → "1,01"), which is what `String(value)` writes; BigInt adds the carry exactly.
 */
function digitsOf(abs: number, decimals: number): string {
  const [mantissa = '0', exponent = '0'] = String(abs).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  let digits = whole + fraction;
  let point = whole.length + Number(exponent);
  if (point < 0) {
    digits = '0'.repeat(-point) + digits;
    point = 0;
  }
  const keep = point + decimals;
  if (digits.length < keep) digits += '0'.repeat(keep - digits.length);
  const roundUp = digits.length > keep && digits.charCodeAt(keep) >= 0x35; // the next digit is 5 or more
  const kept = (BigInt(digits.slice(0, keep) || '0') + (roundUp ? 1n : 0n)).toString().padStart(decimals + 1, '0');
  const int = group(kept.slice(0, kept.length - decimals));
  return decimals ? `${int},${kept.slice(kept.length - decimals)}` : int;
}

/** A figure that shows only zeros once rounded, so it gets no sign. */
const isZero = (text: string): boolean => !/[1-9]/.test(text);

/**
 * "1.166,67", "−8,9". A value that rounds to zero has no sign ("0,0", never "−0,0").
 */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return NO_VALUE;
  // 0–20 decimals, as Intl allows. `| 0` truncates and turns NaN and ±Infinity into 0.
  const d = Math.min(20, Math.max(0, decimals | 0));
  const digits = digitsOf(Math.abs(value), d);
  return value < 0 && !isZero(digits) ? MINUS + digits : digits;
}

/**
 * The number a reader sees with `decimals` decimals (rounded as the formatters round), so a
 * label chosen from it agrees with the figure beside it: 29.96 shows as "30,0" and reads as 30.
 */
export function displayed(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  return Number(formatNumber(value, decimals).replace(MINUS, '-').replaceAll('.', '').replace(',', '.'));
}

/** Always shows the sign of a change: "+4,0", "−8,9", "0,0". */
export function formatSigned(value: number | null | undefined, decimals = 0): string {
  const text = formatNumber(value, decimals);
  // The dash for no value and a zero have no digit 1–9, so neither gets a sign.
  return isZero(text) || text.startsWith(MINUS) ? text : `+${text}`;
}

/** Value already in percent (69.16 → "69,2%"). */
export function formatPercent(value: number | null | undefined, decimals = 1): string {
  const text = formatNumber(value, decimals);
  return text === NO_VALUE ? NO_VALUE : `${text}%`;
}

/** Whole count with thousands dots: 1234 → "1.234". */
export function formatCount(value: number | null | undefined): string {
  return formatNumber(value, 0);
}

/**
 * An interval in words, with its "antara": "antara −6,3 dan 25,7" (optionally with "%"), so a
 * sentence reads "berada di {range}" and no caller can drop the "antara".
 */
export function formatRange(
  low: number | null | undefined,
  high: number | null | undefined,
  decimals = 1,
  unit: '' | '%' = '',
): string {
  const a = formatNumber(low, decimals);
  const b = formatNumber(high, decimals);
  if (a === NO_VALUE || b === NO_VALUE) return NO_VALUE;
  return `antara ${a}${unit} dan ${b}${unit}`;
}

/** p-value: three decimals, or "< 0,001" for very small ones. */
export function formatPValue(p: number | null | undefined): string {
  return Number.isFinite(p) && (p as number) < 0.001 ? '< 0,001' : formatNumber(p, 3);
}

/** The p-value as a clause of a sentence: "p = 0,032", or "p < 0,001" (never "p = < 0,001"). */
export function formatPClause(p: number | null | undefined): string {
  const text = formatPValue(p);
  return text.startsWith('<') ? `p ${text}` : `p = ${text}`;
}
