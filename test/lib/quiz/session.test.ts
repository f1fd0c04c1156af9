import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyProgress, recordSession, type Progress } from '../../../src/lib/quiz/progress';
import { answerType, contrast, drawSession, interleave, stubOf } from '../../../src/lib/quiz/draw';
import { answer, check, createSession, current, next, retryMissed, sessionOutcome, summary, type QuizSession } from '../../../src/lib/quiz/session';
import type { QuizItem } from '../../../src/schemas/quiz';
import { deepFreeze, makeBank, makeItem } from './fixtures';

const bank = deepFreeze(makeBank(12));

/** Answers the current item with `optionId`, checks, moves on. */
const play = (s: QuizSession, optionId: string) => next(check(answer(s, optionId)));
/** The right and a wrong option id for the current item. */
function ids(s: QuizSession): { right: string; wrong: string } {
  const e = current(s)!;
  return { right: e.item.answer, wrong: e.options.find((o) => o.id !== e.item.answer)!.id };
}

describe('createSession', () => {
  it('draws up to 10 items of the topic, same seed same session', () => {
    const s = createSession(bank, { topic: 'posisi', seed: 'abc' });
    expect(s.entries).toHaveLength(10);
    expect(s.entries.every((e) => e.item.topic === 'posisi')).toBe(true);
    expect(new Set(s.entries.map((e) => e.item.id)).size).toBe(10);
    expect(s).toMatchObject({ topic: 'posisi', seed: 'abc', retry: false, index: 0, phase: 'answering', feedback: null });
    expect(createSession(bank, { topic: 'posisi', seed: 'abc' })).toEqual(s);
    expect(createSession(bank, { topic: 'posisi', seed: 'abc', size: 3 }).entries).toHaveLength(3);
    expect(createSession(bank, { topic: 'posisi', seed: 'abc', size: 50 }).entries).toHaveLength(12);
  });

  it('shuffles options per item by seed, keeping them all', () => {
    const orders = new Set<string>();
    for (const seed of ['s1', 's2', 's3', 's4', 's5', 's6']) {
      const s = createSession(bank, { topic: 'hubungan', seed });
      for (const e of s.entries) {
        expect(e.options.map((o) => o.id).sort()).toEqual(e.item.options.map((o) => o.id).sort());
        if (e.item.id === 'hub-01') orders.add(e.options.map((o) => o.id).join());
      }
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it('is done at once for an empty pool', () => {
    const s = createSession([], { topic: 'posisi', seed: 'x' });
    expect(s.phase).toBe('done');
    expect(current(s)).toBeUndefined();
    expect(summary(s)).toMatchObject({ total: 0, pct: 0, mistakes: [] });
  });
});

describe('state machine', () => {
  const s0 = deepFreeze(createSession(bank, { topic: 'karakter', seed: 'flow', size: 3 }));

  it('records an answer without grading and allows changing it', () => {
    const { right, wrong } = ids(s0);
    const s1 = answer(s0, wrong);
    expect(current(s1)).toMatchObject({ chosen: wrong, result: null });
    expect(s1.phase).toBe('answering');
    expect(s1.feedback).toBeNull();
    expect(current(answer(s1, right))?.chosen).toBe(right);
    expect(current(s0)?.chosen).toBeNull(); // input untouched
  });

  it('ignores transitions that do not apply', () => {
    expect(check(s0)).toBe(s0); // nothing chosen
    expect(next(s0)).toBe(s0); // not checked
    expect(answer(s0, 'zz')).toBe(s0); // not an option
    const checked = check(answer(s0, ids(s0).right));
    expect(answer(checked, ids(s0).wrong)).toBe(checked); // locked after checking
    expect(check(checked)).toBe(checked);
  });

  it('gives feedback with the chosen and the right explanation', () => {
    const { right, wrong } = ids(s0);
    const e = current(s0)!;
    const bad = check(answer(s0, wrong));
    expect(bad.phase).toBe('checked');
    expect(bad.feedback).toEqual({
      itemId: e.item.id,
      correct: false,
      chosen: { id: wrong, text: expect.any(String), explanation: e.item.options.find((o) => o.id === wrong)!.explanation },
      right: { id: right, text: expect.any(String), explanation: e.item.options.find((o) => o.id === right)!.explanation },
      guide: e.item.guide,
    });
    expect(current(bad)?.result).toBe('wrong');
    const good = check(answer(s0, right));
    expect(good.feedback).toMatchObject({ correct: true, chosen: { id: right }, right: { id: right } });
  });

  it('walks to done and summarises score, topics and mistakes', () => {
    let s: QuizSession = s0;
    s = play(s, ids(s).right);
    expect(s).toMatchObject({ index: 1, phase: 'answering', feedback: null });
    const missed = current(s)!.item;
    s = play(s, ids(s).wrong);
    s = play(s, ids(s).right);
    expect(s.phase).toBe('done');
    expect(s.index).toBe(3);
    expect(current(s)).toBeUndefined();
    expect(next(s)).toBe(s);
    const sum = summary(s);
    expect(sum).toMatchObject({ total: 3, answered: 3, correct: 2, pct: 67, byTopic: { karakter: { total: 3, correct: 2, pct: 67 } } });
    expect(sum.mistakes).toHaveLength(1);
    expect(sum.mistakes[0]).toMatchObject({ itemId: missed.id, topic: 'karakter', question: missed.question, right: { id: missed.answer }, guide: missed.guide });
    expect(sessionOutcome(s)).toEqual({ topic: 'karakter', retry: false, total: 3, results: expect.any(Array) });
    expect(sessionOutcome(s).results.filter((r) => !r.correct).map((r) => r.id)).toEqual([missed.id]);
  });

  it('summarises a session left halfway (unanswered count as not right)', () => {
    const s = play(s0, ids(s0).right);
    expect(summary(s)).toMatchObject({ total: 3, answered: 1, correct: 1, pct: 33 });
    expect(sessionOutcome(s).results).toHaveLength(1);
  });
});

describe('retryMissed', () => {
  it('builds a retry session with only the items answered wrong', () => {
    let s = createSession(bank, { topic: 'dasar', seed: 'retry', size: 5 });
    const wrong = new Set<string>();
    for (let i = 0; i < 5; i++) {
      if (i % 2 === 0) wrong.add(current(s)!.item.id);
      s = play(s, i % 2 === 0 ? ids(s).wrong : ids(s).right);
    }
    const r = retryMissed(s);
    expect(r).toMatchObject({ topic: 'dasar', retry: true, seed: 'retry~retry', index: 0, phase: 'answering' });
    expect(new Set(r.entries.map((e) => e.item.id))).toEqual(wrong);
    expect(r.entries.every((e) => e.chosen === null && e.result === null)).toBe(true);
    expect(sessionOutcome(r).retry).toBe(true);
  });

  it('is empty and done when nothing was missed', () => {
    let s = createSession(bank, { topic: 'dasar', seed: 'perfect', size: 2 });
    s = play(play(s, ids(s).right), ids(play(s, ids(s).right)).right);
    expect(retryMissed(s)).toMatchObject({ entries: [], phase: 'done' });
  });
});

describe('Leitner order', () => {
  it('asks missed items first next time, and leaves not-yet-due items for later', () => {
    let s = createSession(bank, { topic: 'posisi', seed: 'one', size: 12 });
    const missed: string[] = [];
    for (let i = 0; i < 12; i++) {
      if (i < 3) missed.push(current(s)!.item.id);
      s = play(s, i < 3 ? ids(s).wrong : ids(s).right);
    }
    const progress = recordSession(emptyProgress(), sessionOutcome(s));
    // Session 2: the 3 missed (box 1) are due; the 9 right ones (box 2) wait until session 3.
    const s2 = createSession(bank, { topic: 'posisi', seed: 'two', size: 12, progress });
    expect(s2.entries.slice(0, 3).map((e) => e.item.id).sort()).toEqual(missed.sort());
    const short = createSession(bank, { topic: 'posisi', seed: 'two', size: 3, progress });
    expect(short.entries.map((e) => e.item.id).sort()).toEqual(missed.sort());
  });

  it('puts unseen items before items not yet due', () => {
    const progress: Progress = {
      v: 2,
      sessions: 1,
      items: Object.fromEntries(bank.filter((i) => i.topic === 'istilah').slice(0, 6).map((i) => [i.id, { box: 3, seen: 2, correct: 2, lastSession: 1 }])),
      best: {},
    };
    const s = createSession(bank, { topic: 'istilah', seed: 'new-first', size: 6, progress });
    expect(s.entries.every((e) => !(e.item.id in progress.items))).toBe(true);
  });
});

describe('campuran (mixed quiz)', () => {
  it('draws items about types from several topics and never repeats a right type back to back', () => {
    for (const seed of ['m1', 'm2', 'm3', 'm4', 'm5']) {
      const s = createSession(bank, { topic: 'campuran', seed, size: 12 });
      expect(s.entries).toHaveLength(12);
      expect(s.entries.every((e) => answerType(e.item) !== undefined)).toBe(true); // penanganan items carry no types
      expect(new Set(s.entries.map((e) => e.item.topic)).size).toBeGreaterThan(1);
      const types = s.entries.map((e) => answerType(e.item));
      for (let i = 1; i < types.length; i++) expect(types[i], `${seed} at ${i}`).not.toBe(types[i - 1]);
    }
  });

  it('places confusable pairs next to each other', () => {
    const pair = (a: string, b: string, n: number): QuizItem[] => [
      makeItem(a.split('-')[0] as 'hubungan', n, { answerType: a, confusable: [b], id: `pair-${n}a` }),
      makeItem(b.split('-')[0] as 'dasar', n, { answerType: b, confusable: [a], id: `pair-${n}b` }),
    ];
    const items = [
      ...pair('hubungan-loyal', 'dasar-setia', 1),
      ...pair('hubungan-marah', 'dasar-marah', 2),
      ...pair('karakter-sulit', 'karakter-hemat', 3),
    ];
    for (const seed of ['c1', 'c2', 'c3', 'c4', 'c5', 'c6']) {
      const s = createSession(items, { topic: 'campuran', seed, size: 6 });
      const order = s.entries.map((e) => e.item.id.replace(/[ab]$/, ''));
      // Every item sits next to its partner: pairs occupy slots (0,1), (2,3), (4,5).
      for (let i = 0; i < 6; i += 2) expect(order[i], order.join()).toBe(order[i + 1]);
    }
  });

  it('prefers contrasting types of one axis over unrelated items', () => {
    const loyal = makeItem('hubungan', 1, { answerType: 'hubungan-loyal' });
    expect(contrast(loyal, makeItem('hubungan', 2, { answerType: 'hubungan-diam' }))).toBeGreaterThan(contrast(loyal, makeItem('posisi', 3)));
    expect(contrast(loyal, makeItem('hubungan', 4, { answerType: 'hubungan-loyal' }))).toBeLessThan(0);
  });

  it('never puts the same right type back to back when that can be avoided', () => {
    const typed = bank.filter((i) => answerType(i) !== undefined);
    fc.assert(
      fc.property(fc.shuffledSubarray(typed, { minLength: 2, maxLength: 14 }), (items) => {
        const counts = new Map<string, number>();
        for (const t of items.map(answerType)) counts.set(t!, (counts.get(t!) ?? 0) + 1);
        fc.pre(Math.max(...counts.values()) <= Math.ceil(items.length / 2));
        const types = interleave(items).map(answerType);
        for (let i = 1; i < types.length; i++) expect(types[i]).not.toBe(types[i - 1]);
      }),
      { numRuns: 3000 },
    );
  });

  it('interleave is a permutation', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...bank], { minLength: 0, maxLength: 20 }), (items) => {
        const out = interleave(items);
        expect(out.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort());
      }),
    );
  });
});

