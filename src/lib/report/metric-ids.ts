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

