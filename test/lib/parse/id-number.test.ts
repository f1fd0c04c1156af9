import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { say } from '../../support/all-words';
import { parseCount, parseIdNumber, readIdNumber } from '../../../src/lib/parse/id-number';

function parsed(text: string, allowPercent = false): number | string {
  const r = parseIdNumber(text, { allowPercent });
  return r.ok ? r.value : (r.errors[0]?.code ?? '?');
}

describe('parseIdNumber', () => {
  it('reads Indonesian thousands and decimals', () => {
    expect(parsed('1.234')).toBe(1234);
    expect(parsed('1.234.567')).toBe(1234567);
    expect(parsed('0,75')).toBe(0.75);
    expect(parsed('1.234,5')).toBe(1234.5);
    expect(parsed('1234')).toBe(1234);
    expect(parsed(',5')).toBe(0.5);
    expect(parsed('  42 ')).toBe(42);
    expect(parsed('\u00a07\u00a0')).toBe(7);
  });

  it('applies the single-dot rule: thousands only before exactly three digits after a valid group', () => {
    expect(parsed('12.5')).toBe(12.5);
    expect(parsed('1.2345')).toBe(1.2345);
    expect(parsed('123.456')).toBe(123456);
    expect(parsed('0.500')).toBe(0.5);
    expect(parsed('1234.567')).toBe(1234.567);
    expect(parsed('.5')).toBe(0.5);
    expect(parsed('8.0')).toBe(8);
  });

  it('accepts signs, including the real minus sign, and never returns −0', () => {
    expect(parsed('-8,9')).toBe(-8.9);
    expect(parsed('−1.234')).toBe(-1234);
    expect(parsed('+3')).toBe(3);
    expect(Object.is(parsed('-0'), 0)).toBe(true);
  });

  it('handles the percent suffix only when allowed', () => {
    expect(parsed('70%', true)).toBe(70);
    expect(parsed('12,5 %', true)).toBe(12.5);
    expect(parsed('70', true)).toBe(70);
    expect(parsed('70%')).toBe('not-a-number');
    const r = parseIdNumber('70%');
    if (!r.ok) expect(r.errors[0] && say(r.errors[0].message)).toBe('Tulis angkanya saja, tanpa tanda %.');
  });

  it('rejects what it cannot read unambiguously', () => {
    for (const text of ['abc', '1,234.5', '1.2.3', '1.23.456', '5,', '1,2,3', '1 234', '1e5', '0x10', 'Infinity', '-', '.', '12..3']) {
      expect(parsed(text), text).toBe('not-a-number');
    }
    expect(parsed('')).toBe('empty');
    expect(parsed('   ')).toBe('empty');
    expect(parsed('9'.repeat(400))).toBe('too-large');
    const r = parseIdNumber('abc', { field: 'arpu' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]?.field).toBe('arpu');
      expect(r.errors[0] && say(r.errors[0].message)).toBe('“abc” bukan angka. Contoh penulisan yang benar: 1.234 atau 0,75.');
    }
  });

  it('matches Number() exactly for short decimals and long fallbacks', () => {
    fc.assert(
      fc.property(fc.nat({ max: 999_999 }), fc.nat({ max: 999_999_999 }), (whole, fraction) => {
        const text = `${whole},${fraction}`;
        expect(readIdNumber(text)).toBe(Number(`${whole}.${fraction}`));
      }),
    );
    expect(readIdNumber('12345678901234567890,5')).toBe(12345678901234567890.5);
    expect(readIdNumber('0,1234567890123456789')).toBe(0.1234567890123456789);
  });

  it('round-trips Intl id-ID formatting of whole numbers and decimals', () => {
    const format = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 });
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.nat({ max: 999 }), (whole, thousandths) => {
        const value = whole + Math.sign(whole || 1) * (thousandths / 1000);
        const text = format.format(value);
        expect(readIdNumber(text.replace('-', '−'))).toBeCloseTo(value, 6);
      }),
    );
  });
});

describe('parseCount', () => {
  const code = (text: string): number | string => {
    const r = parseCount(text);
    return r.ok ? r.value : (r.errors[0]?.code ?? '?');
  };

  it('accepts whole non-negative counts', () => {
    expect(code('0')).toBe(0);
    expect(code('1.234')).toBe(1234);
    expect(code(' 12 ')).toBe(12);
    expect(code('3,0')).toBe(3);
  });

  it('explains each failure in Indonesian', () => {
    const message = (text: string): string => {
      const r = parseCount(text, 'promoters');
      if (r.ok) return 'ok';
      expect(r.errors[0]?.field).toBe('promoters');
      return r.errors[0] ? say(r.errors[0].message) : '';
    };
    expect(code('')).toBe('empty');
    expect(message('')).toMatch(/kosong/);
    expect(code('-3')).toBe('negative');
    expect(message('-3')).toMatch(/negatif/);
    expect(code('2,5')).toBe('not-whole');
    expect(message('2,5')).toMatch(/bilangan bulat/);
    expect(code('dua')).toBe('not-a-number');
    expect(message('dua')).toMatch(/bukan angka/);
    expect(code('12.5')).toBe('not-whole');
    expect(code('9'.repeat(20))).toBe('too-large');
  });
});
