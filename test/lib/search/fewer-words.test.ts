import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fewerWords } from '../../../src/lib/search/fewer-words';

describe('fewerWords', () => {
  it('drops filler words first, then one topic word at a time', () => {
    expect(fewerWords('mau lapor ke BPSK')).toEqual(['lapor BPSK', 'lapor', 'BPSK']);
    expect(fewerWords('gimana balas review jelek banget')).toEqual([
      'balas review jelek',
      'balas review',
      'balas jelek',
      'review jelek',
      'balas',
      'review',
      'jelek',
    ]);
  });

  it('tries single words of a two-word query in typed order', () => {
    expect(fewerWords('loyal zqxwv')).toEqual(['loyal', 'zqxwv']);
  });

  it('offers nothing for one word, and ignores repeats and extra spaces', () => {
    expect(fewerWords('refund')).toEqual([]);
    expect(fewerWords('  refund   Refund ')).toEqual([]);
    expect(fewerWords('')).toEqual([]);
  });

  it('keeps filler words when a query is only filler', () => {
    expect(fewerWords('apa itu')).toEqual(['apa', 'itu']);
  });

  it('never repeats the query, never repeats a candidate, and keeps to the limit', () => {
    const word = fc.constantFrom('mau', 'lapor', 'ke', 'BPSK', 'review', 'jelek', 'nps', 'turun', 'yang', 'cara');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 9 }), fc.integer({ min: 1, max: 20 }), (ws, max) => {
        const query = ws.join(' ');
        const out = fewerWords(query, max);
        expect(out.length).toBeLessThanOrEqual(max);
        expect(new Set(out).size).toBe(out.length);
        const typed = new Set(ws.map((w) => w.toLowerCase()));
        for (const q of out) {
          expect(q.split(' ').length).toBeLessThan(typed.size);
          for (const w of q.split(' ')) expect(typed.has(w.toLowerCase())).toBe(true);
        }
      }),
    );
  });
});
