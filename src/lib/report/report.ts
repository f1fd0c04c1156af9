/**
 * From the gathered data to the report's tables: the headline, one row per period (with the
 * change from the period before, flagged only when significant) and one table per segment
 * column (each value against the rest of the answers, sorted best first, groups too small to
 * read last). Which differences are significant is decided in differences.ts, over each trend
 * and each column as one family.
 */
import type { Aggregate } from './aggregate';
import { adjustFamily, changeBetween, SMALL_GROUP } from './differences';
import type { Change } from './differences';
import { figureOf } from './metric';
import type { Figure } from './metric';
import { METRICS } from './metric-ids';
import type { Metric } from './metric-ids';
import { granularityFor, periodKey, periodStart } from './periods';
import type { Granularity } from './periods';

export { SMALL_GROUP };
export type { Change };

export interface PeriodRow {
  /** `2026-W48`, `2026-11` or `2026-Q4`. */
  readonly key: string;
  /** First day of the period (day number). */
  readonly start: number;
  readonly counts: number[];
  readonly figure: Figure;
  readonly small: boolean;
  /** Against the period before, or null for the first one. */
  readonly change: Change | null;
  /** The period compared with, when periods without answers lie between the two; else null. */
  readonly across: string | null;
}

export interface SegmentRow {
  /** The value as written ('' for blank cells); null for the pooled rest beyond the value cap. */
  readonly value: string | null;
  readonly figure: Figure;
  readonly small: boolean;
  /** This value against all other answers. */
  readonly vsRest: Change | null;
}

export interface SegmentTable {
  readonly column: number;
  readonly rows: readonly SegmentRow[];
}

/** One cell of the segment × period table: the value's answers in one period (figure null: none). */
export interface CrosstabCell {
  readonly period: string;
  readonly figure: Figure | null;
  readonly small: boolean;
}

/**
 * The first segment column against the periods, as an owner builds it in a pivot table (branch ×
 * month). Rows in the order of that column's table (readable first, best first); the values with
 * the most answers only (aggregate.ts), and the last {@link CROSSTAB_PERIODS} periods.
 */
export interface CrosstabTable {
  readonly column: number;
  readonly periods: readonly Pick<PeriodRow, 'key' | 'start'>[];
  readonly rows: readonly { readonly value: string | null; readonly cells: readonly CrosstabCell[] }[];
  /** Values of the column not in the table, and periods before the first one shown. */
  readonly omittedValues: number;
  readonly omittedPeriods: number;
}

export interface Report {
  readonly metric: Metric;
  readonly headline: Figure | null;
  readonly granularity: Granularity | null;
  readonly periods: readonly PeriodRow[];
  readonly segments: readonly SegmentTable[];
  readonly crosstab: CrosstabTable | null;
}

/** Periods the segment × period table shows at most: the latest, so a phone can still scroll it. */
export const CROSSTAB_PERIODS = 24;

const add = (into: number[], from: readonly number[]) => {
  for (let i = 0; i < from.length; i += 1) into[i]! += from[i]!;
};

/** The granularity the date span calls for, or null without dates. */
export function defaultGranularity(data: Aggregate): Granularity | null {
  const first = data.days[0];
  const last = data.days[data.days.length - 1];
  return first && last ? granularityFor(first[0], last[0]) : null;
}

export function periodRows(data: Aggregate, granularity: Granularity): PeriodRow[] {
  const metric = METRICS[data.metric];
  const periods = new Map<string, { start: number; counts: number[] }>();
  for (const [day, counts] of data.days) {
    const key = periodKey(day, granularity);
    let period = periods.get(key);
    if (!period) periods.set(key, (period = { start: periodStart(day, granularity), counts: counts.map(() => 0) }));
    add(period.counts, counts);
  }
  const rows: PeriodRow[] = [];
  let previous: { key: string; counts: number[] } | null = null;
  for (const [key, { start, counts }] of periods) {
    const figure = figureOf(metric, counts);
    if (!figure) continue;
    const change = previous ? changeBetween(metric, counts, previous.counts) : null;
    // The day before a period's first day lies in the period just before it.
    const across = previous && periodKey(start - 1, granularity) !== previous.key ? previous.key : null;
    rows.push({ key, start, counts, figure, small: figure.n < SMALL_GROUP, change, across });
    previous = { key, counts };
  }
  // Every period's change is one test of the trend's family.
  const changes = adjustFamily(rows.map((r) => r.change));
  return rows.map((r, i) => ({ ...r, change: changes[i] ?? null }));
}

export function segmentTables(data: Aggregate): SegmentTable[] {
  const metric = METRICS[data.metric];
  return data.segments.map((segment) => {
    const groups: (readonly [string | null, number[]])[] = [...segment.values];
    if (segment.other) groups.push([null, segment.other]);
    const rows = groups.flatMap(([value, counts]) => {
      const figure = figureOf(metric, counts);
      if (!figure) return [];
      const rest = data.counts.map((c, i) => c - counts[i]!);
      return [{ value, figure, small: figure.n < SMALL_GROUP, vsRest: changeBetween(metric, counts, rest) }];
    });
    // Every value of the column against the rest is one test of the column's family.
    const adjusted = adjustFamily(rows.map((r) => r.vsRest));
    rows.forEach((r, i) => (r.vsRest = adjusted[i] ?? null));
    // Readable groups first, best first; groups too small to read after them, so a 4-answer
    // "(kosong)" never tops the table.
    rows.sort((a, b) => Number(a.small) - Number(b.small) || b.figure.value - a.figure.value || b.figure.n - a.figure.n);
    return { column: segment.column, rows };
  });
}

export function crosstabTable(data: Aggregate, granularity: Granularity, periods: readonly PeriodRow[], order: SegmentTable | undefined): CrosstabTable | null {
  const cross = data.crosstab;
  if (!cross || periods.length === 0) return null;
  const metric = METRICS[data.metric];
  const shown = periods.slice(-CROSSTAB_PERIODS);
  const rank = new Map(order?.rows.map((r, i) => [r.value, i]));
  const rows = cross.values.map(([value, days]) => {
    const byPeriod = new Map<string, number[]>();
    for (const [day, counts] of days) {
      const key = periodKey(day, granularity);
      let sum = byPeriod.get(key);
      if (!sum) byPeriod.set(key, (sum = counts.map(() => 0)));
      add(sum, counts);
    }
    const cells = shown.map(({ key }) => {
      const counts = byPeriod.get(key);
      const figure = counts ? figureOf(metric, counts) : null;
      return { period: key, figure, small: !figure || figure.n < SMALL_GROUP };
    });
    return { value, cells };
  });
  const place = (value: string | null) => rank.get(value) ?? rows.length + (order?.rows.length ?? 0);
  rows.sort((a, b) => place(a.value) - place(b.value));
  return { column: cross.column, periods: shown.map(({ key, start }) => ({ key, start })), rows, omittedValues: cross.omitted, omittedPeriods: periods.length - shown.length };
}

export function buildReport(data: Aggregate, granularity = defaultGranularity(data)): Report {
  const periods = granularity ? periodRows(data, granularity) : [];
  const segments = segmentTables(data);
  return {
    metric: METRICS[data.metric],
    headline: figureOf(METRICS[data.metric], data.counts),
    granularity,
    periods,
    segments,
    crosstab: granularity ? crosstabTable(data, granularity, periods, segments[0]) : null,
  };
}
