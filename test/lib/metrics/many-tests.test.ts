import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../../src/lib/metrics/many-tests';

describe('Benjamini–Hochberg', () => {
  it("gives R's p.adjust(p, 'BH') (values from test/lib/metrics/reference.py)", () => {
    const p = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];
    const expected = [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.10571428571428572, 0.216, 0.216, 0.216];
    benjaminiHochberg(p).forEach((value, i) => expect(value).toBeCloseTo(expected[i]!, 14));
  });

  it('keeps the input order, skips untested entries, and one test stays as it is', () => {
    expect(benjaminiHochberg([0.04, null, 0.01])).toEqual([0.04, null, 0.02]);
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([])).toEqual([]);
    expect(benjaminiHochberg([Number.NaN, 0.01])).toEqual([1, 0.02]);
  });

  it('never lowers a p-value, stays within [0, 1] and keeps the order of the raw values', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }), { maxLength: 200 }), (ps) => {
        const adjusted = benjaminiHochberg(ps);
        ps.forEach((p, i) => {
          const a = adjusted[i];
          if (p === null) return expect(a).toBeNull();
          expect(a).not.toBeNull();
          expect(a!).toBeGreaterThanOrEqual(p);
          expect(a!).toBeLessThanOrEqual(1);
          ps.forEach((q, j) => {
            if (q !== null && q <= p) expect(adjusted[j]!).toBeLessThanOrEqual(a!);
          });
        });
      }),
    );
  });
});
