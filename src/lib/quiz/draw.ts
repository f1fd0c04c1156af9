// Choosing and ordering a session's items, and shuffling their options: all a page needs to
// show a session's first question, apart from the session engine (./session.ts) that plays it. A
// pool may be whole items or their stubs (ids, topics, types), so a page draws before it fetches.
import type { QuizItem } from '../../schemas/quiz';
import { orderByDue, type LeitnerState } from './leitner';
import { createRng, shuffle } from './rng';
import { MIXED_TOPIC } from '../../schemas/quiz-topics';
import type { QuizTopic } from '../../schemas/quiz-topics';
import type { PlayTopic, QuizSession, SessionOptions } from './session';

/** Items per session unless told otherwise. */
export const DEFAULT_SESSION_SIZE = 10;

/** How many upcoming items (in review order) the mixed quiz looks at when picking the next one. */
export const INTERLEAVE_WINDOW = 5;

/**
 * What drawing a session needs to know of an item, without its texts: pages carry these for the
 * whole pool they draw from and fetch only the items a session asks (src/build/quiz-pages.ts).
 */
export interface ItemStub {
  readonly id: string;
  readonly topic: QuizTopic;
  /** Type id of the right option, when the item is about recognising a type. */
  readonly type?: string | undefined;
  readonly confusable?: readonly string[] | undefined;
}

/** An item as sessions are drawn from it: the whole item, or its stub. */
export type Drawable = QuizItem | ItemStub;

/** Type id of the item's right option, when the item is about recognising a type. */
export function answerType(item: Drawable): string | undefined {
  return 'options' in item ? item.options.find((o) => o.id === item.answer)?.type : item.type;
}

/** The stub of an item. */
export function stubOf(item: QuizItem): ItemStub {
  const type = answerType(item);
  return { id: item.id, topic: item.topic, ...(type ? { type } : {}), ...(item.confusable?.length ? { confusable: item.confusable } : {}) };
}

function axisOf(type: string, typeAxes: ReadonlyMap<string, string> | undefined): string {
  return typeAxes?.get(type) ?? type.split('-')[0] ?? type;
}

/**
 * How well `next` contrasts with `prev` (higher is better): the same right type twice in a row is
 * heavily penalised; a right type the other item lists as confusable scores most; two different
 * types of one axis score next; any overlap in the types the items are about scores a little.
 */
export function contrast(prev: Drawable, next: Drawable, typeAxes?: ReadonlyMap<string, string>): number {
  const p = answerType(prev);
  const n = answerType(next);
  if (p !== undefined && p === n) return -100;
  let score = 0;
  if ((n !== undefined && prev.confusable?.includes(n)) || (p !== undefined && next.confusable?.includes(p))) score += 4;
  if (p !== undefined && n !== undefined && axisOf(p, typeAxes) === axisOf(n, typeAxes)) score += 2;
  const about = (item: Drawable, t: string | undefined) => new Set([...(item.confusable ?? []), ...(t ? [t] : [])]);
  const a = about(prev, p);
  for (const t of about(next, n)) {
    if (a.has(t)) {
      score += 1;
      break;
    }
  }
  return score;
}

/**
 * Reorders items so that neighbours contrast: each step takes, among the next
 * {@link INTERLEAVE_WINDOW} items of the given order, the one that contrasts most with the
 * previous item (earliest on ties), so due items still come early; a final pass moves apart any
 * remaining back-to-back repeats of the same right type where a swap allows it.
 */
export function interleave<T extends Drawable>(items: readonly T[], typeAxes?: ReadonlyMap<string, string>): T[] {
  const rest = items.slice();
  const out: T[] = [];
  while (rest.length > 0) {
    const prev = out[out.length - 1];
    let pick = 0;
    if (prev) {
      let best = -Infinity;
      for (let i = 0; i < Math.min(INTERLEAVE_WINDOW, rest.length); i++) {
        const s = contrast(prev, rest[i] as T, typeAxes);
        if (s > best) [best, pick] = [s, i];
      }
    }
    out.push(...rest.splice(pick, 1));
  }
  return separateRepeats(out);
}

/**
 * Greedy picking can leave the same right type twice in a row (mostly at the end). Repair: for
 * each repeat, swap the item with the nearest one whose move lowers the number of repeats around
 * both positions; a few passes settle it.
 */
