// The trainer's link: what a link means, what a damaged one turns into, and the round trip.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../../src/lib/quiz/rng';
import {
  FEEDBACK_MODES,
  isTrainerLink,
  newTrainerSeed,
  parseTrainerLink,
  trainerLink,
  trainerQuery,
  type TrainerParams,
} from '../../../src/lib/quiz/trainer-link';

/** Topics and item counts as a bank of 14 per topic gives them, in bank order. */
const COUNTS = { posisi: 14, hubungan: 14, karakter: 14, dasar: 14, istilah: 14, penanganan: 16 };
const TOPICS = Object.keys(COUNTS);
const keys = (search: string) => parseTrainerLink(search, COUNTS).problems.map((p) => p.key);

describe('parseTrainerLink', () => {
  it('reads a whole link as written, with nothing to report', () => {
    expect(parseTrainerLink('?topik=posisi,hubungan&jumlah=15&seed=k3x9q2mz&umpan=akhir', COUNTS)).toEqual({
      params: { topics: ['posisi', 'hubungan'], size: 15, seed: 'k3x9q2mz', feedback: 'akhir' },
      problems: [],
      count: 15,
    });
  });

  it('puts topics in bank order without repeats, and accepts a plain form’s repeated topik', () => {
    const a = parseTrainerLink('?topik=istilah,posisi,posisi&jumlah=5&seed=x', COUNTS);
    const b = parseTrainerLink('?topik=posisi&topik=istilah&jumlah=5&seed=x&umpan=langsung', COUNTS);
    expect(a.params.topics).toEqual(['posisi', 'istilah']);
    expect(b.params).toEqual(a.params);
    expect(a.problems).toEqual([]);
  });

  it('skips unknown topics and says so; with none left it takes every topic and says that too', () => {
    const some = parseTrainerLink('?topik=posisi,ngawur&jumlah=10&seed=x', COUNTS);
    expect(some.params.topics).toEqual(['posisi']);
    expect(some.problems).toEqual([{ key: 'trainer.topicUnknown', values: { topics: 'ngawur' } }]);
    const none = parseTrainerLink('?topik=ngawur&jumlah=10&seed=x', COUNTS);
    expect(none.params.topics).toEqual(TOPICS);
    expect(none.problems.map((p) => p.key)).toEqual(['trainer.topicUnknown', 'trainer.topicMissing']);
  });

  it('raises too small a number to 5 and reads anything but a whole number as the default 10', () => {
    const size = (jumlah: string) => parseTrainerLink(`?topik=posisi,hubungan,karakter&jumlah=${jumlah}&seed=x`, COUNTS);
    expect(size('0').params.size).toBe(5);
    expect(size('0').problems).toEqual([{ key: 'trainer.sizeRange', values: { given: '0', used: 5 } }]);
    expect(size('12,5').problems).toEqual([{ key: 'trainer.sizeNotWhole', values: { given: '12,5', used: 10 } }]);
    expect(size('12,5').params.size).toBe(10);
    expect(size('abc').problems[0]?.key).toBe('trainer.sizeNotWhole');
    expect(size('5').problems).toEqual([]);
    expect(size('30').problems).toEqual([]);
    expect(parseTrainerLink('?topik=posisi&seed=x', COUNTS).problems).toEqual([{ key: 'trainer.sizeMissing', values: { used: 10 } }]);
  });

  it('reads a negative number as out of range, taking the nearest bound as the README says', () => {
    const negative = parseTrainerLink('?topik=posisi,hubungan&jumlah=-5&seed=x', COUNTS);
    expect(negative.params.size).toBe(5);
    expect(negative.problems).toEqual([{ key: 'trainer.sizeRange', values: { given: '-5', used: 5 } }]);
    expect(parseTrainerLink('?topik=posisi&jumlah=%2B7&seed=x', COUNTS).params.size).toBe(7);
  });

  it('plays every available item when a link asks for more, with a plain note instead of a problem', () => {
    const more = parseTrainerLink('?topik=posisi&jumlah=20&seed=x', COUNTS);
    expect(more.problems).toEqual([]);
    expect(more.count).toBe(14);
    expect(more.capped).toEqual({ asked: '20', used: 14, limit: 'available' });
    const huge = parseTrainerLink('?topik=posisi,hubungan&jumlah=999&seed=x', COUNTS);
    expect(huge.problems).toEqual([]);
    expect(huge.params.size).toBe(30);
    expect(huge.count).toBe(28);
    expect(huge.capped).toEqual({ asked: '999', used: 28, limit: 'available' });
    const max = parseTrainerLink('?topik=posisi,hubungan,karakter&jumlah=500&seed=x', COUNTS);
    expect(max.problems).toEqual([]);
    expect(max.count).toBe(30);
    expect(max.capped).toEqual({ asked: '500', used: 30, limit: 'max' });
    expect(parseTrainerLink('?topik=posisi&jumlah=14&seed=x', COUNTS).capped).toBeUndefined();
  });

  it('says which value it used when a parameter is given twice, and that the other is ignored', () => {
    const twice = parseTrainerLink('?topik=posisi&jumlah=5&jumlah=20&seed=aaa&seed=bbb&umpan=akhir&umpan=langsung', COUNTS);
    expect(twice.params).toEqual({ topics: ['posisi'], size: 5, seed: 'aaa', feedback: 'akhir' });
    expect(twice.problems).toEqual([
      { key: 'trainer.twice', values: { name: 'jumlah', used: '5', ignored: '20' } },
      { key: 'trainer.twice', values: { name: 'seed', used: 'aaa', ignored: 'bbb' } },
      { key: 'trainer.twice', values: { name: 'umpan', used: 'akhir', ignored: 'langsung' } },
    ]);
    // The same value twice changes nothing, so there is nothing to tell.
    expect(parseTrainerLink('?topik=posisi&jumlah=5&jumlah=5&seed=x', COUNTS).problems).toEqual([]);
  });

  it('tells a bare address from a link, however damaged', () => {
    expect(isTrainerLink('')).toBe(false);
    expect(isTrainerLink('?utm_source=wa')).toBe(false);
    expect(isTrainerLink('?seed=')).toBe(true);
    expect(isTrainerLink('?topik=posisi')).toBe(true);
    expect(isTrainerLink('?x=1&UMPAN=akhir')).toBe(false);
  });

  it('gives a missing seed a fixed default and a garbled one a seed derived from it, so one link is still one quiz', () => {
    const missing = parseTrainerLink('?topik=posisi&jumlah=5', COUNTS);
    expect(missing.params.seed).toBe('tim');
    expect(missing.problems).toEqual([{ key: 'trainer.seedMissing', values: { used: 'tim' } }]);
    const garbled = parseTrainerLink('?topik=posisi&jumlah=5&seed=%25%25rusak!', COUNTS);
    expect(garbled.params.seed).toBe(hashString('%%rusak!').toString(36));
    expect(garbled.problems).toEqual([{ key: 'trainer.seedGarbled', values: { used: garbled.params.seed } }]);
  });

  it('shows feedback after each answer unless the link says akhir; an unknown value is reported', () => {
    expect(parseTrainerLink('?topik=posisi&jumlah=5&seed=x', COUNTS).params.feedback).toBe('langsung');
    const odd = parseTrainerLink('?topik=posisi&jumlah=5&seed=x&umpan=nanti', COUNTS);
    expect(odd.params.feedback).toBe('langsung');
    expect(odd.problems).toEqual([{ key: 'trainer.feedbackUnknown', values: { given: 'nanti' } }]);
  });

  it('turns an empty address into a full quiz over every topic, saying what it assumed', () => {
    expect(parseTrainerLink('', COUNTS).params).toEqual({ topics: TOPICS, size: 10, seed: 'tim', feedback: 'langsung' });
    expect(keys('')).toEqual(['trainer.topicMissing', 'trainer.sizeMissing', 'trainer.seedMissing']);
  });

  /** Addresses as links really arrive: known and unknown names, good, damaged and odd values, repeats. */
  const value = fc.oneof(
    fc.constantFrom('posisi', 'posisi,hubungan', 'ngawur', 'posisi,,ngawur', '', '0', '5', '30', '500', '-5', '12,5', '1e1', 'abc', 'akhir', 'langsung', 'nanti', 'k3x9q2mz', '%%rusak!'),
    fc.integer({ min: -1000, max: 1000 }).map(String),
    fc.string({ maxLength: 40 }),
  );
  const pair = fc
    .tuple(fc.constantFrom('topik', 'jumlah', 'seed', 'umpan', 'TOPIK', 'lain'), value, fc.boolean())
    .map(([name, v, encoded]) => `${name}=${encoded ? encodeURIComponent(v) : v}`);
  const address = fc.oneof(
    fc.array(pair, { maxLength: 8 }).map((pairs) => `?${pairs.join('&')}`),
    fc.string({ maxLength: 200 }),
  );

  it('never throws and always gives something playable, whatever the address', () => {
    fc.assert(
      fc.property(address, (search) => {
        const { params } = parseTrainerLink(search, COUNTS);
        expect(params.topics.length).toBeGreaterThan(0);
        for (const t of params.topics) expect(TOPICS).toContain(t);
        expect(params.size).toBeGreaterThanOrEqual(5);
        expect(params.size).toBeLessThanOrEqual(30);
        expect(params.seed).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
        expect(FEEDBACK_MODES).toContain(params.feedback);
      }),
      { numRuns: 500 },
    );
  });
});

