/**
 * One figure per group of answers, by the calculators' own methods: NPS with its adjusted-Wald
 * interval, CSAT (top two boxes) with its Wilson interval, CES as the mean on 1–7 with Student's
 * t interval, mean ± t(0.975, n − 1)·s/√n, as R's `t.test(x)` gives it (the CES calculator shows
 * no interval). An interval that reaches past the scale is cut at its end, and the figure says
 * so (`capped`), so the page can tell the reader: a mean of 1–7 answers cannot lie beyond 7,
 * so the cut loses no coverage, and a printed 7,08 would read as a possible score.
 * Counts are per score: `counts[i]` answers with score `min + i`.
 */
import { cesBand } from '../metrics/ces-bands';
import { cesFromCounts } from '../metrics/ces';
import { csatBand } from '../metrics/csat-bands';
import { csatFromCounts } from '../metrics/csat';
import { npsFromHistogram } from '../metrics/nps';
import { tCritical } from '../metrics/student-t';
import type { Band, BandIds } from '../metrics/bands';
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
  /** The figure's reading band (its words: `bandKey`). */
  readonly band: Band<BandIds[keyof BandIds]>;
  /** Which end of the interval was cut at the end of the scale (NPS ±100, CES 1 or 7), if any. */
  readonly capped: 'low' | 'high' | 'both' | null;
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
    const { low, high } = r.value.interval;
    // The adjusted-Wald interval arrives already cut at ±100: reaching either end means it was.
    return { n: r.value.total, value: r.value.nps, low, high, band: r.value.band, capped: capped(low <= -100, high >= 100), ...moods };
  }
  if (metric.kind === 'csat') {
    const r = csatFromCounts({ scale: metric.max, counts: list });
    if (!r.ok) return null;
    const v = r.value;
    return { n: v.total, value: v.percentSatisfied, low: v.interval.low, high: v.interval.high, band: csatBand(v.percentSatisfied), capped: null, ...moods };
  }
  const r = cesFromCounts(list);
  if (!r.ok) return null;
  const { variance, n } = moments(list, 1);
  const mean = r.value.mean;
  // One answer says nothing about the spread: the interval is the whole scale.
  const margin = n < 2 ? Number.POSITIVE_INFINITY : tCritical(0.05, n - 1) * Math.sqrt(variance / n);
  const low = Math.max(1, mean - margin);
  const high = Math.min(7, mean + margin);
  return { n, value: mean, low, high, band: cesBand(mean), capped: capped(mean - margin < 1, mean + margin > 7), ...moods };
}

/** Which ends of an interval were cut at the end of the scale. */
const capped = (low: boolean, high: boolean): Figure['capped'] => (low && high ? 'both' : low ? 'low' : high ? 'high' : null);
