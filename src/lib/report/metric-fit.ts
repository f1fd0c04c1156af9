/**
 * Does the chosen metric fit the score column's values? Said beside the metric select before
 * the report is built, so a wrong choice never turns into a silent −100 or a pile of rejected
 * rows: scores beyond the metric's range would be rejected, and scores that use only the bottom
 * of a wide scale (1–5 read as NPS 0–10) are most likely another metric.
 */
import { METRICS } from './metric-ids';
import type { MetricId } from './metric-ids';

/** The numeric range of a column: its smallest and largest number. */
export interface ColumnRange {
  readonly min: number;
  readonly max: number;
}

export type MetricFit =
  /** Some scores lie outside the metric's range, and those rows would be rejected. */
  | { readonly kind: 'outside'; readonly min: number; readonly max: number }
  /** Every score is at most `max`, on a scale that goes to `scaleMax`: probably another metric. */
  | { readonly kind: 'narrow'; readonly max: number; readonly scaleMax: number };

export function metricFit(metric: MetricId, column: ColumnRange): MetricFit | null {
  const { min, max } = METRICS[metric];
  if (!Number.isFinite(column.min) || !Number.isFinite(column.max)) return null;
  if (column.min < min || column.max > max) return { kind: 'outside', min, max };
  // 1–5 or 1–7 answers read on a 0–10 (or 1–10) scale: all at most 7 where the scale reaches 10.
  if (max === 10 && column.max <= 7) return { kind: 'narrow', max: column.max, scaleMax: max };
  return null;
}
