import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BOX_COUNT, interval, isDue, nextBox, orderByDue, priority } from '../../../src/lib/quiz/leitner';
import { createRng } from '../../../src/lib/quiz/rng';

describe('leitner boxes', () => {
  it('moves up one box when right (capped at 5) and back to 1 when wrong', () => {
    expect(nextBox(undefined, true)).toBe(2);
    expect(nextBox(undefined, false)).toBe(1);
    expect([1, 2, 3, 4, 5].map((b) => nextBox(b, true))).toEqual([2, 3, 4, 5, 5]);
    expect([1, 2, 3, 4, 5].map((b) => nextBox(b, false))).toEqual([1, 1, 1, 1, 1]);
    expect(BOX_COUNT).toBe(5);
  });

  it('brings a missed item back in the very next session', () => {
    expect(isDue({ box: nextBox(4, false), lastSession: 7 }, 8)).toBe(true);
  });

  it('reviews box k every 2^(k-1) sessions', () => {
    expect([1, 2, 3, 4, 5].map(interval)).toEqual([1, 2, 4, 8, 16]);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.nat(1000), fc.nat(100), (box, lastSession, gap) => {
        expect(isDue({ box, lastSession }, lastSession + gap)).toBe(gap >= 2 ** (box - 1));
      }),
    );
    expect(isDue(undefined, 1)).toBe(true);
  });

  it('brings an item answered right every time back after 2, 4, 8, 16 sessions (sessions 1, 3, 7, 15, 31, 47)', () => {
    let state: { box: number; lastSession: number } | undefined;
    const asked: number[] = [];
    for (let s = 1; s <= 50; s++) {
      if (isDue(state, s)) {
        asked.push(s);
        state = { box: nextBox(state?.box, true), lastSession: s };
      }
    }
    // Unseen → box 2 after session 1 (due 2 later), box 3 (4 later), box 4 (8), box 5 (16), then every 16.
    expect(asked).toEqual([1, 3, 7, 15, 31, 47]);
  });
});

describe('orderByDue', () => {
  it('puts missed items first, then due items by box, then unseen, then not yet due (soonest first)', () => {
    const items = ['missed', 'due3', 'due2', 'new', 'later1', 'later5'].map((id) => ({ id }));
    const states = {
      missed: { box: 1, lastSession: 4 },
      due2: { box: 2, lastSession: 3 },
      due3: { box: 3, lastSession: 1 },
      later1: { box: 3, lastSession: 4 }, // due at session 8
      later5: { box: 5, lastSession: 4 }, // due at session 20
    };
    for (const seed of ['a', 'b', 'c', 'd']) {
      expect(orderByDue(items, states, 5, createRng(seed)).map((i) => i.id)).toEqual(['missed', 'due2', 'due3', 'new', 'later1', 'later5']);
    }
    expect(priority(undefined, 5)).toEqual([2, 0]);
  });

  it('shuffles items of equal priority by seed and ignores inherited keys', () => {
    const items = Array.from({ length: 8 }, (_, i) => ({ id: `n${i}` }));
    const orders = new Set(['s1', 's2', 's3', 's4'].map((seed) => orderByDue(items, {}, 1, createRng(seed)).map((i) => i.id).join()));
    expect(orders.size).toBeGreaterThan(1);
    const tricky = [{ id: 'constructor' }, { id: 'toString' }];
    expect(orderByDue(tricky, {}, 1, createRng('x'))).toHaveLength(2);
  });
});
