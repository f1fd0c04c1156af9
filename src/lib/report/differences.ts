/**
 * When the report calls a difference "bermakna": a period against the one before, a segment
 * value against all other answers. One test per metric, the calculators' own (src/lib/metrics):
 * NPS by the adjusted-Wald difference, CSAT by two proportions (Campbell's policy), CES by
 * Welch's t where Cochran's rule allows it. Then, because a trend or a column of up to 200
 * values runs many tests at once, Benjamini–Hochberg across each family, and only an adjusted
 * p under 0.05 is called bermakna. The decision and the p it rests on travel together in
 * {@link Change}; the page writes them as `data-p` and `data-bermakna`.
 */
import { countsFromHistogram } from '../metrics/nps';
import { compareNps } from '../metrics/nps-compare';
import { benjaminiHochberg } from '../metrics/many-tests';
import { compareProportions } from '../metrics/two-proportions';
import { compareMeanCounts } from '../metrics/welch';
import { moodOf } from './metric';
import type { Metric } from './metric-ids';

/**
 * Fewer answers than this and a group is marked "terlalu sedikit untuk dibaca", and no change
 * or difference involving it is tested (two answers a week would otherwise read as a swing of
 * 100 points). It is also kept out of the family the p-values are adjusted over.
 */
export const SMALL_GROUP = 30;

/** The level a p-value (after adjustment) must stay under to call a difference bermakna. */
export const ALPHA = 0.05;

export interface Difference {
  /** a − b in the figure's unit (NPS points, CSAT percentage points, CES score). */
  readonly difference: number;
  /** Two-sided p of this test alone, or null when the groups cannot be tested (CES too skewed). */
  readonly pValue: number | null;
}

/** Answers a group has, from its counts per score. */
const total = (counts: ArrayLike<number>): number => {
  let sum = 0;
  for (let i = 0; i < counts.length; i += 1) sum += counts[i]!;
  return sum;
};

/** Satisfied answers (CSAT's top boxes) in a group. */
function satisfied(metric: Metric, counts: ArrayLike<number>): number {
  let good = 0;
  for (let i = 0; i < counts.length; i += 1) if (moodOf(metric, metric.min + i) === 'good') good += counts[i]!;
  return good;
}

/** Group a against group b by the metric's own test; null when a group has no answers. */
export function compare(metric: Metric, a: ArrayLike<number>, b: ArrayLike<number>): Difference | null {
  const na = total(a);
  const nb = total(b);
  if (na === 0 || nb === 0) return null;
  if (metric.kind === 'nps') {
    const r = compareNps(countsFromHistogram(Array.from(a)), countsFromHistogram(Array.from(b)));
    return r.ok ? { difference: r.value.difference, pValue: r.value.pValue } : null;
  }
  if (metric.kind === 'csat') {
    const r = compareProportions(satisfied(metric, a), na, satisfied(metric, b), nb);
    return r && { difference: r.difference, pValue: r.pValue };
  }
  const r = compareMeanCounts(a, b, metric.min);
  return r && { difference: r.difference, pValue: r.testable ? r.pValue : null };
}

/** A difference between two groups as the report shows it. */
export interface Change {
  readonly difference: number;
  /**
   * The p-value the decision rests on: after Benjamini–Hochberg across the family (the periods
   * of one trend, or the values of one segment column). Null when not tested.
   */
  readonly pValue: number | null;
  /** The same test's p before the adjustment. */
  readonly rawP: number | null;
  /** pValue < {@link ALPHA}. */
  readonly significant: boolean;
  /** Not tested: a group under {@link SMALL_GROUP} answers, or (CES) too skewed for its size. */
  readonly tooFew: boolean;
}

/** Group a against group b, not yet adjusted for the others in its family. */
export function changeBetween(metric: Metric, a: readonly number[], b: readonly number[]): Change | null {
  const d = compare(metric, a, b);
  if (!d) return null;
  const tested = total(a) >= SMALL_GROUP && total(b) >= SMALL_GROUP && d.pValue !== null;
  const p = tested ? d.pValue : null;
  return { difference: d.difference, pValue: p, rawP: p, significant: p !== null && p < ALPHA, tooFew: !tested };
}

/** The family's tests adjusted together (Benjamini–Hochberg); untested changes stay as they are. */
export function adjustFamily(changes: readonly (Change | null)[]): (Change | null)[] {
  const adjusted = benjaminiHochberg(changes.map((c) => c?.rawP ?? null));
  return changes.map((c, i) => {
    const p = adjusted[i] ?? null;
    return c && p !== null ? { ...c, pValue: p, significant: p < ALPHA } : c;
  });
}

/** How many tests a family ran: the number the adjustment divided among. */
export const familySize = (changes: readonly (Change | null)[]): number => changes.filter((c) => c?.rawP != null).length;

/** The contract's `data-bermakna`: `ya`, `tidak`, or `kecil` (too few to test). */
export const verdictOf = (change: Change): 'ya' | 'tidak' | 'kecil' => (change.tooFew ? 'kecil' : change.significant ? 'ya' : 'tidak');
