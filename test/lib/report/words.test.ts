import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NEGATIONS, STOPWORDS } from '../../../src/lib/report/stopwords';
import { createWordCounter, tokens } from '../../../src/lib/report/words';

describe('stopwords', () => {
  it('holds function words and chat spellings, not the words of a complaint', () => {
    for (const word of ['yang', 'dan', 'di', 'yg', 'saya', 'banget', 'sudah', 'udah']) expect(STOPWORDS.has(word), word).toBe(true);
    for (const word of ['lama', 'mahal', 'ramah', 'kasir', 'antre', 'dingin', 'kurang', 'tidak', 'waktu']) expect(STOPWORDS.has(word), word).toBe(false);
  });
  it('is lower case without repeats', () => {
    for (const word of STOPWORDS) expect(word).toBe(word.toLowerCase());
  });
});

describe('word and phrase counts', () => {
  it('drops stopwords, numbers and single letters, and reads negations as "tidak"', () => {
    // Punctuation is a break too (the null after "banget" and after "ramah").
    expect(tokens('Pelayanannya LAMA banget, yg jaga gak ramah. 2 jam!')).toEqual(['pelayanannya', 'lama', null, null, null, 'jaga', 'tidak', 'ramah', null, null, 'jam', null]);
  });
  it('splits plain ASCII by char codes exactly as the Unicode rule splits any text', () => {
    // The rule itself: lower case, split on anything not a letter or digit of any script.
    // Separators are kept by the split: one holding anything but white space is a break (null).
    const rule = (text: string) =>
      text
        .toLowerCase()
        .split(/([^\p{L}\p{N}]+)/u)
        .flatMap((raw, i) =>
          i % 2 === 1
            ? /\S/u.test(raw) ? [null] : []
            : raw === '' ? [] : [NEGATIONS.get(raw) ?? (raw.length < 2 || /^\p{N}+$/u.test(raw) || STOPWORDS.has(raw) ? null : raw)],
        );
    const pieces = ['a', 'Z', 'q', '7', '42', ' ', ',', '.', '!', '-', '_', '\t', '\n', 'yg', 'GAK', 'tidak', 'lama', 'Kasir', '2jam', 'é', 'É', 'ß', '’', '٣', '😀', 'İ', 'ñ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(tokens(text)).toEqual(rule(text));
      }),
      { numRuns: 5_000 },
    );
    expect(tokens('Kasirnya ramah, café-nya nyaman')).toEqual(['kasirnya', 'ramah', null, 'café', null, null, 'nyaman']);
  });
  it('makes no phrase across punctuation', () => {
    const counter = createWordCounter();
    counter.add('Antrean lama, kasir kurang ramah');
    counter.add('Antrean lama. Kasir kurang ramah');
    expect(counter.top(10).phrases.map((p) => p.text)).toEqual(['antrean lama', 'kasir kurang', 'kurang ramah']);
  });
  it('counts each word once per comment, and phrases seen twice or more', () => {
    const counter = createWordCounter();
    counter.add('Antrean lama, kasir gak ramah');
    counter.add('kasir tidak ramah dan antrean lama lama');
    counter.add('Makanan dingin');
    const { words, phrases } = counter.top(5);
    expect(words.slice(0, 3)).toEqual([
      { text: 'antrean', count: 2 },
      { text: 'kasir', count: 2 },
      { text: 'lama', count: 2 },
    ]);
    expect(words.find((w) => w.text === 'tidak')).toBeUndefined();
    expect(phrases).toEqual([
      { text: 'antrean lama', count: 2 },
      { text: 'tidak ramah', count: 2 },
    ]);
  });
});
