/**
 * Per-score counts and shares, the shape every distribution chart and table in the UI reads.
 */

export interface ScoreShare {
  /** The score on the survey scale (e.g. 1…7). */
  readonly score: number;
  readonly count: number;
  /** Share of all answers, 0–100. */
  readonly percent: number;
}

/** `counts[i]` is the count of score `min + i`; `total` must be > 0 (checked by callers). */
export function distribution(counts: readonly number[], min: number, total: number): ScoreShare[] {
  return counts.map((count, index) => ({ score: min + index, count, percent: (100 * count) / total }));
}

/** Arithmetic mean of the scores described by `counts`; `total` must be > 0. */
export function meanOfCounts(counts: readonly number[], min: number, total: number): number {
  let weighted = 0;
  counts.forEach((count, index) => {
    weighted += count * (min + index);
  });
  return weighted / total;
}
