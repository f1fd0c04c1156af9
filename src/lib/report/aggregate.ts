/**
 * The report's data, gathered while the file streams by: answers per score overall, per day
 * and per segment value; rejected rows by reason with a few examples; a bounded sample of
 * comments; word counts of the unhappy group. Never a list of rows, so memory stays flat
 * however long the file is.
 */
import { datePart, parseDatePart } from './dates';
import type { DateOrder } from './dates';
import { readNumber, trimCell } from './cells';
import { moodOf } from './metric';
import type { Mood } from './metric';
import { METRICS } from './metric-ids';
import type { Metric, MetricId } from './metric-ids';
import { createWordCounter } from './words';
import type { Frequency } from './words';
import type { Row } from './detect';

export interface ReportConfig {
  /** Rows above the data, skipped. */
  readonly headerRows: number;
  readonly date: number | null;
  readonly dateOrder: DateOrder;
  readonly score: number;
  readonly metric: MetricId;
  readonly segments: readonly number[];
  readonly comment: number | null;
}

export type RejectReason = 'empty' | 'not-a-number' | 'not-whole' | 'out-of-range' | 'bad-date';
export const REJECT_REASONS: readonly RejectReason[] = ['empty', 'not-a-number', 'not-whole', 'out-of-range', 'bad-date'];

export interface Rejected {
  readonly reason: RejectReason;
  readonly count: number;
  /** Up to five: the row as the spreadsheet numbers it (see {@link Accumulator}) and the cell as written. */
  readonly examples: readonly { readonly row: number; readonly value: string }[];
}

/** A rejected row, kept whole for the download of rejected rows. */
export interface RejectedRow {
  readonly row: number;
  readonly reason: RejectReason;
  readonly cells: readonly string[];
}

export interface Comment {
  readonly text: string;
  readonly score: number;
  readonly mood: Mood;
  /** Day number, or null without a date column. */
  readonly day: number | null;
  /** The row's value in each segment column. */
  readonly segments: readonly string[];
}

export interface SegmentData {
  readonly column: number;
  /** Value → counts per score, in order of first appearance. */
  readonly values: readonly (readonly [string, number[]])[];
  /** Answers whose value came after the first {@link MAX_SEGMENT_VALUES}, pooled, or null. */
  readonly other: number[] | null;
}

/**
 * The first segment column against the days, for the segment × period table: for each value
 * (null: the pooled rest beyond {@link MAX_SEGMENT_VALUES}), [day number, counts] sorted by day.
 * Only the {@link CROSSTAB_VALUES} values with the most answers are kept, so what travels to the
 * page stays small.
 */
export interface Crosstab {
  readonly column: number;
  readonly values: readonly (readonly [string | null, readonly (readonly [number, number[]])[]])[];
  /** Values of the column left out of the table (beyond {@link CROSSTAB_VALUES}). */
  readonly omitted: number;
}

export interface Aggregate {
  readonly metric: MetricId;
  /** Data rows read (header rows and empty lines not counted). */
  readonly rows: number;
  /** Rows used in the report. */
  readonly used: number;
  /** Answers per score, `counts[i]` for score `metric.min + i`. */
  readonly counts: number[];
  /** [day number, counts] sorted by day; empty without a date column. */
  readonly days: readonly (readonly [number, number[]])[];
  readonly segments: readonly SegmentData[];
  /** The first segment column against the days; null without a date or a segment column. */
  readonly crosstab: Crosstab | null;
  readonly rejected: readonly Rejected[];
  /** The rejected rows themselves, the first {@link REJECTED_ROWS} (or fewer, for very wide rows). */
  readonly rejectedRows: readonly RejectedRow[];
  /** A sample of comments per mood, at most {@link COMMENT_CAP} each, in file order. */
  readonly comments: readonly Comment[];
  /** All comments per mood, kept or not. */
  readonly commentTotals: Readonly<Record<Mood, number>>;
  /** Words and two-word phrases most often in the unhappy group's comments (all of them). */
  readonly words: { readonly words: readonly Frequency[]; readonly phrases: readonly Frequency[] };
}

