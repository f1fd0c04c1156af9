import { describe, expect, it } from 'vitest';
import { searchWordsSchema } from '../../../src/schemas/search-words';
import { pageWordsMeta, sectionWordProblems } from '../../../src/lib/search/search-words';

describe('kata_lain front matter', () => {
  it('accepts page and section words as owners type them', () => {
    const words = searchWordsSchema.parse({ halaman: ['komplain', 'review jelek', 'COD'], bagian: { 'keluhan-lewat-whatsapp': ['komplain WA'] } });
    expect(words.halaman).toEqual(['komplain', 'review jelek', 'COD']);
  });

  it('names the item that is wrong', () => {
    const r = searchWordsSchema.safeParse({ halaman: ['komplain', 'Komplain', 'lapor, mengadu', 'x'], bagian: { 'Bukan Id': ['chat'] }, lain: 1 });
    expect(r.success).toBe(false);
    const issues = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^halaman\.1: "Komplain" is listed twice/),
        expect.stringMatching(/^halaman\.2: No commas/),
        expect.stringMatching(/^halaman\.3: Too short/),
        expect.stringMatching(/^bagian\.Bukan Id: /),
        expect.stringMatching(/lain/),
      ]),
    );
  });

  it('reports section keys that name no heading, with file and field', () => {
    const words = { bagian: { 'keluhan-lewat-whatsapp': ['komplain WA'], 'tidak-ada': ['chat'] } };
    expect(sectionWordProblems('content/panduan/x.mdx', words, new Set(['keluhan-lewat-whatsapp', 'sumber']))).toEqual([
      'content/panduan/x.mdx › kata_lain.bagian.tidak-ada: no heading has this id (headings: keluhan-lewat-whatsapp, sumber)',
    ]);
    expect(sectionWordProblems('x', undefined, new Set())).toEqual([]);
  });

  it('writes page words as one inline Pagefind metadata value', () => {
    expect(pageWordsMeta('kata_lain', { halaman: ['komplain', 'review jelek'] })).toBe('kata_lain:komplain, review jelek');
    expect(pageWordsMeta('kata_lain', { bagian: { a: ['b'] } })).toBeUndefined();
  });
});
