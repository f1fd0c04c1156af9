/** Share-link encode/decode for every calculator (pure, URLSearchParams in and out). */
export { linkQuery } from './link';
export type { Decoded, LinkIssue } from './link';
export { decodeNpsLink, encodeNpsLink, EMPTY_NPS_STATE, EMPTY_NPS_COUNTS } from './nps-link';
export type { NpsCountFields, NpsInputMode, NpsLinkState } from './nps-link';
export { decodeCsatLink, encodeCsatLink, emptyCsatState, DEFAULT_CSAT_SCALE } from './csat-link';
export type { CsatLinkState } from './csat-link';
export { decodeCesLink, encodeCesLink, EMPTY_CES_STATE } from './ces-link';
export type { CesLinkState } from './ces-link';
export { decodeChurnLink, encodeChurnLink, EMPTY_CHURN_STATE } from './churn-link';
export type { ChurnLinkState } from './churn-link';
