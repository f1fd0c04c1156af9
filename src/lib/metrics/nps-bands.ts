/**
 * Interpretation bands for NPS.
 *
 * These cut-offs are a widely used rule of thumb, not a finding of the site's sources; they
 * give owners a first plain reading of the number. Ranges are half-open and apply to the value
 * given: 29.96 is "Cukup", so the page passes the value as displayed ("30,0" reads "Baik").
 */
import { bandOf, type Band } from './bands';

export type NpsBandId = 'negative' | 'fair' | 'good' | 'very-good' | 'excellent';

export type NpsBand = Band<NpsBandId>;

/** All bands from lowest to highest, for a legend; their words are `npsBandWords` in src/i18n/id-nps.ts. */
export const NPS_BANDS: readonly NpsBand[] = [
  { id: 'negative', min: null, max: 0 },
  { id: 'fair', min: 0, max: 30 },
  { id: 'good', min: 30, max: 50 },
  { id: 'very-good', min: 50, max: 70 },
  { id: 'excellent', min: 70, max: null },
];

/** The band an NPS (in points, −100…100) falls into; NaN is treated as 0. */
export function npsBand(nps: number): NpsBand {
  return bandOf(NPS_BANDS, Number.isNaN(nps) ? 0 : nps);
}
