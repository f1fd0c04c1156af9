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

  it('words a parameter that is a message, with its own parameters', () => {
    const label = { key: 'label' as never };
    expect(t('nested', { label, range: { key: 'range' as never, params: { min: 1, max: 5 } } })).toBe('Jumlah promotor harus antara 1 dan 5.');
  });

  it('shows a text parameter as typed, also when it equals a key (a column titled `label`, a trainee named `one`)', () => {
    expect(t('nested', { label: 'label', range: 'range' })).toBe('Label harus range.');
    expect(t('one', { n: 'one', total: 3 })).toBe('Soal one dari 3');
    expect(t('one', { n: 'plain', total: 'nested' })).toBe('Soal plain dari nested');
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
