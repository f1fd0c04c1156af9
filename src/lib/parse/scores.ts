/**
 * Reads scores pasted as text (a spreadsheet column, a comma list, …) into a histogram.
 *
 * Separators: newline, tab, semicolon, space and comma. Spaces, carriage returns, non-breaking
 * spaces and double quotes are "soft" (they only end a value); the others are "hard", and two
 * hard separators with nothing between them count as one blank (reported, never an error).
 *
 * Comma rule. Comma is also the Indonesian decimal mark, so it is read as a DECIMAL MARK only
 * when all of these hold, and as a separator otherwise:
 *   1. the text contains another separator (newline, tab, semicolon or space), and
 *   2. every comma has a digit directly before and after it, and
 *   3. no two commas share a value (there is another separator between any two commas).
 * So "9,10,8" and "9, 10, 8" are three scores, while a column "7,5⏎8,0⏎9" holds 7.5 (rejected,
 * not whole), 8 and 9. The costly mistake would be to read "7,5" silently as two valid scores;
 * this rule errs towards visible rejects instead. A lone "7,5" with nothing else is the one
 * ambiguous case and is read as two scores, 7 and 5. Values otherwise follow the Indonesian
 * number rule of `readIdNumber` ("8.0" = 8 is accepted, "1.000" = 1000 is out of range).
 *
 * Performance: one pass over char codes (plain digits are read inline; only values with a mark
 * or a sign go through `readIdNumber`) after two or three regex passes for the comma rule, no
 * split or intermediate arrays; a million scores take a few tens of milliseconds. Pure, so it
 * runs unchanged in a Web Worker.
 */
import { readIdNumber } from './id-number';
import { createTally } from './score-tally';
import type { ScoreScale, ScoreTally } from './score-tally';

export type CommaMode = 'separator' | 'decimal';

export interface ScoreScan extends ScoreTally {
  /** How commas were read, so the UI can say so ("koma dibaca sebagai desimal"). */
  readonly commaMode: CommaMode;
}

const TAB = 9;
const LF = 10;
const VT = 11;
const FF = 12;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const COMMA = 44;
const SEMICOLON = 59;
const NBSP = 160;
const BOM = 0xfeff;

function isSoft(code: number): boolean {
  return code === SPACE || code === CR || code === NBSP || code === QUOTE || code === FF || code === VT || code === BOM;
}

/**
 * Rules 2 and 3 broken: a comma without a digit on each side, or two commas with no other
 * separator (LF, tab, ";" or a soft one) between them.
 */
const COMMA_MUST_SEPARATE = /(^|\D),|,(\D|$)|,[^\t\n\v\f\r ;"\u00a0\ufeff,]*,/;

/** Applies the comma rule described at the top of this file. */
export function detectCommaMode(text: string): CommaMode {
  return text.includes(',') && /[\t\n; ]/.test(text) && !COMMA_MUST_SEPARATE.test(text) ? 'decimal' : 'separator';
}

/** Scans pasted text against `scale`. Never fails; check `used` before calculating. */
export function scanScores(text: string, scale: ScoreScale): ScoreScan {
  const commaMode = detectCommaMode(text);
  const commaSeparates = commaMode === 'separator';
  const tally = createTally(scale);
  const length = text.length;
  let tokenStart = -1;
  let plainDigits = true;
  let value = 0;
  let seenToken = false;
  // Hard separators since the last value: n of them between two values mean n − 1 blanks.
  // Blanks before the first value or after the last one are ignored.
  let hardSeparators = 0;

  // i === length acts as a final newline that closes the last value.
  for (let i = 0; i <= length; i += 1) {
    const code = i < length ? text.charCodeAt(i) : LF;
    const hard = code === LF || code === TAB || code === SEMICOLON || (code === COMMA && commaSeparates);
    if (hard || isSoft(code)) {
      if (tokenStart >= 0) {
        tally.add(plainDigits ? value : readIdNumber(text, tokenStart, i), text, tokenStart, i);
        if (seenToken && hardSeparators > 1) tally.addEmpty(hardSeparators - 1);
        tokenStart = -1;
        seenToken = true;
        hardSeparators = 0;
      }
      if (hard) hardSeparators += 1;
      continue;
    }
    if (tokenStart < 0) {
      tokenStart = i;
      plainDigits = true;
      value = 0;
    }
    if (plainDigits) {
      if (code >= 48 && code <= 57) value = value * 10 + (code - 48);
      else plainDigits = false;
    }
  }
  return { ...tally.finish(), commaMode };
}
