import { describe, expect, it } from 'vitest';
import { fmt, withStop } from '../../src/i18n/fill';

describe('fmt', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fmt('Soal {n} dari {total}', { n: 3, total: 10 })).toBe('Soal 3 dari 10');
    expect(fmt('{a} dan {b}', { a: 'x' })).toBe('x dan {b}');
    expect(fmt('{toString}', {})).toBe('{toString}');
  });
});

describe('withStop', () => {
  it('ends a text with one full stop', () => {
    expect(withStop('Pelanggan internal')).toBe('Pelanggan internal.');
    expect(withStop('Kirim unit pengganti.')).toBe('Kirim unit pengganti.');
    expect(withStop('Apakah ia datang lagi?')).toBe('Apakah ia datang lagi?');
    expect(withStop('Katakan "Terima kasih."')).toBe('Katakan "Terima kasih."');
  });
});
