/**
 * One figure per group of answers, by the calculators' own methods: NPS with its adjusted-Wald
 * interval, CSAT (top two boxes) with its Wilson interval, CES as the mean on 1–7 with a normal
 * 95% interval (the CES calculator shows no interval; this one is the textbook mean ± 1.96·s/√n).
 * Counts are per score: `counts[i]` answers with score `min + i`.
 */
import { cesBand } from '../metrics/ces-bands';
import { cesFromCounts } from '../metrics/ces';
import { csatBand } from '../metrics/csat-bands';
import { csatFromCounts } from '../metrics/csat';
import { twoSidedPValue } from '../metrics/normal';
import { countsFromHistogram, npsFromHistogram } from '../metrics/nps';
import { compareNps } from '../metrics/nps-compare';
import { Z95 } from '../metrics/z95';
import type { Band } from '../metrics/bands';
import { splitOf } from './metric-ids';
import type { Metric } from './metric-ids';

/** The split behind a score, by one answer: promoter, passive, detractor; CSAT satisfied, neutral, unhappy; CES easy, neutral, hard (splitOf). */
export type Mood = 'good' | 'mid' | 'bad';

export function moodOf(metric: Metric, score: number): Mood {
  const { good, mid } = splitOf(metric);
  return score >= good ? 'good' : score >= mid ? 'mid' : 'bad';
}

export interface Figure {
  readonly n: number;
  /** NPS points, CSAT % satisfied, or CES mean. */
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly band: Band;
  /** Answers per mood. */
  readonly good: number;
  readonly mid: number;
  readonly bad: number;
}

/** Decimals the figure is shown with, as in the calculators. */
export const decimalsOf = (metric: Metric): number => (metric.kind === 'ces' ? 2 : 1);

const sum = (values: ArrayLike<number>): number => {
  let total = 0;
  for (let i = 0; i < values.length; i += 1) total += values[i]!;
  return total;
};

/** Mean and sample variance of scores given as counts. */
function moments(counts: ArrayLike<number>, min: number): { mean: number; variance: number; n: number } {
  const n = sum(counts);
  let total = 0;
  for (let i = 0; i < counts.length; i += 1) total += counts[i]! * (min + i);
  const mean = total / n;
  let squares = 0;
  for (let i = 0; i < counts.length; i += 1) squares += counts[i]! * (min + i - mean) ** 2;
  return { mean, variance: n > 1 ? squares / (n - 1) : 0, n };
}

function moodCounts(metric: Metric, counts: ArrayLike<number>): { good: number; mid: number; bad: number } {
  const tally = { good: 0, mid: 0, bad: 0 };
  for (let i = 0; i < counts.length; i += 1) tally[moodOf(metric, metric.min + i)] += counts[i]!;
  return tally;
}

/** The figure of a group, or null when it has no answers. */
export function figureOf(metric: Metric, counts: ArrayLike<number>): Figure | null {
  const list = Array.from(counts);
  if (sum(list) === 0) return null;
  const moods = moodCounts(metric, list);
  if (metric.kind === 'nps') {
    const r = npsFromHistogram(list);
    if (!r.ok) return null;
    return { n: r.value.total, value: r.value.nps, low: r.value.interval.low, high: r.value.interval.high, band: r.value.band, ...moods };
  }
  if (metric.kind === 'csat') {
    const r = csatFromCounts({ scale: metric.max, counts: list });
    if (!r.ok) return null;
    const v = r.value;
    return { n: v.total, value: v.percentSatisfied, low: v.interval.low, high: v.interval.high, band: csatBand(v.percentSatisfied), ...moods };
  }
  const r = cesFromCounts(list);
  if (!r.ok) return null;
  const { variance, n } = moments(list, 1);
  const margin = Z95 * Math.sqrt(variance / n);
  const mean = r.value.mean;
  return { n, value: mean, low: Math.max(1, mean - margin), high: Math.min(7, mean + margin), band: cesBand(mean), ...moods };
}

export interface Difference {
  /** a − b in the figure's unit. */
  readonly difference: number;
  /** Two-sided p-value, or null when the test is undefined (no spread in either group). */
  readonly pValue: number | null;
  readonly significant: boolean;
}

/**
 * Is group a different from group b? NPS: the calculators' two-period z-test (nps-compare.ts).
 * CSAT: the same z-test on two proportions, √(p₁(1−p₁)/n₁ + p₂(1−p₂)/n₂). CES: z-test on two
 * means, √(s₁²/n₁ + s₂²/n₂). Null when a group is empty.
 */
export function compare(metric: Metric, a: ArrayLike<number>, b: ArrayLike<number>): Difference | null {
  const la = Array.from(a);
  const lb = Array.from(b);
  if (sum(la) === 0 || sum(lb) === 0) return null;
  if (metric.kind === 'nps') {
    const r = compareNps(countsFromHistogram(la), countsFromHistogram(lb));
    if (!r.ok) return null;
    return { difference: r.value.difference, pValue: r.value.pValue, significant: r.value.significant === true };
  }
  let difference: number;
  let se: number;
  if (metric.kind === 'csat') {
    const fa = figureOf(metric, la)!;
    const fb = figureOf(metric, lb)!;
    const pa = fa.good / fa.n;
    const pb = fb.good / fb.n;
    difference = 100 * (pa - pb);
    se = 100 * Math.sqrt((pa * (1 - pa)) / fa.n + (pb * (1 - pb)) / fb.n);
  } else {
    const ma = moments(la, 1);
    const mb = moments(lb, 1);
    difference = ma.mean - mb.mean;
    se = Math.sqrt(ma.variance / ma.n + mb.variance / mb.n);
  }
  if (!(se > 0)) return { difference, pValue: null, significant: false };
  const pValue = twoSidedPValue(difference / se);
  return { difference, pValue, significant: pValue < 0.05 };
}
