// A trainer's session depends on the link and the bank only: same link, same quiz, for everyone.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stubOf } from '../../../src/lib/quiz/draw';
import { sessionOutcome } from '../../../src/lib/quiz/session';
import { FEEDBACK_MODES, trainerQuery, type TrainerParams } from '../../../src/lib/quiz/trainer-link';
import { createTrainerSession, drawTrainer } from '../../../src/lib/quiz/trainer-session';
import { makeBank, makeItem } from './fixtures';

const bank = makeBank(14);
const TOPICS = ['posisi', 'hubungan', 'karakter', 'dasar', 'istilah', 'penanganan'];
const params = fc.record({
  topics: fc.subarray(TOPICS, { minLength: 1 }),
  size: fc.integer({ min: 5, max: 30 }),
  seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
  feedback: fc.constantFrom(...FEEDBACK_MODES),
});
const shape = (p: TrainerParams) => createTrainerSession(bank, p).entries.map((e) => `${e.item.id}:${e.options.map((o) => o.id).join('')}`);

describe('createTrainerSession', () => {
  it('gives the same items, order and option order for the same link', () => {
    fc.assert(
      fc.property(params, (p) => {
        expect(shape({ ...p, topics: [...p.topics] })).toEqual(shape(p));
      }),
      { numRuns: 300 },
    );
  });

  it('draws only from the chosen topics, without repeats, as many as asked or all there are', () => {
    fc.assert(
      fc.property(params, (p) => {
        const s = createTrainerSession(bank, p);
        const ids = s.entries.map((e) => e.item.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(ids.length).toBe(Math.min(p.size, 14 * p.topics.length));
        for (const e of s.entries) expect(p.topics).toContain(e.item.topic);
        expect(s.topic).toBe('latihan');
        expect(s.seed).toBe(trainerQuery(p));
      }),
      { numRuns: 300 },
    );
  });

  it('draws the same from stubs as from whole items: a page draws a link before it fetches a single item', () => {
    const stubs = bank.map(stubOf);
    fc.assert(
      fc.property(params, (p) => {
        expect(drawTrainer(stubs, p).map((s) => s.id)).toEqual(createTrainerSession(bank, p).entries.map((e) => e.item.id));
      }),
      { numRuns: 300 },
    );
  });

  it('lets topics take turns, so two topics and 15 questions give 8 and 7', () => {
    const s = createTrainerSession(bank, { topics: ['posisi', 'hubungan'], size: 15, seed: 'abc', feedback: 'langsung' });
    const per = (t: string) => s.entries.filter((e) => e.item.topic === t).length;
    expect([per('posisi'), per('hubungan')]).toEqual([8, 7]);
  });

  it('keeps a topic’s draw when another topic grows', () => {
    const grown = [...bank, makeItem('hubungan', 40), makeItem('hubungan', 41)];
    const p: TrainerParams = { topics: ['posisi'], size: 10, seed: 'tetap', feedback: 'akhir' };
    expect(createTrainerSession(grown, p).entries.map((e) => e.item.id)).toEqual(createTrainerSession(bank, p).entries.map((e) => e.item.id));
  });

  it('differs between seeds', () => {
    const p: TrainerParams = { topics: TOPICS, size: 20, seed: 'satu', feedback: 'langsung' };
    expect(shape({ ...p, seed: 'dua' })).not.toEqual(shape(p));
  });

  it('teaches the boxes but never sets a best score', () => {
    const s = createTrainerSession(bank, { topics: ['posisi'], size: 5, seed: 'x', feedback: 'langsung' });
    expect(sessionOutcome(s).retry).toBe(true);
  });
});
