/**
 * Choosing the score column of a survey file for the calculators, from the survey-file reader's
 * guess (src/workers/survey-file.ts, which the report uses too), and tallying it.
 *
 * Survey exports usually hold several columns (timestamp, name, score, comment), so the UI
 * shows the numeric candidates with counts and lets the user pick. The reader opens the file and
 * guesses its header rows and columns from a preview; every chunk of rows then goes to a column
 * accumulator that only counts scores. Cells are single values, so a comma inside a cell is
 * always a decimal mark here ("7,5" in a semicolon-separated file), unlike in pasted text.
 */
import { createTally } from './score-tally';
import type { ScoreScale, ScoreTally } from './score-tally';
import { readNumber, trimCell } from '../report/cells';
import { detectColumns, isRowNumber } from '../report/detect';
import type { Detection, Row } from '../report/detect';

export type { Row };

export interface ColumnCandidate {
  /** Zero-based column index (pass it back as `column`). */
  readonly index: number;
  /** Header text, or '' when the file has no header (the page names it by its number). */
  readonly name: string;
  /** Non-blank data cells in the analysed rows. */
  readonly filled: number;
  /** Cells that read as numbers. */
  readonly numeric: number;
  /** Cells that are valid scores on the requested scale. */
  readonly inScale: number;
  /** First few distinct non-blank values, for the picker. */
  readonly examples: readonly string[];
  /** A row-number column like "No" (see `isRowNumber`), which is never the score column. */
  readonly looksLikeRowNumber: boolean;
}

export interface TableAnalysis {
  /** Whether the file has header rows (skipped). */
  readonly hasHeader: boolean;
  /** Rows above the data: 0, 1 or more (see `detectColumns`). */
  readonly headerRows: number;
  /** Widest row seen. */
  readonly columnCount: number;
  /** Data rows analysed (header excluded). */
  readonly rowCount: number;
  /** Columns where at least half of the filled cells are numbers, left to right. */
  readonly candidates: readonly ColumnCandidate[];
  /**
   * Candidate with the most valid scores (leftmost on ties), ignoring row-number columns, or
   * null if there is none.
   */
  readonly suggested: number | null;
  /** Candidates that are not row-number columns; when exactly one, it can be used unasked. */
  readonly likelyScoreColumns: readonly number[];
}

const CANDIDATE_NUMERIC_SHARE = 0.5;

/**
 * The columns that could hold scores on `scale`, from the reader's guess over `rows` (the
 * preview it was made from, header rows included).
 */
export function analyzeDetection(detection: Detection, rows: readonly Row[], scale: ScoreScale): TableAnalysis {
  const { headerRows } = detection;
  const data = rows.slice(headerRows);
  const candidates: ColumnCandidate[] = [];
  for (const column of detection.columns) {
    const { index, numeric, filled, counts } = column;
    if (numeric === 0 || numeric < CANDIDATE_NUMERIC_SHARE * filled) continue;
    let inScale = 0;
    // `counts` holds the whole numbers 0–10, which every calculator scale lies within.
    for (let score = scale.min; score <= scale.max; score += 1) inScale += counts[score] ?? 0;
    candidates.push({
      index,
      name: column.name,
      filled,
      numeric,
      inScale,
      examples: column.examples,
      looksLikeRowNumber: isRowNumber(data, index),
    });
  }
  const likely = candidates.filter((candidate) => !candidate.looksLikeRowNumber);
  let suggested: number | null = null;
  let best = 0;
  for (const candidate of likely) {
    if (candidate.inScale > best) {
      best = candidate.inScale;
      suggested = candidate.index;
    }
  }
  return {
    hasHeader: headerRows > 0,
    headerRows,
    columnCount: detection.columns.length,
    rowCount: data.length,
    candidates,
    suggested,
    likelyScoreColumns: likely.map((candidate) => candidate.index),
  };
}

/** {@link analyzeDetection} on rows not yet guessed at (tests, small tables). */
export const analyzeTable = (rows: readonly Row[], scale: ScoreScale): TableAnalysis => analyzeDetection(detectColumns(rows), rows, scale);

export interface ColumnAccumulator {
  /** Feed the next chunk of rows, in file order (the reader's `read` does). */
  addRows(rows: readonly Row[]): void;
  /** Rows seen so far, header included, rows of blanks left out. */
  readonly rowsSeen: number;
  /** Snapshot of the tally so far; can be called for progress and again at the end. */
  result(): ScoreTally;
}

export interface ColumnAccumulatorOptions {
  readonly scale: ScoreScale;
  readonly column: number;
  /** Rows to skip first (the header rows found by the reader). */
  readonly skipRows: number;
}

