import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  emptyProgress,
  loadProgress,
  mastery,
  recordSession,
  saveProgress,
  type ItemProgress,
  type Progress,
} from '../../../src/lib/quiz/progress';
import { deepFreeze, makeBank } from './fixtures';
import { QUIZ_TOPICS } from '../../../src/schemas/quiz-topics';

/** Arbitrary valid v2 progress. */
const progressArb: fc.Arbitrary<Progress> = fc.nat(500).chain((sessions) =>
  fc.record({
    v: fc.constant(2 as const),
    sessions: fc.constant(sessions),
    items: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.nat(50).chain((seen) =>
        fc.record({
          box: fc.integer({ min: 1, max: 5 }),
          seen: fc.constant(seen),
          correct: fc.integer({ min: 0, max: seen }),
          lastSession: fc.integer({ min: 0, max: sessions }),
        }),
      ),
    ),
    best: fc.dictionary(fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 100 })),
  }),
);

describe('loadProgress', () => {
  it('round-trips any valid state', () => {
    fc.assert(
      fc.property(progressArb, (p) => {
        expect(loadProgress(saveProgress(p))).toEqual(p);
      }),
    );
  });

  it('never throws, and returns a valid state for any input', () => {
    const check = (raw: string) => {
      const p = loadProgress(raw);
      expect(p.v).toBe(2);
      expect(loadProgress(saveProgress(p))).toEqual(p);
    };
    fc.assert(fc.property(fc.string(), check));
    fc.assert(fc.property(fc.jsonValue(), (v) => check(JSON.stringify(v) ?? '')));
    fc.assert(
      fc.property(fc.anything(), (v) => {
        let raw: string | undefined;
        try {
          raw = JSON.stringify(v);
        } catch {
          return;
        }
        check(raw ?? '');
      }),
    );
  });

  it('starts fresh from nothing, junk and non-objects', () => {
    for (const raw of [undefined, null, '', '{', 'null', '[]', '42', '"x"', '{}', 'true']) {
      expect(loadProgress(raw)).toEqual(emptyProgress());
    }
  });

  it('drops wrong-typed data instead of trusting it', () => {
    const ok = { v: 2, sessions: 3, items: { 'pos-01': { box: 2, seen: 2, correct: 1, lastSession: 3 } }, best: { posisi: 80 } };
    expect(loadProgress(JSON.stringify(ok))).toEqual(ok);
    const bad: unknown[] = [
      { ...ok, sessions: -1 },
      { ...ok, sessions: 1.5 },
      { ...ok, sessions: '3' },
      { ...ok, items: [] },
      { ...ok, items: { 'pos-01': { box: 0, seen: 2, correct: 1, lastSession: 3 } } },
      { ...ok, items: { 'pos-01': { box: 6, seen: 2, correct: 1, lastSession: 3 } } },
      { ...ok, items: { 'pos-01': { box: 2, seen: 1, correct: 2, lastSession: 3 } } },
      { ...ok, items: { 'pos-01': { box: 2, seen: 2, correct: 1, lastSession: 4 } } },
      { ...ok, items: { 'pos-01': { box: 2, seen: 2, correct: 1 } } },
      { ...ok, items: { 'pos-01': null } },
      { ...ok, best: { posisi: 101 } },
      { ...ok, best: { posisi: '80' } },
      { ...ok, best: null },
      { ...ok, v: '2' },
    ];
    for (const b of bad) expect(loadProgress(JSON.stringify(b)), JSON.stringify(b)).toEqual(emptyProgress());
  });

  it('starts fresh from a future version', () => {
    expect(loadProgress(JSON.stringify({ v: 3, sessions: 1, items: {}, best: {} }))).toEqual(emptyProgress());
    expect(loadProgress(JSON.stringify({ version: 2, scores: {} }))).toEqual(emptyProgress());
  });

  it('migrates v1, keeping best scores and counting attempts as sessions', () => {
    const v1 = { version: 1, scores: { posisi: { best: 70, attempts: 2 }, hubungan: { best: 100, attempts: 1 } } };
    expect(loadProgress(JSON.stringify(v1))).toEqual({ v: 2, items: {}, best: { posisi: 70, hubungan: 100 }, sessions: 3 });
    expect(loadProgress(JSON.stringify({ version: 1, scores: { posisi: { best: 'x', attempts: 1 } } }))).toEqual(emptyProgress());
    expect(loadProgress(JSON.stringify({ version: 1 }))).toEqual(emptyProgress());
  });

  it('keeps a __proto__ key as plain data', () => {
    const raw = '{"v":2,"sessions":1,"items":{"__proto__":{"box":1,"seen":1,"correct":0,"lastSession":1}},"best":{}}';
    const p = loadProgress(raw);
    expect(Object.getPrototypeOf(p.items)).toBe(Object.prototype);
    expect(Object.keys(p.items)).toEqual(['__proto__']);
  });
});

