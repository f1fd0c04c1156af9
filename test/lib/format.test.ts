import { describe, expect, it } from 'vitest';
import {
  MINUS,
  NO_VALUE,
  displayed,
  formatCount,
  formatNumber,
  prepareFormatters,
  formatPercent,
  formatPValue,
  formatRange,
  formatSigned,
} from '../../src/lib/format';

describe('prepareFormatters', () => {
  it('builds the formatters ahead of need without changing what they write', () => {
    prepareFormatters();
    prepareFormatters();
    expect(formatNumber(1234.56, 1)).toBe('1.234,6');
    expect(formatNumber(-0.04, 1)).toBe('0,0');
    expect(formatCount(1000000)).toBe('1.000.000');
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
    expect(formatRange(-6.27, 25.69)).toBe('−6,3 dan 25,7');
    expect(formatRange(73.91, 84.95, 1, '%')).toBe('73,9% dan 85,0%');
    expect(formatPValue(0.0794)).toBe('0,079');
    expect(formatPValue(0.00001)).toBe('< 0,001');
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
