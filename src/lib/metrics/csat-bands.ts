/**
 * Reading bands for CSAT, the % of satisfied answers with the default top-two-box definition.
 *
 * The cut-offs are a rule of thumb (many businesses see 75–85% as a healthy CSAT), not a
 * finding of the site's sources; they give owners a first plain reading of the number. They
 * mean little for another definition of "satisfied" (only the top box, say), so the page shows
 * them only for the default.
 */
import { bandOf, type Band } from './bands';

export type CsatBandId = 'low' | 'fair' | 'good' | 'very-good';
export type CsatBand = Band<CsatBandId>;

/** All bands from lowest to highest; their words are `csatBandWords` in src/i18n/id-csat.ts. */
export const CSAT_BANDS: readonly CsatBand[] = [
  { id: 'low', min: null, max: 70 },
  { id: 'fair', min: 70, max: 80 },
  { id: 'good', min: 80, max: 90 },
  { id: 'very-good', min: 90, max: null },
];

/** The band of a % satisfied (0–100); NaN falls into the lowest band. */
export function csatBand(percentSatisfied: number): CsatBand {
  return bandOf(CSAT_BANDS, percentSatisfied);
}
