import { describe, expect, it } from 'vitest';
import { fmt } from '../../src/i18n/fill';

describe('fmt', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fmt('Soal {n} dari {total}', { n: 3, total: 10 })).toBe('Soal 3 dari 10');
    expect(fmt('{a} dan {b}', { a: 'x' })).toBe('x dan {b}');
    expect(fmt('{toString}', {})).toBe('{toString}');
  });
});
