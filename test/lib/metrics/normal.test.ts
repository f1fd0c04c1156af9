import { describe, expect, it } from 'vitest';
import { erfc, normalCdf, twoSidedPValue } from '../../../src/lib/metrics/normal';

// Reference values from C's erfc (Python math.erfc), i.e. correct to double precision.
const ERFC: [number, number][] = [
  [0, 1],
  [0.5, 0.4795001221869535],
  [1, 0.15729920705028513],
  [1.2403, 0.0794220974276505],
  [2, 0.004677734981047265],
  [3, 2.2090496998585438e-5],
  [4, 1.541725790028002e-8],
  [5, 1.5374597944280351e-12],
];

describe('erfc / normal CDF', () => {
  it.each(ERFC)('erfc(%s) matches the reference far below 1e-7', (x, expected) => {
    expect(Math.abs(erfc(x) - expected)).toBeLessThan(1e-14);
    expect(Math.abs(erfc(x) - expected) / expected).toBeLessThan(1e-7);
    expect(Math.abs(erfc(-x) - (2 - expected))).toBeLessThan(1e-14);
  });

  it('gives the familiar quantiles', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 15);
    expect(normalCdf(1.96)).toBeCloseTo(0.9750021048517795, 12);
    expect(normalCdf(-1)).toBeCloseTo(0.15865525393145707, 12);
    expect(twoSidedPValue(1.96)).toBeCloseTo(0.04999579029644087, 12);
  });

  it('never returns NaN and stays in [0, 1] at the extremes', () => {
    for (const x of [Number.NaN, Infinity, -Infinity, 40, -40, 1e300]) {
      const values = [normalCdf(x), twoSidedPValue(x), erfc(x) / 2];
      for (const v of values) {
        expect(Number.isNaN(v)).toBe(false);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
    expect(twoSidedPValue(0)).toBe(1);
  });
});
