/**
 * Reading one cell: trimming as the calculators' file reader does, and scores fast. A report
 * of a million rows reads a million scores, so the common cell ("9", "10") is read by char
 * codes; anything else goes through the Indonesian number reader.
 */
import { readIdNumber } from '../parse/id-number';

/** Spaces (non-breaking ones from spreadsheets too) and control characters around a value. */
const PADDING = /^[\s\0-\x1f]+|[\s\0-\x1f]+$/g;

export const trimCell = (cell: string | undefined): string => {
  if (cell === undefined) return '';
  // Most cells need no trimming; testing both ends is far cheaper than running the regex.
  const first = cell.charCodeAt(0);
  const last = cell.charCodeAt(cell.length - 1);
  if (first > 32 && first !== 160 && last > 32 && last !== 160 && first < 0x2000 && last < 0x2000) return cell;
  return cell.replace(PADDING, '');
};

/** The number in a trimmed cell, Indonesian style ("7", "7,5", "1.234"), or NaN. */
export function readNumber(cell: string): number {
  const length = cell.length;
  if (length === 1) {
    const c = cell.charCodeAt(0) - 48;
    if (c >= 0 && c <= 9) return c;
  } else if (length === 2) {
    const a = cell.charCodeAt(0) - 48;
    const b = cell.charCodeAt(1) - 48;
    if (a >= 1 && a <= 9 && b >= 0 && b <= 9) return 10 * a + b;
  }
  return readIdNumber(cell);
}
