import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../../src/lib/format';
import { calculateChurn, convertChurn, customerLifetimeValue } from '../../../src/lib/metrics/churn';
import { codes, expectAllFinite, value } from './helpers';

describe('churn conversion', () => {
  it('monthly 5 % is yearly 45.96 % (published value)', () => {
    const r = value(convertChurn(5, 'month'));
    expect(r.yearlyPercent).toBeCloseTo(100 * (1 - 0.95 ** 12), 12);
    expect(formatPercent(r.yearlyPercent, 2)).toBe('45,96%');
    expect(r.monthlyPercent).toBe(5);
  });

  it('converts yearly back to monthly', () => {
    const r = value(convertChurn(45.963991, 'year'));
    expect(r.monthlyPercent).toBeCloseTo(5, 6);
    expect(value(convertChurn(0, 'year')).monthlyPercent).toBe(0);
    expect(value(convertChurn(100, 'year')).monthlyPercent).toBe(100);
    expect(value(convertChurn(100, 'month')).yearlyPercent).toBe(100);
  });

  it('validates the rate', () => {
    expect(codes(convertChurn(101, 'month'))).toEqual({ churn: 'out-of-range' });
    expect(codes(convertChurn(-1, 'month'))).toEqual({ churn: 'negative' });
    expect(codes(convertChurn(Number.NaN, 'month'))).toEqual({ churn: 'not-a-number' });
  });
});

describe('CLV', () => {
  it('ARPU 50, margin 70 %, churn 3 % gives 1.166,67 (published value)', () => {
    const r = value(customerLifetimeValue({ arpu: 50, marginPercent: 70, churnPercent: 3 }));
    expect(r.kind).toBe('value');
    if (r.kind === 'value') {
      expect(r.value).toBeCloseTo(3500 / 3, 10);
      expect(formatNumber(r.value, 2)).toBe('1.166,67');
    }
  });

  it('returns a tagged no-churn result instead of dividing by zero', () => {
    expect(value(customerLifetimeValue({ arpu: 50, marginPercent: 70, churnPercent: 0 })).kind).toBe('no-churn');
  });

  it('validates', () => {
    expect(codes(customerLifetimeValue({ arpu: -1, marginPercent: 120, churnPercent: 3 }))).toEqual({
      arpu: 'negative',
      margin: 'out-of-range',
    });
    expect(codes(customerLifetimeValue({ arpu: Infinity, marginPercent: 50, churnPercent: 3 }))).toEqual({
      arpu: 'too-large',
    });
  });
});

describe('calculateChurn', () => {
  it('works from start and lost', () => {
    const r = value(calculateChurn({ kind: 'lost', start: 200, lost: 10 }));
    expect(r.churnPercent).toBe(5);
    expect(r.retentionPercent).toBe(95);
    expect(r.period).toBe('month');
    expect(r.monthlyChurnPercent).toBe(5);
    expect(formatPercent(r.yearlyChurnPercent, 2)).toBe('45,96%');
    expect(r.lifetime).toEqual({ kind: 'finite', periods: 20, period: 'month' });
    expect(r.end).toBe(190);
    expect(r.newCustomers).toBeNull();
    expect(r.clv).toBeNull();
    expectAllFinite(r);
  });

  it('works from start, end and new (lost = start + new − end)', () => {
    const r = value(calculateChurn({ kind: 'flow', start: 1000, end: 1020, newCustomers: 50 }, { period: 'year' }));
    expect(r.lost).toBe(30);
    expect(r.churnPercent).toBe(3);
    expect(r.yearlyChurnPercent).toBe(3);
    expect(r.monthlyChurnPercent).toBeCloseTo(100 * (1 - 0.97 ** (1 / 12)), 12);
    expect(r.lifetime).toEqual({ kind: 'finite', periods: 1000 / 30, period: 'year' });
  });

  it('adds CLV when ARPU and margin are given', () => {
    const r = value(calculateChurn({ kind: 'lost', start: 100, lost: 3 }, { arpu: 50, marginPercent: 70 }));
    expect(r.clv?.kind).toBe('value');
    if (r.clv?.kind === 'value') expect(formatNumber(r.clv.value, 2)).toBe('1.166,67');
  });

  it('handles zero churn without Infinity', () => {
    const r = value(calculateChurn({ kind: 'lost', start: 100, lost: 0 }, { arpu: 50, marginPercent: 70 }));
    expect(r.lifetime).toEqual({ kind: 'no-churn' });
    expect(r.clv).toEqual({ kind: 'no-churn', arpu: 50, marginPercent: 70 });
    expectAllFinite(r);
  });

  it('validates with the documented codes', () => {
    expect(codes(calculateChurn({ kind: 'lost', start: 0, lost: 0 }))).toEqual({ start: 'zero-total' });
    expect(codes(calculateChurn({ kind: 'lost', start: 10, lost: 11 }))).toEqual({ lost: 'lost-exceeds-start' });
    expect(codes(calculateChurn({ kind: 'lost', start: -1, lost: 1.5 }))).toEqual({
      start: 'negative',
      lost: 'not-whole',
    });
    expect(codes(calculateChurn({ kind: 'flow', start: 10, end: 30, newCustomers: 5 }))).toEqual({
      end: 'end-exceeds-available',
    });
    expect(codes(calculateChurn({ kind: 'flow', start: 10, end: 2, newCustomers: 20 }))).toEqual({
      end: 'lost-exceeds-start',
    });
    expect(codes(calculateChurn({ kind: 'lost', start: 10, lost: 1 }, { arpu: 50 }))).toEqual({ margin: 'empty' });
    expect(codes(calculateChurn({ kind: 'lost', start: 10, lost: 1 }, { marginPercent: 50 }))).toEqual({
      arpu: 'empty',
    });
    expect(codes(calculateChurn({ kind: 'lost', start: 10, lost: 20 }, { arpu: -5, marginPercent: 50 }))).toEqual({
      lost: 'lost-exceeds-start',
      arpu: 'negative',
    });
  });
});
