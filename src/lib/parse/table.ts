/**
 * Finding the score column in a CSV/TSV/TXT export, on rows as Papa Parse returns them.
 *
 * Survey exports usually hold several columns (timestamp, name, score, comment), so the UI
 * shows the numeric candidates with counts and lets the user pick. Work is split so a Web
 * Worker can stream big files: analyse a preview (first rows) once, then feed every chunk of
 * rows to a column accumulator. Cells are single values, so a comma inside a cell is always a
 * decimal mark here ("7,5" in a semicolon-separated file), unlike in pasted text.
 */
import { readIdNumber } from './id-number';
import { createTally, isInScale } from './score-tally';
import type { ScoreScale, ScoreTally } from './score-tally';

export type Row = readonly string[];

export interface ColumnCandidate {
  /** Zero-based column index (pass it back as `column`). */
  readonly index: number;
  /** Header text, or "Kolom N" when the file has no header. */
  readonly name: string;
  /** Non-blank data cells in the analysed rows. */
  readonly filled: number;
  /** Cells that read as numbers. */
  readonly numeric: number;
  /** Cells that are valid scores on the requested scale. */
  readonly inScale: number;
  /** First few non-blank values, for the picker. */
  readonly examples: readonly string[];
  /**
   * Values run 1, 2, 3, … (or any start, step 1) over at least 3 rows: a row-number column
   * like "No", which spreadsheets often have and which is never the score column.
   */
  readonly looksLikeRowNumber: boolean;
}

export interface TableAnalysis {
  /** Whether the first row was taken as a header (and skipped). */
  readonly hasHeader: boolean;
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

/** Share of numeric cells below which the first row is not considered a header. */
const HEADER_NUMERIC_SHARE = 0.8;
const CANDIDATE_NUMERIC_SHARE = 0.5;

/** Spaces (non-breaking ones from spreadsheets too) and control characters around a value. */
const PADDING = /^[\s\0-\x1f]+|[\s\0-\x1f]+$/g;

/** A cell as the picker and the full read both see it, so they count the same valid scores. */
const trimCell = (cell: string | undefined): string => cell?.replace(PADDING, '') ?? '';

/**
 * One column's trimmed non-blank cells, and the finite numbers among them. A pair rather than an
 * object: the minifier can rename what callers destructure, not property names.
 */
function readColumn(rows: readonly Row[], column: number): [cells: string[], numbers: number[]] {
  const cells: string[] = [];
  const numbers: number[] = [];
  for (const row of rows) {
    const cell = trimCell(row[column]);
    if (!cell) continue;
    cells.push(cell);
    const value = readIdNumber(cell);
    if (Number.isFinite(value)) numbers.push(value);
  }
  return [cells, numbers];
}

/**
 * Header rule: the first row is a header when some column has a non-numeric first cell while
 * at least 80% of its filled cells below are numeric. A single-row file never has a header.
 */
export function detectHeader(rows: readonly Row[]): boolean {
  const below = rows.slice(1);
  return (rows[0] ?? []).some((cell, column) => {
    const title = trimCell(cell);
    if (!title || Number.isFinite(readIdNumber(title))) return false;
    const [cells, numbers] = readColumn(below, column);
    return numbers.length > 0 && numbers.length >= HEADER_NUMERIC_SHARE * cells.length;
  });
}

/** Analyses a preview (or a whole small file) to list the columns that could hold scores. */
export function analyzeTable(rows: readonly Row[], scale: ScoreScale): TableAnalysis {
  const hasHeader = detectHeader(rows);
  const data = hasHeader ? rows.slice(1) : rows;
  const columnCount = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const candidates: ColumnCandidate[] = [];
  for (let column = 0; column < columnCount; column += 1) {
    const [cells, numbers] = readColumn(data, column);
    const numeric = numbers.length;
    if (numeric > 0 && numeric >= CANDIDATE_NUMERIC_SHARE * cells.length) {
      candidates.push({
        index: column,
        name: (hasHeader && rows[0]?.[column]?.trim()) || `Kolom ${column + 1}`,
        filled: cells.length,
        numeric,
        inScale: numbers.filter((value) => isInScale(value, scale)).length,
        examples: cells.slice(0, 3),
        looksLikeRowNumber:
          numeric >= 3 && numeric === cells.length && numbers.every((value, i) => i === 0 || value === numbers[i - 1]! + 1),
      });
    }
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
    hasHeader,
    columnCount,
    rowCount: data.length,
    candidates,
    suggested,
    likelyScoreColumns: likely.map((candidate) => candidate.index),
  };
}

export interface ColumnAccumulator {
  /** Feed the next chunk of rows, in file order (e.g. from Papa Parse's `chunk` callback). */
  addRows(rows: readonly Row[]): void;
  /** Rows seen so far, header included. */
  readonly rowsSeen: number;
  /** Snapshot of the tally so far; can be called for progress and again at the end. */
  result(): ScoreTally;
}

export interface ColumnAccumulatorOptions {
  readonly scale: ScoreScale;
  readonly column: number;
  /** Skip the very first row fed (the header found by {@link analyzeTable}). */
  readonly skipFirstRow: boolean;
}

/**
 * Streaming-friendly tally of one column. Rows too short to reach the column and blank cells
 * count as blanks; they are reported, not errors.
 */
export function createColumnAccumulator(options: ColumnAccumulatorOptions): ColumnAccumulator {
  const tally = createTally(options.scale);
  let rowsSeen = 0;
  return {
    addRows(rows) {
      for (const row of rows) {
        rowsSeen += 1;
        if (rowsSeen === 1 && options.skipFirstRow) continue;
        const cell = trimCell(row[options.column]);
        if (cell === '') tally.addEmpty();
        else tally.add(readIdNumber(cell), cell, 0, cell.length);
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
 * best, in file order). `total` is every numeric column for a blank query, else the matches
 * shown (0 means none).
 */
export function offerColumns(offer: ColumnOffer, query: string, limit = COLUMNS_SHOWN): { shown: OfferedColumn[]; total: number } {
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
  const lower = lowerNames(offer);
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
const lowerNames = (offer: ColumnOffer): string[] => {
  let names = lowered.get(offer);
  if (!names) lowered.set(offer, (names = offer.names.map((n) => n.toLowerCase())));
  return names;
};
