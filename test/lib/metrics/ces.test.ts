import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../../src/lib/format';
import { cesFromCounts, cesFromScores } from '../../../src/lib/metrics/ces';
import { codes, expectAllFinite, value } from './helpers';

describe('CES', () => {
  const published = [80, 210, 140, 110, 160, 180, 120];

  it('counts for 1…7 = 80, 210, 140, 110, 160, 180, 120 give mean 4,08 (published value)', () => {
    const r = value(cesFromCounts(published));
    expect(r.total).toBe(1000);
    expect(r.mean).toBeCloseTo(4.08, 12);
    expect(formatNumber(r.mean, 2)).toBe('4,08');
    expect(r.agreeing).toBe(460);
    expect(r.percentAgreeing).toBeCloseTo(46, 12);
    expect(r.neutral).toBe(110);
    expect(r.disagreeing).toBe(430);
    expect(r.percentAgreeing + r.percentNeutral + r.percentDisagreeing).toBeCloseTo(100, 12);
    expect(r.distribution[0]).toEqual({ score: 1, count: 80, percent: 8 });
    expect(r.distribution[6]).toEqual({ score: 7, count: 120, percent: 12 });
    expectAllFinite(r);
  });

  it('agrees between counts and raw scores', () => {
    expect(value(cesFromScores([7, 5, 5, 1, 4]))).toEqual(value(cesFromCounts([1, 0, 0, 1, 2, 0, 1])));
  });

  it('validates', () => {
    expect(codes(cesFromCounts([1, 2, 3]))).toEqual({ counts: 'wrong-length' });
    expect(codes(cesFromCounts([0, 0, 0, 0, 0, 0, 0]))).toEqual({ total: 'zero-total' });
    expect(codes(cesFromCounts([0, 0, 0, 0.5, 0, 0, 0]))).toEqual({ 'counts.4': 'not-whole' });
    expect(codes(cesFromScores([0, 8]))).toEqual({ scores: 'out-of-range' });
  });
});
