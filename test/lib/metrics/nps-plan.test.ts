import { describe, expect, it } from 'vitest';
import { npsSampleSize, TYPICAL_NPS_VARIANCE } from '../../../src/lib/metrics/nps-plan';
import { codes, value } from './helpers';

describe('npsSampleSize', () => {
  it('uses the typical variance 0.67 without data', () => {
    const r = value(npsSampleSize({ marginOfError: 5 }));
    // 1.96² · 0.67 / 0.05² = 1029.5 → 1030
    expect(r.required).toBe(1030);
    expect(r.variance).toBe(TYPICAL_NPS_VARIANCE);
    expect(r.varianceSource).toBe('typical');
  });

  it('uses the variance from the user’s data', () => {
    const r = value(npsSampleSize({ marginOfError: 10, variance: 5 / 9 }));
    expect(r.required).toBe(Math.ceil((1.96 ** 2 * (5 / 9)) / 0.01));
    expect(r.varianceSource).toBe('data');
  });

  it('falls back to the typical variance when every answer is in one group (s² = 0)', () => {
    const r = value(npsSampleSize({ marginOfError: 5, variance: 0 }));
    expect(r.required).toBe(1030);
    expect(r.varianceSource).toBe('typical');
  });

  it('does not add a response for float noise on exact results', () => {
    // 1.96² · 0.25 / 0.098² = 100 exactly in real arithmetic.
    expect(value(npsSampleSize({ marginOfError: 9.8, variance: 0.25 })).required).toBe(100);
  });

  it('is consistent with the margin formula: n responses give at most the target margin', () => {
    for (const margin of [1, 2.5, 5, 7, 10, 20]) {
      const { required, variance } = value(npsSampleSize({ marginOfError: margin }));
      expect(100 * 1.96 * Math.sqrt(variance / required)).toBeLessThanOrEqual(margin + 1e-9);
      expect(100 * 1.96 * Math.sqrt(variance / (required - 1))).toBeGreaterThan(margin);
    }
  });

  it('needs at least one response and validates inputs', () => {
    expect(value(npsSampleSize({ marginOfError: 5, variance: 1e-9 })).required).toBe(1);
    expect(codes(npsSampleSize({ marginOfError: 0 }))).toEqual({ marginOfError: 'out-of-range' });
    expect(codes(npsSampleSize({ marginOfError: -3 }))).toEqual({ marginOfError: 'negative' });
    expect(codes(npsSampleSize({ marginOfError: Number.NaN, variance: 2 }))).toEqual({
      marginOfError: 'not-a-number',
      variance: 'out-of-range',
    });
  });
});
