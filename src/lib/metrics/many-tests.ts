/**
 * Many differences tested at once: Benjamini–Hochberg adjusted p-values (Y. Benjamini and
 * Y. Hochberg, "Controlling the false discovery rate", JRSS B 57:289–300, 1995), as R's
 * `p.adjust(p, "BH")` gives them. With 100 branches that do not differ, about five would pass
 * p < 0.05 by chance alone; after the adjustment, calling those with adjusted p < 0.05
 * different keeps the expected share of false calls among all calls under 5 %.
 *
 * The family is whatever the caller passes: the report passes the tests of one segment column,
 * or of one trend, that were actually run (groups too small to test are not in it).
 */

/**
 * Adjusted p-values in the input's order: p₍ᵢ₎·m/i made monotone from the largest down, capped
 * at 1. `null` entries (no test) stay null and do not count in m.
 */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const tested = pValues.flatMap((p, index) => (p === null ? [] : [{ p: Number.isNaN(p) ? 1 : Math.min(1, Math.max(0, p)), index }]));
  tested.sort((a, b) => a.p - b.p);
  const adjusted: (number | null)[] = pValues.map(() => null);
  const m = tested.length;
  let running = 1;
  for (let rank = m; rank >= 1; rank -= 1) {
    const { p, index } = tested[rank - 1]!;
    running = Math.min(running, (p * m) / rank);
    // p·m/m can round a hair below p; an adjusted p is never below the raw one.
    adjusted[index] = Math.max(p, running);
  }
  return adjusted;
}
