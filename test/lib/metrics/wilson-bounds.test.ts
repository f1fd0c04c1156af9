// CSAT computes its interval with the unchecked wilsonBounds; it must equal the checked
// wilsonInterval for every valid input, bit for bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csatFromCounts } from '../../../src/lib/metrics/csat';
import { wilsonBounds, wilsonInterval } from '../../../src/lib/metrics/wilson';
import { value } from './helpers';

describe('wilsonBounds', () => {
  it('equals wilsonInterval for valid counts', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1_000_000 }), fc.nat({ max: 1_000_000 }), (a, b) => {
        const total = Math.max(a, b, 1);
        const successes = Math.min(a, b);
        expect(wilsonBounds(successes, total)).toEqual(value(wilsonInterval(successes, total)));
      }),
    );
  });

  it('gives CSAT the interval wilsonInterval gives', () => {
    const r = value(csatFromCounts({ scale: 5, counts: [3, 4, 10, 50, 33] }));
    const w = value(wilsonInterval(r.satisfied, r.total));
    expect(r.interval).toEqual({ low: w.low, high: w.high });
  });
});
