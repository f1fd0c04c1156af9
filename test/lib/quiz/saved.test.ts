import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSaved, toSaved } from '../../../src/lib/quiz/saved';
import { answer, check, createSession, next, type QuizSession } from '../../../src/lib/quiz/session';
import { makeBank } from './fixtures';

const bank = makeBank(12);
const fresh = (seed = 's') => createSession(bank, { topic: 'posisi', seed });
/** Answers the current item (right when `right`, else the first wrong option) and checks it. */
const play = (s: QuizSession, right: boolean): QuizSession => {
  const entry = s.entries[s.index]!;
  const pick = right ? entry.item.answer : entry.options.find((o) => o.id !== entry.item.answer)!.id;
  return check(answer(s, pick));
};
const roundTrip = (s: QuizSession) => fromSaved(JSON.parse(JSON.stringify(toSaved(s))), bank, s.topic);

describe('saved sessions', () => {
  it('round-trips a session in every phase, feedback included', () => {
    let s = fresh();
    expect(roundTrip(s)).toEqual(s);
    s = answer(s, s.entries[0]!.options[1]!.id);
    expect(roundTrip(s)).toEqual(s); // chosen but not checked
    s = play(s, false);
    expect(roundTrip(s)).toEqual(s); // checked: feedback rebuilt
    s = next(s);
    s = next(play(s, true));
    expect(roundTrip(s)).toEqual(s);
    while (s.phase !== 'done') s = next(play(s, true));
    expect(roundTrip(s)).toEqual(s);
  });

  it('round-trips any walk through a session', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 8 }), fc.array(fc.boolean(), { maxLength: 12 }), (seed, moves) => {
        let s = fresh(seed);
        for (const right of moves) {
          if (s.phase === 'done') break;
          s = next(play(s, right));
        }
        expect(roundTrip(s)).toEqual(s);
      }),
      { numRuns: 50 },
    );
  });

  it('rejects garbage, other versions and other topics', () => {
    const saved = toSaved(fresh());
    for (const raw of [undefined, null, 'x', 42, [], {}, { ...saved, v: 2 }, { ...saved, seed: 1 }, { ...saved, entries: [] }]) {
      expect(fromSaved(raw, bank, 'posisi')).toBeUndefined();
    }
    expect(fromSaved(saved, bank, 'hubungan')).toBeUndefined();
  });

  it('rejects sessions that no longer fit the bank or contradict themselves', () => {
    const s = next(play(fresh(), true));
    const saved = JSON.parse(JSON.stringify(toSaved(s)));
    const tamper = (f: (x: typeof saved) => void) => {
      const copy = JSON.parse(JSON.stringify(saved));
      f(copy);
      return fromSaved(copy, bank, 'posisi');
    };
    expect(tamper(() => {})).toBeDefined();
    expect(tamper((x) => (x.entries[0][0] = 'gone-99'))).toBeUndefined(); // item removed from the bank
    expect(tamper((x) => (x.entries[1][0] = x.entries[0][0]))).toBeUndefined(); // duplicate item
    expect(tamper((x) => (x.entries[0][1] = ['a', 'b']))).toBeUndefined(); // option count changed
    expect(tamper((x) => (x.entries[0][1] = ['a', 'a', 'b']))).toBeUndefined();
    expect(tamper((x) => (x.entries[0][3] = x.entries[0][3] === 1 ? 0 : 1))).toBeUndefined(); // result disagrees with answer
    expect(tamper((x) => (x.entries[1][3] = 1))).toBeUndefined(); // graded ahead of the index
    expect(tamper((x) => (x.index = 99))).toBeUndefined();
    expect(tamper((x) => (x.phase = 'done'))).toBeUndefined();
    expect(tamper((x) => (x.phase = 'paused'))).toBeUndefined();
  });

  it('drops an item that moved to another topic', () => {
    const s = fresh();
    const moved = bank.map((item) => (item.id === s.entries[0]!.item.id ? { ...item, topic: 'hubungan' as const } : item));
    expect(fromSaved(toSaved(s), moved, 'posisi')).toBeUndefined();
  });
});
