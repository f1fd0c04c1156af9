import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MINUS,
  NO_VALUE,
  displayed,
  formatCount,
  formatNumber,
  formatPercent,
  formatPClause,
  formatPValue,
  formatRange,
  formatSigned,
} from '../../src/lib/format';

describe('formatNumber against Intl.NumberFormat("id-ID")', () => {
  // The site writes numbers without Intl (see format.ts); these hold it to what Intl writes.
  const formatters = new Map<number, Intl.NumberFormat>();
  const intl = (value: number, d: number) => {
    if (!formatters.has(d)) formatters.set(d, new Intl.NumberFormat('id-ID', { minimumFractionDigits: d, maximumFractionDigits: d }));
    return formatters.get(d)!.format(value);
  };

  it('agrees on halves, carries, the smallest and largest doubles', () => {
    const values = [0, 0.5, 1.5, 2.5, 1.005, 2.675, 0.045, 9.995, 999.95, 999_999.5, 1e-7, 5e-324, 1e21, 1.7976931348623157e308, 123_456_789.125];
    for (const value of values) {
      for (let d = 0; d <= 20; d += 1) expect(formatNumber(value, d), `${value} with ${d} decimals`).toBe(intl(value, d));
    }
  });

  // Runs are few enough to finish in well under a second on a loaded machine; the hard cases
  // (halves, carries, extremes) are generated on purpose rather than hoped for.
  it('agrees on any finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (value, d) => {
        const expected = intl(Math.abs(value), d);
        const text = formatNumber(value, d);
        expect(text.replace(MINUS, '')).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees on survey-sized figures', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000_000, max: 100_000_000 }), fc.integer({ min: 0, max: 3 }), (thousandths, d) => {
        const value = thousandths / 1000;
        expect(formatNumber(value, d).replace(MINUS, '')).toBe(intl(Math.abs(value), d));
      }),
      { numRuns: 2_000 },
    );
  });

  it('agrees on values halfway between two roundings, where rounding goes wrong', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (k, d) => {
        // k.5 units of the last shown decimal, plus 9.95-style carries into a new digit.
        for (const value of [(k + 0.5) / 10 ** d, (Math.abs(k) * 10 + 9.5) / 10 ** (d + 1)]) {
          expect(formatNumber(value, d).replace(MINUS, ''), `${value} with ${d} decimals`).toBe(intl(Math.abs(value), d));
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('formatNumber', () => {
  it('uses Indonesian separators', () => {
    expect(formatNumber(1166.666666, 2)).toBe('1.166,67');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(1234)).toBe('1.234');
    expect(formatNumber(0.5, 2)).toBe('0,50');
    expect(formatNumber(33.3333, 1)).toBe('33,3');
  });

  it('writes negatives with a real minus sign (U+2212)', () => {
    expect(formatNumber(-8.94, 1)).toBe('−8,9');
    expect(formatNumber(-8.94, 1).charCodeAt(0)).toBe(0x2212);
    expect(MINUS).toBe('\u2212');
    expect(formatNumber(-1234.5, 1)).toBe('−1.234,5');
  });

  it('never shows a minus on a value that rounds to zero', () => {
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatNumber(-0, 0)).toBe('0');
  });

  it('never returns NaN, Infinity or undefined', () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, undefined, null]) {
      expect(formatNumber(bad, 1)).toBe(NO_VALUE);
      expect(formatPercent(bad)).toBe(NO_VALUE);
      expect(formatSigned(bad, 1)).toBe(NO_VALUE);
      expect(formatCount(bad)).toBe(NO_VALUE);
      expect(formatPValue(bad)).toBe(NO_VALUE);
      expect(formatRange(bad, 3)).toBe(NO_VALUE);
    }
    expect(NO_VALUE).toBe('—');
    expect(formatNumber(1, Number.NaN)).toBe('1');
  });
});

describe('other formats', () => {
  it('formats percents, signed changes, ranges and p-values', () => {
    expect(formatPercent(69.158)).toBe('69,2%');
    expect(formatPercent(45.96399, 2)).toBe('45,96%');
    expect(formatPercent(-3.25, 1)).toBe('−3,3%');
    expect(formatSigned(4, 1)).toBe('+4,0');
    expect(formatSigned(-8.95, 1)).toBe('−9,0');
    expect(formatSigned(0.01, 1)).toBe('0,0');
    expect(formatRange(-6.27, 25.69)).toBe('antara −6,3 dan 25,7');
    expect(formatRange(73.91, 84.95, 1, '%')).toBe('antara 73,9% dan 85,0%');
    expect(formatPValue(0.0794)).toBe('0,079');
    expect(formatPValue(0.00001)).toBe('< 0,001');
    expect(formatPClause(0.0794)).toBe('p = 0,079');
    expect(formatPClause(0.00001)).toBe('p < 0,001');
    expect(formatCount(1_000_000)).toBe('1.000.000');
  });
});

describe('displayed', () => {
  it('is the number the formatters show', () => {
    for (const [value, decimals] of [[29.96, 1], [29.94, 1], [-0.05, 1], [79.95, 1], [4.495, 2], [0.125, 2], [1.0049999, 2], [-12.35, 1], [-0.04, 1]] as const) {
      const shown = formatNumber(value, decimals).replace(MINUS, '-').replaceAll('.', '').replace(',', '.');
      expect(displayed(value, decimals)).toBe(Number(shown));
    }
    expect(displayed(29.96, 1)).toBe(30);
    expect(displayed(Number.NaN, 1)).toBeNaN();
  });
});
