// Leitner spaced repetition: an item climbs one box per right answer and falls to box 1 on a
// wrong one; box k comes back every 2^(k-1) sessions, so missed items return in the next session.
import { shuffle, type Rng } from './rng';

/** Number of boxes; box 5 is "known well". */
export const BOX_COUNT = 5;

/** What Leitner scheduling needs to know about one item. */
export interface LeitnerState {
  /** 1..BOX_COUNT. */
  readonly box: number;
  /** Number of the session (1-based count) in which the item was last answered. */
  readonly lastSession: number;
}

/** The box after an answer; an unseen item counts as box 1. */
export function nextBox(box: number | undefined, correct: boolean): number {
  return correct ? Math.min(BOX_COUNT, (box ?? 1) + 1) : 1;
}

/** Sessions between reviews for a box: 1, 2, 4, 8, 16. */
export function interval(box: number): number {
  return 2 ** (Math.min(BOX_COUNT, Math.max(1, box)) - 1);
}

/** Whether an item is due in session number `sessionNo`; unseen items are always due. */
export function isDue(state: LeitnerState | undefined, sessionNo: number): boolean {
  return state === undefined || sessionNo - state.lastSession >= interval(state.box);
}

/**
 * Sort key, smaller first: missed items (due, box 1), then other due items by box, then unseen
 * items, then items not yet due, soonest first.
 */
export function priority(state: LeitnerState | undefined, sessionNo: number): readonly [number, number] {
  if (state === undefined) return [2, 0];
  if (isDue(state, sessionNo)) return state.box <= 1 ? [0, 0] : [1, state.box];
  return [3, state.lastSession + interval(state.box) - sessionNo];
}

/**
 * Items in review order for session `sessionNo`: seeded shuffle first, so items of equal
 * priority come in random order, then a stable sort by {@link priority}.
 */
export function orderByDue<T extends { readonly id: string }>(
  items: readonly T[],
  states: Readonly<Record<string, LeitnerState | undefined>>,
  sessionNo: number,
  rng: Rng,
): T[] {
  const keyed = shuffle(items, rng).map((item) => ({
    item,
    key: priority(Object.hasOwn(states, item.id) ? states[item.id] : undefined, sessionNo),
  }));
  keyed.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1]);
  return keyed.map((k) => k.item);
}
