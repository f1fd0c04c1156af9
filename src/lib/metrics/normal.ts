/**
 * Standard normal distribution, needed for the two-period NPS test.
 *
 * Uses Hart's double-precision algorithm 5666 as published by Graeme West ("Better
 * approximations to cumulative normal functions", 2005). Its absolute error is near machine
 * precision (tests compare it with C's erfc to 1e-14), far inside the 1e-7 the spec asks for,
 * and it computes the small tail directly, so p-values do not lose digits to `1 - x`.
 */

const SQRT_2PI = 2.506628274631;

/** Hart's rational approximation for the near tail: numerator and denominator, highest power first. */
const NUMERATOR = [
  3.52624965998911e-2, 0.700383064443688, 6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931,
  220.206867912376,
];
const DENOMINATOR = [
  8.83883476483184e-2, 1.75566716318264, 16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831,
  793.826512519948, 440.413735824752,
];

/** The polynomial with `coefficients` (highest power first) at x, by Horner's rule. */
function horner(coefficients: readonly number[], x: number): number {
  let sum = coefficients[0] ?? 0;
  for (let i = 1; i < coefficients.length; i += 1) sum = sum * x + (coefficients[i] ?? 0);
  return sum;
}

/** Upper tail Q(x) = P(Z > x) for x >= 0; direct, so tiny tails keep their precision. */
function upperTail(xAbs: number): number {
  if (xAbs > 37) return 0;
  const e = Math.exp((-xAbs * xAbs) / 2);
  if (xAbs < 7.07106781186547) return (e * horner(NUMERATOR, xAbs)) / horner(DENOMINATOR, xAbs);
  // Continued fraction for the far tail.
  let b = xAbs + 0.65;
  b = xAbs + 4 / b;
  b = xAbs + 3 / b;
  b = xAbs + 2 / b;
  b = xAbs + 1 / b;
  return e / b / SQRT_2PI;
}

/** Φ(x) = P(Z ≤ x). Returns 0 or 1 at the extremes and 0.5 for NaN, never NaN. */
export function normalCdf(x: number): number {
  if (Number.isNaN(x)) return 0.5;
  const tail = upperTail(Math.abs(x));
  return x > 0 ? 1 - tail : tail;
}

/** Two-sided p-value for a z statistic: P(|Z| ≥ |z|), in [0, 1]. */
export function twoSidedPValue(z: number): number {
  if (Number.isNaN(z)) return 1;
  return Math.min(1, 2 * upperTail(Math.abs(z)));
}

/** erfc(x) = 2·Q(x·√2); exposed so it can be checked against published tables. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return 1;
  const tail = upperTail(Math.abs(x) * Math.SQRT2);
  return x >= 0 ? 2 * tail : 2 - 2 * tail;
}