export const COMMENT_CAP = 1_000;
/** Rejected rows kept whole for their download, and the cells they may hold in all. */
export const REJECTED_ROWS = 5_000;
const REJECTED_CELLS = 500_000;
export const MAX_SEGMENT_VALUES = 200;
/** Values of the first segment column the segment × period table holds: those with the most answers. */
export const CROSSTAB_VALUES = 25;
const EXAMPLES = 5;
const TOP_WORDS = 15;

/**
 * Rows are numbered as a spreadsheet numbers them: every row fed counts, blank ones and header
 * rows included (a cell with a line break inside stays one row), from `firstRow` (a workbook's
 * sheet may start below row 1).
 */
export interface Accumulator {
  /** Feed rows in file order, header rows and blank rows included. */
  addRows(rows: readonly Row[]): void;
  readonly rowsSeen: number;
  finish(): Aggregate;
}

/** A small deterministic generator for the comment sample, so one file gives one report. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

export function createAccumulator(config: ReportConfig, firstRow = 1): Accumulator {
  const metric: Metric = METRICS[config.metric];
  const bins = metric.max - metric.min + 1;
  const counts = new Array<number>(bins).fill(0);
  const days = new Map<number, number[]>();
  const segmentMaps = config.segments.map(() => new Map<string, number[]>());
  const segmentOther: (number[] | null)[] = config.segments.map(() => null);
  // Per bucket of the first segment column (the counts array itself is the key): counts per day.
  const cross = config.date !== null && config.segments.length > 0 ? new Map<number[], Map<number, number[]>>() : null;
  const rejected = new Map<RejectReason, { count: number; examples: { row: number; value: string }[] }>();
  const samples: Record<Mood, (Comment & { row: number })[]> = { good: [], mid: [], bad: [] };
  const commentTotals: Record<Mood, number> = { good: 0, mid: 0, bad: 0 };
  const words = createWordCounter();
  const random = lcg(20_261_202);
  const dayCache = new Map<string, number>();
  let lastPart = '';
  let lastDay = Number.NaN;
  let rowsSeen = 0;
  /** The spreadsheet's number of the row being read. */
  let line = firstRow - 1;
  let dataRows = 0;
  let used = 0;
  const rejectedRows: RejectedRow[] = [];
  let rejectedCells = 0;

  function reject(reason: RejectReason, value: string, row: Row): void {
    let entry = rejected.get(reason);
    if (!entry) rejected.set(reason, (entry = { count: 0, examples: [] }));
    entry.count += 1;
    if (entry.examples.length < EXAMPLES) entry.examples.push({ row: line, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
    if (rejectedRows.length < REJECTED_ROWS && rejectedCells + row.length <= REJECTED_CELLS) {
      rejectedCells += row.length;
      rejectedRows.push({ row: line, reason, cells: row });
    }
  }

  /** Day of a date cell; consecutive rows mostly share their day, so the last one is checked first. */
  function dayOf(cell: string): number {
    if (lastPart && cell.startsWith(lastPart)) {
      const next = cell.charCodeAt(lastPart.length);
      // A space then a letter would start a month's name ("2" then "2 Februari 2026"): not the same day.
      const after = cell.charCodeAt(lastPart.length + 1) | 32;
      if (Number.isNaN(next) || next === 84 || next === 9 || (next === 32 && !(after >= 97 && after <= 122))) return lastDay;
    }
    const part = datePart(cell);
    let day = dayCache.get(part);
    if (day === undefined) {
      day = parseDatePart(part, config.dateOrder);
      if (dayCache.size < 100_000) dayCache.set(part, day);
    }
    lastPart = part;
    lastDay = day;
    return day;
  }

  /** Counts one answer for a segment value; returns the value's bucket (the pooled rest's beyond the cap). */
  function bump(map: Map<string, number[]>, key: string, index: number, slot: number): number[] {
    let bucket = map.get(key);
    if (!bucket) {
      if (map.size >= MAX_SEGMENT_VALUES) bucket = segmentOther[slot] ??= new Array<number>(bins).fill(0);
      else map.set(key, (bucket = new Array<number>(bins).fill(0)));
    }
    bucket[index]! += 1;
    return bucket;
  }

  function bumpCross(bucket: number[], day: number, index: number): void {
    let byDay = cross!.get(bucket);
    if (!byDay) cross!.set(bucket, (byDay = new Map()));
    let counts = byDay.get(day);
    if (!counts) byDay.set(day, (counts = new Array<number>(bins).fill(0)));
    counts[index]! += 1;
  }

  function crosstab(): Crosstab | null {
    if (!cross) return null;
    const total = (c: readonly number[]) => c.reduce((sum, x) => sum + x, 0);
    const buckets: (readonly [string | null, number[]])[] = [...segmentMaps[0]!];
    if (segmentOther[0]) buckets.push([null, segmentOther[0]]);
    const kept = buckets.sort((a, b) => total(b[1]) - total(a[1])).slice(0, CROSSTAB_VALUES);
    return {
      column: config.segments[0]!,
      values: kept.map(([value, bucket]) => [value, [...(cross.get(bucket) ?? [])].sort((a, b) => a[0] - b[0])] as const),
      omitted: buckets.length - kept.length,
    };
  }

  /** A row of blanks only, as a spreadsheet leaves at its end: not a row of the survey. */
  const isBlank = (row: Row): boolean => row.every((cell) => cell.trim() === '');

  /** The row's value in each segment column, reused from row to row (copied only for a kept comment). */
  const segmentValues: string[] = config.segments.map(() => '');

  function addRow(row: Row): void {
    line += 1;
    const cell = trimCell(row[config.score]);
    // Only a row with no score can be blank, so the check costs nothing on the rest.
    if (cell === '' && isBlank(row)) return;
    rowsSeen += 1;
    if (rowsSeen <= config.headerRows) return;
    dataRows += 1;
    if (cell === '') return reject('empty', '', row);
    const score = readNumber(cell);
    if (Number.isNaN(score)) return reject('not-a-number', cell, row);
    if (!Number.isInteger(score)) return reject('not-whole', cell, row);
    if (score < metric.min || score > metric.max) return reject('out-of-range', cell, row);
    let day = Number.NaN;
    if (config.date !== null) {
      const dateCell = trimCell(row[config.date]);
      day = dateCell ? dayOf(dateCell) : Number.NaN;
      if (Number.isNaN(day)) return reject('bad-date', dateCell, row);
    }
    const index = score - metric.min;
    used += 1;
    counts[index]! += 1;
    if (config.date !== null) {
      let bucket = days.get(day);
      if (!bucket) days.set(day, (bucket = new Array<number>(bins).fill(0)));
      bucket[index]! += 1;
    }
    for (let s = 0; s < config.segments.length; s += 1) {
      const value = trimCell(row[config.segments[s]!]);
      segmentValues[s] = value;
      const bucket = bump(segmentMaps[s]!, value, index, s);
      if (s === 0 && cross) bumpCross(bucket, day, index);
    }
    if (config.comment === null) return;
    const text = trimCell(row[config.comment]);
    if (text === '') return;
    const mood = moodOf(metric, score);
    const seen = (commentTotals[mood] += 1);
    if (mood === 'bad') words.add(text);
    // Reservoir sampling: every comment of a mood has the same chance to be kept. The slot is
    // drawn first, so a comment that is not kept costs no object.
    const sample = samples[mood];
    const slot = sample.length < COMMENT_CAP ? sample.length : Math.floor(random() * seen);
    if (slot < COMMENT_CAP) sample[slot] = { text, score, mood, day: config.date === null ? null : day, segments: [...segmentValues], row: rowsSeen };
  }

  return {
    addRows(rows) {
      for (let i = 0; i < rows.length; i += 1) addRow(rows[i]!);
    },
    get rowsSeen() {
      return rowsSeen;
    },
    finish() {
      const comments = [...samples.good, ...samples.mid, ...samples.bad]
        .sort((a, b) => a.row - b.row)
        .map(({ text, score, mood, day, segments }) => ({ text, score, mood, day, segments }));
      return {
        metric: config.metric,
        rows: dataRows,
        used,
        counts,
        days: [...days].sort((a, b) => a[0] - b[0]),
        segments: config.segments.map((column, s) => ({ column, values: [...segmentMaps[s]!], other: segmentOther[s]! })),
        crosstab: crosstab(),
        rejectedRows,
        rejected: REJECT_REASONS.flatMap((reason) => {
          const entry = rejected.get(reason);
          return entry ? [{ reason, count: entry.count, examples: entry.examples }] : [];
        }),
        comments,
        commentTotals,
        words: words.top(TOP_WORDS),
      };
    },
  };
}
