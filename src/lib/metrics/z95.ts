/**
 * The z value of every 95% interval on the site. A module of its own, apart from normal.ts, so
 * the pages that need only this number (CSAT's Wilson interval) do not load the normal
 * distribution code that only the NPS period comparison uses.
 */

/** z for a two-sided 95% interval; the spec fixes 1.96 (not 1.959964…) so results match it. */
export const Z95 = 1.96;
