// The metrics a report can compute, with their score ranges: plain data, so the confirm step
// can list them without loading the statistics.

export type MetricKind = 'nps' | 'csat' | 'ces';

export interface Metric {
  readonly kind: MetricKind;
  /** Lowest score: 0 for NPS, 1 otherwise. */
  readonly min: number;
  /** Highest score: 10 for NPS, 5, 7 or 10 for CSAT, 7 for CES. */
  readonly max: number;
}

export const METRICS = {
  nps: { kind: 'nps', min: 0, max: 10 },
  csat5: { kind: 'csat', min: 1, max: 5 },
  csat7: { kind: 'csat', min: 1, max: 7 },
  csat10: { kind: 'csat', min: 1, max: 10 },
  ces: { kind: 'ces', min: 1, max: 7 },
} as const satisfies Record<string, Metric>;

export type MetricId = keyof typeof METRICS;
export const METRIC_IDS = Object.keys(METRICS) as MetricId[];


/**
 * Where the split behind a score begins: a score from `good` up is a promoter (CSAT: puas; CES:
 * mudah), from `mid` up a passive (netral), below it a detractor (kecewa; sulit). NPS: 9–10, 7–8,
 * 0–6. CES: 5–7, 4, 1–3. CSAT: the top two boxes are satisfied (the usual convention, as in the
 * CSAT calculator); unhappy are the scores below the scale's midpoint (1–2 of 5, 1–3 of 7, 1–5 of
 * 10), and the scores between are neutral.
 */
export function splitOf(metric: Metric): { readonly good: number; readonly mid: number } {
  if (metric.kind === 'nps') return { good: 9, mid: 7 };
  if (metric.kind === 'ces') return { good: 5, mid: 4 };
  return { good: metric.max - 1, mid: Math.ceil((metric.min + metric.max) / 2) };
}
