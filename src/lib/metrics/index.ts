/**
 * Public surface of the calculators, so UI code imports from one place. Pure and DOM-free.
 */
export type { ErrorCode, FieldError, Result } from './result';
export type { ScoreShare } from './distribution';
export { normalCdf, twoSidedPValue, erfc } from './normal';
export { Z95 } from './z95';
export { bandOf } from './bands';
export type { Band } from './bands';
export { NPS_BANDS, npsBand } from './nps-bands';
export type { NpsBand, NpsBandId } from './nps-bands';
export { CSAT_BANDS, csatBand } from './csat-bands';
export type { CsatBand, CsatBandId } from './csat-bands';
export { CES_BANDS, cesBand } from './ces-bands';
export type { CesBand, CesBandId } from './ces-bands';
export { npsFromCounts, npsFromHistogram, npsFromScores, countsFromHistogram, npsGroup } from './nps';
export type { NpsCounts, NpsResult } from './nps';
export { compareNps } from './nps-compare';
export type { NpsComparison } from './nps-compare';
export { npsSampleSize, TYPICAL_NPS_VARIANCE, MIN_MARGIN } from './nps-plan';
export type { NpsSampleSize, NpsSampleSizeInput } from './nps-plan';
export { wilsonInterval } from './wilson';
export type { PercentInterval } from './wilson';
export { csatFromCounts, csatFromScores, CSAT_SCALES, isCsatScale, defaultCsatThreshold } from './csat';
export type { CsatInput, CsatResult, CsatScale } from './csat';
export { cesFromCounts, cesFromScores, CES_SCALE, CES_AGREE_FROM } from './ces';
export type { CesResult } from './ces';
export { calculateChurn, convertChurn, customerLifetimeValue } from './churn';
export type {
  ChurnConversion,
  ChurnInput,
  ChurnOptions,
  ChurnPeriod,
  ChurnResult,
  ClvInput,
  ClvResult,
  Lifetime,
} from './churn';
