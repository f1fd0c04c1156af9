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
  /** Up to five: the row (1 = the file's first row, header included) and the cell as written. */
  readonly examples: readonly { readonly row: number; readonly value: string }[];
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
  readonly rejected: readonly Rejected[];
  /** A sample of comments per mood, at most {@link COMMENT_CAP} each, in file order. */
  readonly comments: readonly Comment[];
  /** All comments per mood, kept or not. */
  readonly commentTotals: Readonly<Record<Mood, number>>;
  /** Words and two-word phrases most often in the unhappy group's comments (all of them). */
  readonly words: { readonly words: readonly Frequency[]; readonly phrases: readonly Frequency[] };
}

export const COMMENT_CAP = 1_000;
export const MAX_SEGMENT_VALUES = 200;
const EXAMPLES = 5;
const TOP_WORDS = 15;

export interface Accumulator {
  /** Feed rows in file order, header rows included. */
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

export function createAccumulator(config: ReportConfig): Accumulator {
  const metric: Metric = METRICS[config.metric];
  const bins = metric.max - metric.min + 1;
  const counts = new Array<number>(bins).fill(0);
  const days = new Map<number, number[]>();
  const segmentMaps = config.segments.map(() => new Map<string, number[]>());
  const segmentOther: (number[] | null)[] = config.segments.map(() => null);
  const rejected = new Map<RejectReason, { count: number; examples: { row: number; value: string }[] }>();
  const samples: Record<Mood, (Comment & { row: number })[]> = { good: [], mid: [], bad: [] };
  const commentTotals: Record<Mood, number> = { good: 0, mid: 0, bad: 0 };
  const words = createWordCounter();
  const random = lcg(20_261_202);
  const dayCache = new Map<string, number>();
  let lastPart = '';
  let lastDay = Number.NaN;
  let rowsSeen = 0;
  let dataRows = 0;
  let used = 0;

  function reject(reason: RejectReason, value: string): void {
    let entry = rejected.get(reason);
    if (!entry) rejected.set(reason, (entry = { count: 0, examples: [] }));
    entry.count += 1;
    if (entry.examples.length < EXAMPLES) entry.examples.push({ row: rowsSeen, value: value.length > 40 ? `${value.slice(0, 40)}…` : value });
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

  function bump(map: Map<string, number[]>, key: string, index: number, slot: number): void {
    let bucket = map.get(key);
    if (!bucket) {
      if (map.size >= MAX_SEGMENT_VALUES) {
        bucket = segmentOther[slot] ??= new Array<number>(bins).fill(0);
        bucket[index]! += 1;
        return;
      }
      map.set(key, (bucket = new Array<number>(bins).fill(0)));
    }
    bucket[index]! += 1;
  }

  /** A row of blanks only, as a spreadsheet leaves at its end: not a row of the survey. */
  const isBlank = (row: Row): boolean => row.every((cell) => cell.trim() === '');

  /** The row's value in each segment column, reused from row to row (copied only for a kept comment). */
  const segmentValues: string[] = config.segments.map(() => '');

  function addRow(row: Row): void {
    const cell = trimCell(row[config.score]);
    // Only a row with no score can be blank, so the check costs nothing on the rest.
    if (cell === '' && isBlank(row)) return;
    rowsSeen += 1;
    if (rowsSeen <= config.headerRows) return;
    dataRows += 1;
    if (cell === '') return reject('empty', '');
    const score = readNumber(cell);
    if (Number.isNaN(score)) return reject('not-a-number', cell);
    if (!Number.isInteger(score)) return reject('not-whole', cell);
    if (score < metric.min || score > metric.max) return reject('out-of-range', cell);
    let day = Number.NaN;
    if (config.date !== null) {
      const dateCell = trimCell(row[config.date]);
      day = dateCell ? dayOf(dateCell) : Number.NaN;
      if (Number.isNaN(day)) return reject('bad-date', dateCell);
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
      bump(segmentMaps[s]!, value, index, s);
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
