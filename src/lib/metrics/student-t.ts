/**
 * Student's t distribution, for Welch's test of two CES means and the CES interval.
 *
 * The two-sided tail is the regularized incomplete beta function,
 * P(|T| ≥ |t|) = I_x(ν/2, ½) with x = ν/(ν + t²) (Abramowitz & Stegun 26.7.1 with 26.5.27),
 * evaluated by its continued fraction (Lentz's method, as in Numerical Recipes §6.4), so small
 * p-values are computed directly rather than as 1 − something. Degrees of freedom need not be
 * whole: Welch–Satterthwaite's are not. Checked against published t-table quantiles and against
 * an independent quadrature (test/lib/metrics/reference.py).
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos, g = 7): relative error near 1e-15. */
export function logGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i += 1) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

const TINY = 1e-300;

/** The continued fraction of I_x(a, b), converging fast for x < (a + 1)/(a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  // Worst case about √max(a, b) steps: a = 500,000 (a million answers) still ends well inside.
  for (let m = 1; m <= 100_000; m += 1) {
    const m2 = 2 * m;
    let step = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 + step * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + step / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    step = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 + step * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + step / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return h;
}

/** Regularized incomplete beta I_x(a, b) for a, b > 0, x in [0, 1]. */
export function regularizedBeta(x: number, a: number, b: number): number {
  if (!(x > 0)) return 0;
  if (x >= 1) return 1;
  const logFront = a * Math.log(x) + b * Math.log1p(-x) - (logGamma(a) + logGamma(b) - logGamma(a + b));
  if (x < (a + 1) / (a + b + 2)) return (Math.exp(logFront) * betaFraction(x, a, b)) / a;
  return 1 - (Math.exp(logFront) * betaFraction(1 - x, b, a)) / b;
}

/**
 * Two-sided p-value of a t statistic with `df` degrees of freedom: P(|T| ≥ |t|), in [0, 1].
 * An infinite t gives 0, NaN gives 1; `df` must be positive (callers check).
 */
export function tTwoSided(t: number, df: number): number {
  if (Number.isNaN(t) || !(df > 0)) return 1;
  if (!Number.isFinite(t)) return 0;
  const x = df / (df + t * t);
  return Math.min(1, Math.max(0, regularizedBeta(x, df / 2, 0.5)));
}

/** Density of Student's t at `t`. */
function tDensity(t: number, df: number): number {
  const logNorm = logGamma((df + 1) / 2) - logGamma(df / 2) - 0.5 * Math.log(df * Math.PI);
  return Math.exp(logNorm - ((df + 1) / 2) * Math.log1p((t * t) / df));
}

/**
 * The t value with `twoSided` probability beyond ±t (0.05 gives the 97.5th percentile, the
 * multiplier of a 95% interval). Newton's method from the normal value, kept inside a
 * shrinking bracket so it cannot wander.
 */
export function tCritical(twoSided: number, df: number): number {
  if (!(df > 0)) return Number.POSITIVE_INFINITY;
  let low = 0;
  let high = 1;
  while (tTwoSided(high, df) > twoSided) high *= 2;
  let t = Math.min(Math.max(1.96, low), high);
  for (let i = 0; i < 30; i += 1) {
    const excess = tTwoSided(t, df) - twoSided;
    if (excess > 0) low = t;
    else high = t;
    // d/dt of the two-sided tail is −2·density.
    let next = t + excess / (2 * tDensity(t, df));
    if (!(next > low && next < high)) next = (low + high) / 2;
    // 1e-10 relative, far below the two decimals shown: at a million degrees of freedom ln B(ν/2, ½)
    // loses about nine digits to cancellation, so Newton's steps do not settle much finer.
    if (Math.abs(next - t) <= 1e-10 * t) return next;
    t = next;
  }
  return t;
}
