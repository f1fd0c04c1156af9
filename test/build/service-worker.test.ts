// What the service worker precaches for every visitor, and what it leaves to the first use.
import { describe, expect, it } from 'vitest';
import { PRECACHE_MAX, splitBySize } from '../../src/build/service-worker';

describe('splitBySize', () => {
  it('keeps files up to the limit in the precache and leaves larger ones to the first use', () => {
    const entries = [
      { url: 'index.html', size: 15_000 },
      { url: '_astro/xlsx-CMOEhdHF.js', size: 361_694 },
      { url: 'kuis/soal/pos-01.json', size: 1_400 },
      { url: 'edge.js', size: PRECACHE_MAX },
    ];
    const { kept, later } = splitBySize(entries);
    expect(kept.map((e) => e.url)).toEqual(['index.html', 'kuis/soal/pos-01.json', 'edge.js']);
    expect(later.map((e) => e.url)).toEqual(['_astro/xlsx-CMOEhdHF.js']);
  });
});