describe('trainerLink', () => {
  const params = fc.record({
    topics: fc.subarray(TOPICS, { minLength: 1 }),
    size: fc.integer({ min: 5, max: 30 }),
    seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
    feedback: fc.constantFrom(...FEEDBACK_MODES),
  });

  it('round-trips: every link the form can make reads back as the same parameters', () => {
    fc.assert(
      fc.property(params, (p: TrainerParams) => {
        const link = trainerLink(p);
        expect(link.startsWith('/kuis/latihan/?')).toBe(true);
        const back = parseTrainerLink(link.slice(link.indexOf('?')), COUNTS);
        expect(back.params).toEqual(p);
        expect(back.problems).toEqual([]);
        // Reading is canonical: writing what was read gives the same query.
        expect(trainerQuery(back.params)).toBe(trainerQuery(p));
      }),
      { numRuns: 1000 },
    );
  });

  it('writes the documented form', () => {
    expect(trainerLink({ topics: ['posisi', 'hubungan'], size: 15, seed: 'k3x9q2mz', feedback: 'akhir' })).toBe(
      '/kuis/latihan/?topik=posisi,hubungan&jumlah=15&seed=k3x9q2mz&umpan=akhir',
    );
  });

  it('makes seeds of eight base-36 characters from the random source', () => {
    expect(newTrainerSeed(() => 0)).toBe('00000000');
    expect(newTrainerSeed(() => 0.999)).toBe('zzzzzzzz');
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (r) => {
        expect(newTrainerSeed(() => r)).toMatch(/^[0-9a-z]{8}$/);
      }),
    );
  });
});
