import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, hashString, mulberry32, randomInt, shuffle } from '../../../src/lib/quiz/rng';

describe('rng', () => {
  it('repeats for the same seed and differs for another', () => {
    const a = createRng('kuis-posisi');
    const b = createRng('kuis-posisi');
    const c = createRng('kuis-hubungan');
    const xs = Array.from({ length: 20 }, () => a());
    expect(Array.from({ length: 20 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c())).not.toEqual(xs);
    expect(createRng(42)()).toBe(mulberry32(42)());
  });

  it('hashes strings to unsigned 32-bit integers', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const h = hashString(s);
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
        expect(hashString(s)).toBe(h);
      }),
    );
    expect(hashString('a')).not.toBe(hashString('b'));
  });

  it('yields floats in [0, 1) and integers in [0, n)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const rng = mulberry32(seed);
        for (let i = 0; i < 50; i++) {
          const x = rng();
          expect(x >= 0 && x < 1).toBe(true);
          const k = randomInt(rng, n);
          expect(Number.isInteger(k) && k >= 0 && k < n).toBe(true);
        }
      }),
    );
  });
});

describe('shuffle', () => {
  it('returns a new permutation and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.string(), (xs, seed) => {
        const before = xs.slice();
        const out = shuffle(xs, createRng(seed));
        expect(out).not.toBe(xs);
        expect(xs).toEqual(before);
        expect(out.slice().sort((p, q) => p - q)).toEqual(before.slice().sort((p, q) => p - q));
        expect(shuffle(xs, createRng(seed))).toEqual(out);
      }),
    );
  });

  it('makes every order of three about equally likely', () => {
    const rng = createRng('uniform');
    const counts = new Map<string, number>();
    const runs = 60_000;
    for (let i = 0; i < runs; i++) {
      const key = shuffle(['a', 'b', 'c'], rng).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    for (const n of counts.values()) expect(Math.abs(n - runs / 6)).toBeLessThan(runs / 6 * 0.05);
  });
});
