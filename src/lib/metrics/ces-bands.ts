/**
 * Reading bands for CES 2.0: the mean agreement on 1–7 with "the business made it easy for me
 * to handle my issue" (7 = strongly agree, very easy).
 *
 * The cut-offs are a rule of thumb, not a standard or a finding of the site's sources: 4 is
 * "neither agree nor disagree" and 5 "somewhat agree", so a mean under 4.5 leans to neutral or
 * worse, and one of 6 or more means most answers were "agree" or "strongly agree".
 */
import { bandOf, type Band } from './bands';

export type CesBandId = 'hard' | 'fair' | 'easy' | 'very-easy';
export type CesBand = Band<CesBandId>;

/** All bands from lowest to highest; their words are `cesBandWords` in src/i18n/id-ces.ts. */
export const CES_BANDS: readonly CesBand[] = [
  { id: 'hard', min: null, max: 4.5 },
  { id: 'fair', min: 4.5, max: 5.5 },
  { id: 'easy', min: 5.5, max: 6 },
  { id: 'very-easy', min: 6, max: null },
];

/** The band of a CES mean (1–7); NaN falls into the lowest band. */
export function cesBand(mean: number): CesBand {
  return bandOf(CES_BANDS, mean);
}