/**
 * Streaming-friendly tally of one column. Rows too short to reach the column and blank cells
 * count as blanks; they are reported, not errors. A row of blanks only (",,," as a spreadsheet
 * leaves at its end) is no row at all, as in the report.
 */
export function createColumnAccumulator(options: ColumnAccumulatorOptions): ColumnAccumulator {
  const tally = createTally(options.scale);
  let rowsSeen = 0;
  return {
    addRows(rows) {
      for (const row of rows) {
        const cell = trimCell(row[options.column]);
        // Only a row with no score can be blank, so the check costs nothing on the rest.
        if (cell === '' && row.every((other) => other.trim() === '')) continue;
        rowsSeen += 1;
        if (rowsSeen <= options.skipRows) continue;
        if (cell === '') tally.addEmpty();
        else tally.add(readNumber(cell), cell, 0, cell.length);
      }
    },
    get rowsSeen() {
      return rowsSeen;
    },
    result: () => tally.finish(),
  };
}

/** Column buttons offered at once; more would bury the choice (and a 100,000-column row froze the page). */
export const COLUMNS_SHOWN = 12;

/** Candidates sent to the page with their details; the rest travel as names only. */
export const CANDIDATES_SENT = 200;

/** A column the page can offer as a button. */
export interface OfferedColumn {
  readonly index: number;
  readonly name: string;
}

/**
 * What the page gets to choose a column from: the analysis with at most CANDIDATES_SENT
 * candidates (the most usable first, then in file order), and every numeric column's name and
 * index for the search. Copying 100,000 candidate objects to the page took seconds of its main
 * thread; names and a typed array of indices take milliseconds.
 */
export interface ColumnOffer extends TableAnalysis {
  /** Numeric columns in the file, all of them. */
  readonly numericCount: number;
  readonly names: readonly string[];
  readonly indices: Int32Array;
}

const byUse = (a: ColumnCandidate, b: ColumnCandidate) => Number(a.looksLikeRowNumber) - Number(b.looksLikeRowNumber) || b.inScale - a.inScale || a.index - b.index;

export function offerFor(analysis: TableAnalysis): ColumnOffer {
  const { candidates } = analysis;
  const best = candidates.length > CANDIDATES_SENT ? [...candidates].sort(byUse).slice(0, CANDIDATES_SENT).sort((a, b) => a.index - b.index) : candidates;
  return {
    ...analysis,
    candidates: best,
    numericCount: candidates.length,
    names: candidates.map((c) => c.name),
    indices: Int32Array.from(candidates, (c) => c.index),
  };
}

/**
 * The columns to offer for `query` (a header word or a 1-based column number; blank for the
 * best, in file order). `unnamed` is how the page names a column without a header, its number
 * left as `{n}` (`Kolom {n}`), so the search finds it by those words too. `total` is every
 * numeric column for a blank query, else the matches shown (0 means none).
 */
export function offerColumns(offer: ColumnOffer, query: string, unnamed: string, limit = COLUMNS_SHOWN): { shown: OfferedColumn[]; total: number } {
  const q = query.trim().toLowerCase();
  if (!q) {
    const best = offer.candidates.length > limit ? [...offer.candidates].sort(byUse).slice(0, limit) : [...offer.candidates];
    return { shown: best.sort((a, b) => a.index - b.index).map(({ index, name }) => ({ index, name })), total: offer.numericCount };
  }
  const shown: OfferedColumn[] = [];
  // An exact column number goes first, whatever its place in the file.
  const wanted = /^\d+$/.test(q) ? Number(q) - 1 : -1;
  const at = wanted >= 0 ? findIndex(offer.indices, wanted) : -1;
  if (at >= 0) shown.push({ index: wanted, name: offer.names[at] ?? '' });
  // Then header words, until the list is full: a search must answer within a keystroke.
  const lower = lowerNames(offer, unnamed);
  for (let i = 0; i < lower.length && shown.length < limit; i++) {
    if (i !== at && lower[i]!.includes(q)) shown.push({ index: offer.indices[i]!, name: offer.names[i] ?? '' });
  }
  return { shown, total: shown.length };
}

/** Position of `index` in the sorted `indices`, or −1. */
function findIndex(indices: Int32Array, index: number): number {
  let lo = 0;
  let hi = indices.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = indices[mid]!;
    if (v === index) return mid;
    if (v < index) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const lowered = new WeakMap<ColumnOffer, string[]>();
const lowerNames = (offer: ColumnOffer, unnamed: string): string[] => {
  let names = lowered.get(offer);
  if (!names) {
    // Worded once, not per column: 100,000 header-less columns must not cost 100,000 translations.
    const [before = '', after = ''] = unnamed.toLowerCase().split('{n}');
    lowered.set(offer, (names = offer.names.map((n, i) => (n ? n.toLowerCase() : before + (offer.indices[i]! + 1) + after))));
  }
  return names;
};
