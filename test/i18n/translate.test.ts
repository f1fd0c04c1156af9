import { describe, expect, expectTypeOf, it } from 'vitest';
import { message } from '../../src/i18n/message';
import { translator, type ParamsOf, type Placeholders } from '../../src/i18n/translate';

const words = {
  plain: 'Hasil',
  one: 'Soal {n} dari {total}',
  capital: '{Label} harus berupa angka.',
  label: 'jumlah promotor',
  range: 'antara {min} dan {max}',
  nested: '{Label} harus {range}.',
} as const;
const t = translator(words);

describe('translator', () => {
  it('fills each {name} and leaves a text without placeholders as it is', () => {
    expect(t('plain')).toBe('Hasil');
    expect(t('one', { n: 3, total: 10 })).toBe('Soal 3 dari 10');
  });

  it('starts a {Name} value with a capital, from the parameter named in lower case', () => {
    expect(t('capital', { label: 'jumlah' })).toBe('Jumlah harus berupa angka.');
  });

  it('words a parameter that is a key of its dictionary, or a message, with the same parameters', () => {
    expect(t('nested', { label: 'label', range: 'range', min: 0, max: 10 })).toBe('Jumlah promotor harus antara 0 dan 10.');
    expect(t('nested', { label: 'label', range: { key: 'range' as never, params: { min: 1, max: 5 } } })).toBe('Jumlah promotor harus antara 1 dan 5.');
  });

  it('ends when a parameter names a key whose text names that parameter again (a crafted link)', () => {
    expect(t('one', { n: 'one', total: 3 })).toBe('Soal Soal {n} dari 3 dari 3');
  });

  it('words a message, and falls back to the key (not a blank) for a key its dictionaries lack', () => {
    const other = translator({ 'miss.link': 'Periksa tautannya.' } as const);
    expect(other(message('miss.link'))).toBe('Periksa tautannya.');
    expect(other(message('err.fieldEmpty'))).toBe('err.fieldEmpty');
  });

  it('leaves a placeholder without a value as written', () => {
    expect(translator({ x: '{a} dan {b}' } as const)({ key: 'x' as never, params: { a: 'satu' } })).toBe('satu dan {b}');
  });

  it('merges dictionaries, each translator its own (no shared table)', () => {
    const a = translator({ k: 'A' } as const);
    const b = translator({ k: 'B' } as const, { l: 'L' } as const);
    expect([a('k'), b('k'), b('l')]).toEqual(['A', 'B', 'L']);
    expect(a({ key: 'l' as never })).toBe('l');
  });

  it('types keys and parameters: an unknown key or a missing parameter does not compile', () => {
    expectTypeOf<Placeholders<'{Label} harus {range}.'>>().toEqualTypeOf<'Label' | 'range'>();
    expectTypeOf<ParamsOf<'Hasil'>>().toEqualTypeOf<[]>();
    // @ts-expect-error: no such key
    t('nothing');
    // @ts-expect-error: {n} and {total} are not given
    t('one');
    // @ts-expect-error: {total} is missing
    t('one', { n: 1 });
    // @ts-expect-error: `Label` is filled from `label`
    t('capital', { Label: 'x' });
    // @ts-expect-error: a message needs its key's parameters too
    message('err.badNumber');
    expect(message('err.badNumber', { text: 'x' }).params).toEqual({ text: 'x' });
  });
});