describe('drawing from stubs', () => {
  it('draws the same items in the same order from stubs as from whole items, so a page can draw before it fetches', () => {
    const stubs = bank.map(stubOf);
    const typeAxes = new Map([['posisi-internal', 'posisi']]);
    fc.assert(
      fc.property(
        fc.constantFrom('posisi', 'hubungan', 'karakter', 'penanganan', 'campuran' as const),
        fc.string({ maxLength: 12 }),
        fc.array(fc.tuple(fc.constantFrom(...bank.map((i) => i.id)), fc.boolean()), { maxLength: 12 }),
        (topic, seed, answers) => {
          const progress = recordSession(emptyProgress(), { topic, retry: false, total: answers.length, results: answers.map(([id, correct]) => ({ id, correct })) });
          const options = { topic, seed, progress, typeAxes };
          expect(drawSession(stubs, options).map((x) => x.id)).toEqual(drawSession(bank, options).map((x) => x.id));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a stub keeps only what drawing needs', () => {
    const item = makeItem('hubungan', 1, { answerType: 'hubungan-loyal', confusable: ['dasar-setia'] });
    expect(stubOf(item)).toEqual({ id: item.id, topic: 'hubungan', type: 'hubungan-loyal', confusable: ['dasar-setia'] });
    expect(stubOf(makeItem('penanganan', 2))).toEqual({ id: 'pen-02', topic: 'penanganan' });
  });
});

describe('properties', () => {
  it('the summary matches the answers given, and data is never mutated', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('posisi', 'hubungan', 'penanganan', 'campuran' as const),
        fc.string(),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (topic, seed, rights) => {
          let s = deepFreeze(createSession(bank, { topic, seed }));
          rights.forEach((right) => {
            s = deepFreeze(play(s, right ? ids(s).right : ids(s).wrong));
          });
          const sum = summary(s);
          expect(s.phase).toBe('done');
          expect(sum.correct).toBe(rights.filter(Boolean).length);
          expect(sum.mistakes).toHaveLength(rights.filter((r) => !r).length);
          expect(retryMissed(s).entries).toHaveLength(sum.mistakes.length);
          const topics = Object.values(sum.byTopic);
          expect(topics.reduce((n, t) => n + t.total, 0)).toBe(10);
        },
      ),
      { numRuns: 200 },
    );
  });
});