describe('recordSession', () => {
  const start = deepFreeze<Progress>({
    v: 2,
    sessions: 4,
    items: { 'pos-01': { box: 3, seen: 3, correct: 3, lastSession: 4 }, 'pos-02': { box: 2, seen: 2, correct: 1, lastSession: 2 } },
    best: { posisi: 50 },
  });

  it('moves boxes, counts answers, advances the session count and raises the best score', () => {
    const p = recordSession(start, {
      topic: 'posisi',
      retry: false,
      total: 4,
      results: [
        { id: 'pos-01', correct: false },
        { id: 'pos-02', correct: true },
        { id: 'pos-03', correct: true },
      ],
    });
    expect(p.sessions).toBe(5);
    expect(p.items['pos-01']).toEqual<ItemProgress>({ box: 1, seen: 4, correct: 3, lastSession: 5 });
    expect(p.items['pos-02']).toEqual<ItemProgress>({ box: 3, seen: 3, correct: 2, lastSession: 5 });
    expect(p.items['pos-03']).toEqual<ItemProgress>({ box: 2, seen: 1, correct: 1, lastSession: 5 });
    expect(p.best).toEqual({ posisi: 50 }); // 2 of 4 = 50, not higher
    expect(loadProgress(saveProgress(p))).toEqual(p);
  });

  it('keeps the higher best score and lets retries set none', () => {
    const all = (retry: boolean) => recordSession(start, { topic: 'posisi', retry, total: 2, results: [{ id: 'pos-01', correct: true }, { id: 'pos-02', correct: true }] });
    expect(all(false).best).toEqual({ posisi: 100 });
    expect(all(true).best).toEqual({ posisi: 50 });
    expect(all(true).sessions).toBe(5);
  });

  it('ignores a session with no checked answers', () => {
    expect(recordSession(start, { topic: 'posisi', retry: false, total: 10, results: [] })).toBe(start);
  });
});

describe('mastery', () => {
  it('gives per topic the share of items in box 3 or higher and the best score', () => {
    const bank = makeBank();
    const p: Progress = {
      v: 2,
      sessions: 5,
      items: {
        'pos-01': { box: 3, seen: 3, correct: 3, lastSession: 5 },
        'pos-02': { box: 5, seen: 6, correct: 6, lastSession: 5 },
        'pos-03': { box: 2, seen: 1, correct: 1, lastSession: 5 },
        'gone-01': { box: 5, seen: 9, correct: 9, lastSession: 5 },
      },
      best: { posisi: 90, campuran: 40 },
    };
    const m = mastery(p, bank);
    expect(m.posisi).toEqual({ total: 10, seen: 3, mastered: 2, share: 0.2, best: 90 });
    expect(m.hubungan).toEqual({ total: 10, seen: 0, mastered: 0, share: 0, best: null });
    expect(Object.keys(m)).toEqual([...QUIZ_TOPICS]);
    expect(mastery(emptyProgress(), []).penanganan).toEqual({ total: 0, seen: 0, mastered: 0, share: 0, best: null });
  });
});
