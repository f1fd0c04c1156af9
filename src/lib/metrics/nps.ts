/**
 * Net Promoter Score from counts, an 11-bin histogram (scores 0–10) or raw scores.
 *
 * All three inputs are reduced to promoter/passive/detractor counts and go through one
 * calculation, so they can never disagree. Values stay unrounded; `format` rounds for display.
 */
import { npsBand } from './nps-bands';
import type { NpsBand } from './nps-bands';
import { adjustedWald, npsVariance, waldMargin } from './nps-stats';
import { message } from '../../i18n/message';
import { fail, fieldError, ok } from './result';
import type { Result } from './result';
import { tallyScores } from './tally';
import { checkCounts, sum } from './validate';

export interface NpsCounts {
  readonly promoters: number;
  readonly passives: number;
  readonly detractors: number;
}

export interface NpsResult {
  readonly counts: NpsCounts;
  /** Number of responses n. */
  readonly total: number;
  /** Share of each group, 0–100. */
  readonly percent: NpsCounts;
  /** The estimate: 100·(P − D)/n, in points from −100 to 100. */
  readonly nps: number;
  /** s² = pP + pD − (pP − pD)² on the −1…1 scale; feed it to {@link npsSampleSize}. */
  readonly variance: number;
  /** Standard error in NPS points, 100·√(s²/n). */
  readonly standardError: number;
  /** 95% margin of error in NPS points (plain Wald), shown as "NPS ± margin". */
  readonly marginOfError: number;
  /** 95% adjusted-Wald interval in NPS points; `centre` is the adjusted NPS, not the estimate. */
  readonly interval: { readonly low: number; readonly high: number; readonly centre: number };
  readonly band: NpsBand;
  /** Counts for scores 0…10 when the input had that detail, otherwise null. */
  readonly histogram: readonly number[] | null;
}

/** Which group a single 0–10 answer belongs to (score assumed valid). */
export function npsGroup(score: number): 'promoter' | 'passive' | 'detractor' {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

const GROUPS = ['promoters', 'passives', 'detractors'] as const;
const GROUP_LABELS = ['label.promoters', 'label.passives', 'label.detractors'] as const;

/**
 * Field names carry `suffix` so a second period (`_b`) reports errors on its own inputs.
 */
export function npsFromCounts(counts: NpsCounts, suffix = ''): Result<NpsResult> {
  const values = GROUPS.map((group) => counts[group]);
  const errors = checkCounts(
    values,
    (index) => `${GROUPS[index] ?? ''}${suffix}`,
    (index) => message(GROUP_LABELS[index] ?? 'label.count'),
    `total${suffix}`,
  );
  if (errors.length > 0) return fail(errors);
  return ok(compute(counts, null));
}

/** `histogram[s]` is the number of answers with score s, for s = 0…10. */
export function npsFromHistogram(histogram: readonly number[]): Result<NpsResult> {
  if (histogram.length !== 11) {
    return fail([
      fieldError('histogram', 'wrong-length', 'err.wrongLength', { expected: 11, min: 0, max: 10, n: histogram.length }),
    ]);
  }
  const errors = checkCounts(
    histogram,
    (score) => `histogram.${score}`,
    (score) => message('label.score', { score }),
  );
  if (errors.length > 0) return fail(errors);
  return ok(compute(countsFromHistogram(histogram), histogram));
}

/** Raw 0–10 answers in any order. */
export function npsFromScores(scores: readonly number[]): Result<NpsResult> {
  const tallied = tallyScores(scores, 0, 10);
  if (!tallied.ok) return tallied;
  return npsFromHistogram(tallied.value);
}

/** Groups an 11-bin histogram: 0–6 detractors, 7–8 passives, 9–10 promoters. */
export function countsFromHistogram(histogram: readonly number[]): NpsCounts {
  return { promoters: sum(histogram.slice(9)), passives: sum(histogram.slice(7, 9)), detractors: sum(histogram.slice(0, 7)) };
}

function compute(counts: NpsCounts, histogram: readonly number[] | null): NpsResult {
  const { promoters, passives, detractors } = counts;
  const total = promoters + passives + detractors;
  const variance = npsVariance(promoters, detractors, total);
  const interval = adjustedWald(promoters, detractors, total);
  const nps = (100 * (promoters - detractors)) / total;
  return {
    counts: { promoters, passives, detractors },
    total,
    percent: {
      promoters: (100 * promoters) / total,
      passives: (100 * passives) / total,
      detractors: (100 * detractors) / total,
    },
    nps,
    variance,
    standardError: 100 * Math.sqrt(variance / total),
    marginOfError: 100 * waldMargin(variance, total),
    interval: { low: 100 * interval.low, high: 100 * interval.high, centre: 100 * interval.centre },
    band: npsBand(nps),
    histogram,
  };
}
