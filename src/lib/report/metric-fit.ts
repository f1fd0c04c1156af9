/**
 * Does the chosen metric fit the score column's values? Said beside the metric select before
 * the report is built, so a wrong choice never turns into a silent −100 or a pile of rejected
 * rows: scores beyond the metric's range would be rejected, and scores that use only the bottom
 * of a wide scale (1–5 read as NPS 0–10) are most likely another metric.
 */
import { fewOf } from './headers';
import type { ScoreColumn } from './headers';
import { METRICS, splitOf } from './metric-ids';
import type { MetricId } from './metric-ids';

export type MetricFit =
  /** More than a handful of scores lie outside the metric's range: those rows would be rejected. */
  | { readonly kind: 'outside'; readonly min: number; readonly max: number; readonly count: number; readonly total: number }
  /** (Nearly) no score reaches the scale's top group: the highest is `max`, on a scale up to `scaleMax`. */
  | { readonly kind: 'narrow'; readonly max: number; readonly scaleMax: number };

export function metricFit(metric: MetricId, column: Pick<ScoreColumn, 'counts' | 'numeric'>): MetricFit | null {
  const { min, max } = METRICS[metric];
  const total = column.numeric;
  if (total === 0) return null;
  const few = fewOf(total);
  const between = (from: number, to: number) => column.counts.slice(from, to + 1).reduce((sum, c) => sum + c, 0);
  const count = total - between(min, max);
  if (count > few) return { kind: 'outside', min, max, count, total };
  // 1–5 answers read as NPS are all detractors (−100); read as CSAT 1–7, none is satisfied (0 %).
  const { good } = splitOf(METRICS[metric]);
  if (between(good, max) <= few) {
    // The highest score that more than a handful of answers reach.
    let highest = max;
    while (highest > min && between(highest, max) <= few) highest -= 1;
    return { kind: 'narrow', max: highest, scaleMax: max };
  }
  return null;
}
