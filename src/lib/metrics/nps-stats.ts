/**
 * The statistics behind NPS, on counts that callers have already validated.
 *
 * Kept apart from validation so the formulas can be read against the spec line by line.
 * Everything here works on the −1…1 scale; callers multiply by 100 for NPS points.
 */

import { Z95 } from './z95';

/**
 * Variance of one response's NPS contribution (+1 promoter, 0 passive, −1 detractor):
 * s² = pP + pD − (pP − pD)². Clamped at 0 because rounding can push it a hair below.
 */
export function npsVariance(promoters: number, detractors: number, total: number): number {
  const pP = promoters / total;
  const pD = detractors / total;
  return Math.max(0, pP + pD - (pP - pD) ** 2);
}

/** Plain (Wald) 95% margin of error on the −1…1 scale: 1.96·√(s²/n). */
export function waldMargin(variance: number, total: number): number {
  return Z95 * Math.sqrt(variance / total);
}

export interface Interval {
  readonly low: number;
  readonly high: number;
}

/**
 * Adjusted-Wald 95% interval (Sauro & Lewis): add 3 to n and ¾ to promoters and detractors,
 * then centre ± 1.96·√(s²/n) with the adjusted numbers, clipped to −1…1. Behaves far better
 * than the plain Wald interval for small samples and scores near ±100.
 */
export function adjustedWald(
  promoters: number,
  detractors: number,
  total: number,
): Interval & { readonly centre: number } {
  const n = total + 3;
  const p = promoters + 0.75;
  const d = detractors + 0.75;
  const centre = (p - d) / n;
  const margin = waldMargin(npsVariance(p, d, n), n);
  return { centre, low: Math.max(-1, centre - margin), high: Math.min(1, centre + margin) };
}
