/**
 * Wilson score 95% interval for a proportion.
 *
 * Chosen over the textbook p̂ ± 1.96·√(p̂(1−p̂)/n) because that one collapses to zero width at
 * 0% or 100% and can leave 0…100 for small samples; Wilson stays inside and is honest there.
 */
import { Z95 } from './z95';
import { message } from '../../i18n/message';
import { fail, fieldError, ok } from './result';
import type { Result } from './result';
import { checkCount } from './validate';

export interface PercentInterval {
  /** p̂ in percent. */
  readonly estimate: number;
  /** Lower bound in percent, 0–100. */
  readonly low: number;
  /** Upper bound in percent, 0–100. */
  readonly high: number;
}

/** `successes` out of `total` (whole, 0 ≤ successes ≤ total, total > 0); result in percent. */
export function wilsonInterval(successes: number, total: number): Result<PercentInterval> {
  const errors = [
    checkCount(successes, 'successes', message('label.satisfied')),
    checkCount(total, 'total', message('label.total')),
  ].filter((error) => error !== null);
  if (errors.length > 0) return fail(errors);
  if (total === 0) return fail([fieldError('total', 'zero-total', 'err.totalZero')]);
  if (successes > total) {
    return fail([
      fieldError('successes', 'out-of-range', 'err.successesExceed'),
    ]);
  }
  return ok(wilsonBounds(successes, total));
}

/**
 * The interval for counts a caller has already checked as {@link wilsonInterval} does, so a
 * calculator that validated its counts does not carry this check's messages as well.
 */
export function wilsonBounds(successes: number, total: number): PercentInterval {
  const p = successes / total;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // min/max with p̂ only guards against last-bit rounding at p̂ = 0 or 1.
  const low = Math.max(0, Math.min(p, centre - half));
  const high = Math.min(1, Math.max(p, centre + half));
  return { estimate: 100 * p, low: 100 * low, high: 100 * high };
}