function separateRepeats<T extends Drawable>(items: T[]): T[] {
  const typeAt = (i: number) => (i >= 0 && i < items.length ? answerType(items[i] as T) : undefined);
  const same = (i: number) => i > 0 && i < items.length && typeAt(i) !== undefined && typeAt(i) === typeAt(i - 1);
  const around = (i: number, j: number) => [...new Set([i, i + 1, j, j + 1])].filter(same).length;
  const swap = (i: number, j: number) => ([items[i], items[j]] = [items[j] as T, items[i] as T]);
  /** Swaps `p` with the nearest item that lowers the local repeat count; true if one did. */
  const fix = (p: number) => {
    const order = Array.from({ length: items.length }, (_, k) => k).sort((a, b) => Math.abs(a - p) - Math.abs(b - p));
    for (const j of order) {
      if (typeAt(j) === typeAt(p)) continue;
      const before = around(p, j);
      swap(p, j);
      if (around(p, j) < before) return true;
      swap(p, j);
    }
    return false;
  };
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let i = 1; i < items.length; i++) {
      if (same(i) && (fix(i) || fix(i - 1))) changed = true;
    }
    if (!changed) break;
  }
  for (let i = 1; i < items.length; i++) if (same(i)) return spreadByType(items);
  return items;
}

/**
 * Fallback that always avoids repeats when that is possible (no type has more than half the
 * items, rounded up): repeatedly take the type with the most items left that differs from the
 * previous one (earliest in the current order on ties), keeping each type's own order.
 */
function spreadByType<T extends Drawable>(items: readonly T[]): T[] {
  const queues = new Map<string, T[]>();
  for (const item of items) {
    const key = answerType(item) ?? `item:${item.id}`;
    queues.set(key, [...(queues.get(key) ?? []), item]);
  }
  const position = new Map(items.map((item, i) => [item, i]));
  const out: T[] = [];
  let prev: string | undefined;
  while (out.length < items.length) {
    let pick: string | undefined;
    let pickQueue: T[] = [];
    for (const [key, queue] of queues) {
      if (queue.length === 0 || (key === prev && queues.size > 1)) continue;
      const better =
        queue.length > pickQueue.length ||
        (queue.length === pickQueue.length && (position.get(queue[0] as T) ?? 0) < (position.get(pickQueue[0] as T) ?? 0));
      if (pick === undefined || better) [pick, pickQueue] = [key, queue];
    }
    if (pick === undefined) {
      // Only the previous type is left: a repeat cannot be avoided.
      pick = prev as string;
      pickQueue = queues.get(pick) ?? [];
    }
    out.push(pickQueue.shift() as T);
    prev = pick;
  }
  return out;
}

/**
 * The items of a new session, in order, from a pool of whole items or stubs. A topic session
 * draws from that topic; `campuran` draws from items about types (a typed right option or a
 * `confusable` list), topping up with others when there are too few, then interleaves them.
 * Order: missed items, other due items, unseen items, then the rest.
 */
export function drawSession<T extends Drawable>(pool: readonly T[], options: SessionOptions): T[] {
  const { topic, seed, progress, typeAxes } = options;
  const size = Math.max(0, options.size ?? DEFAULT_SESSION_SIZE);
  const states: Readonly<Record<string, LeitnerState>> = progress?.items ?? {};
  const sessionNo = (progress?.sessions ?? 0) + 1;
  const rng = createRng(`${seed}|order`);

  if (topic !== MIXED_TOPIC) return orderByDue(pool.filter((item) => item.topic === topic), states, sessionNo, rng).slice(0, size);
  const main = orderByDue(pool.filter(isAboutTypes), states, sessionNo, rng);
  const extra = orderByDue(pool.filter((item) => !isAboutTypes(item)), states, sessionNo, rng);
  return interleave([...main, ...extra].slice(0, size), typeAxes);
}

/** Whether the mixed quiz draws the item first: its right option names a type, or it lists confusable types. */
export function isAboutTypes(item: Drawable): boolean {
  return answerType(item) !== undefined || (item.confusable?.length ?? 0) > 0;
}

/** A session of `items` in this order, options shuffled from the seed. */
export function buildSession(topic: PlayTopic, seed: string, retry: boolean, items: readonly QuizItem[]): QuizSession {
  const entries = items.map((item) => ({
    item,
    options: shuffle(item.options, createRng(`${seed}|options|${item.id}`)),
    chosen: null,
    result: null,
  }));
  return { topic, seed, retry, entries, index: 0, phase: entries.length ? 'answering' : 'done', feedback: null };
}

