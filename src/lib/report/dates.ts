/**
 * Reading the dates of survey exports into a day number (days since 1970-01-01, by the wall
 * clock as written: a survey's periods follow the owner's calendar, so time zones are ignored).
 *
 * Formats met in real exports:
 * - Google Forms, Indonesian interface: `02/12/2026 10:31:25` (day/month/year);
 * - Google Forms, English interface (some locales): `2026/12/02 10:31:25 AM GMT+7`;
 * - US-style `12/2/2026 10:31:25` (month/day/year), told apart per column ({@link detectDateOrder});
 * - ISO `2026-12-02`, `2026-12-02T10:31:25+07:00`;
 * - Excel serial numbers (`46358.44`, days since 1899-12-30), as `.xlsx` cells hold dates;
 * - a month written as a word, as typed in a sheet or exported from a "long date" format:
 *   `2 Februari 2026`, `Senin, 2 Feb 2026`, `02-Feb-2026`, `Feb 2, 2026` (Indonesian or English).
 * Only the date part matters here, so callers may cache by it ({@link datePart}).
 */

export type DateOrder = 'dmy' | 'mdy';

/** Days from 1970-01-01 to `year-month-day` (proleptic Gregorian), or NaN for an impossible date. */
export function dayNumber(year: number, month: number, day: number): number {
  if (month < 1 || month > 12 || day < 1 || year < 1900 || year > 2200) return Number.NaN;
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  if (check.getUTCDate() !== day) return Number.NaN;
  return ms / 86_400_000;
}

/** The calendar date of a day number. */
export function dateOfDay(day: number): { year: number; month: number; day: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Excel's day 0 is 1899-12-30 (it counts a 29 February 1900 that never was). */
const EXCEL_EPOCH = -25_569;
/** Serials from 1982 to 2150: a plausible survey date, not a score or an amount. */
const SERIAL_MIN = 30_000;
const SERIAL_MAX = 91_000;

/** Day number of an Excel serial date, or NaN when the value is not a plausible one. */
export function excelSerialDay(serial: number): number {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return Number.NaN;
  return Math.floor(serial) + EXCEL_EPOCH;
}

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The part that names the day: the text before the first space or "T", or, when a month is
 * written as a word ("2 Februari 2026 10:31", "Senin, 2 Feb 2026", "Feb 2, 2026"), its three
 * words.
 */
export function datePart(text: string): string {
  let end = 0;
  while (end < text.length) {
    const c = text.charCodeAt(end);
    if (c === 32 || c === 84 /* T */ || c === 9) break;
    end += 1;
  }
  if (isLetter(text.charCodeAt(0)) || (text.charCodeAt(end) === 32 && isLetter(text.charCodeAt(end + 1)))) return namedPart(text);
  return text.slice(0, end);
}

/** Day, month name and year as three words, after a weekday if one leads ("Senin,"). */
function namedPart(text: string): string {
  const words = text.trim().split(/\s+/);
  if (words.length > 3 && /^[a-z]+,$/i.test(words[0]!)) words.shift();
  return words.slice(0, 3).join(' ');
}

/** Month names and their usual short forms, in Indonesian and English. */
const MONTHS = new Map<string, number>(
  [
    ['januari january jan', 1],
    ['februari february feb peb', 2],
    ['maret march mar', 3],
    ['april apr', 4],
    ['mei may', 5],
    ['juni june jun', 6],
    ['juli july jul', 7],
    ['agustus august agu agt ags aug', 8],
    ['september sept sep', 9],
    ['oktober october okt oct', 10],
    ['november nopember nov nop', 11],
    ['desember december des dec', 12],
  ].flatMap(([names, month]) => (names as string).split(' ').map((name) => [name, month as number] as const)),
);

/** "2 Februari 2026", "02-Feb-2026", "2 Feb. 2026". */
const DAY_MONTH_YEAR = /^(\d{1,2})[ ./-]+([a-z]+)\.?[ ./,-]+(\d{4})$/i;
/** "Feb 2, 2026", "February 2 2026". */
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/i;

function namedDay(part: string): number {
  const dmy = DAY_MONTH_YEAR.exec(part);
  const mdy = dmy ? null : MONTH_DAY_YEAR.exec(part);
  const [day, name, year] = dmy ? [dmy[1], dmy[2], dmy[3]] : mdy ? [mdy[2], mdy[1], mdy[3]] : [];
  const month = name === undefined ? undefined : MONTHS.get(name.toLowerCase());
  return month === undefined ? Number.NaN : dayNumber(Number(year), month, Number(day));
}

const SLASHED = /^(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})$/;
const SERIAL = /^\d{5}(?:[.,]\d+)?$/;

/** Day number of a date part (see {@link datePart}), or NaN. */
export function parseDatePart(part: string, order: DateOrder = 'dmy'): number {
  const m = SLASHED.exec(part);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const c = Number(m[3]);
    if (m[1]!.length === 4) return dayNumber(a, b, c); // year first: always year/month/day
    if (m[3]!.length !== 4) return Number.NaN; // two-digit years are too ambiguous to guess
    return order === 'dmy' ? dayNumber(c, b, a) : dayNumber(c, a, b);
  }
  if (SERIAL.test(part)) return excelSerialDay(Number(part.replace(',', '.')));
  return namedDay(part);
}

/** Day number of a full date cell as exports write it, or NaN. */
export function parseDay(text: string, order: DateOrder = 'dmy'): number {
  return parseDatePart(datePart(text.trim()), order);
}

/**
 * Day or month first, from a column's values: a first number above 12 means day first, a
 * second one above 12 month first. When nothing tells (every day ≤ 12), day first, the
 * Indonesian way; `null` when the values contradict each other.
 */
export function detectDateOrder(values: readonly string[]): DateOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = SLASHED.exec(datePart(value.trim()));
    if (!m || m[1]!.length === 4) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst && monthFirst) return null;
  return monthFirst ? 'mdy' : 'dmy';
}
