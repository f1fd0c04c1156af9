// A quiz session as plain immutable data with pure transitions, ready to sit in a nanostore:
//   answering --answer()--> answering --check()--> checked --next()--> answering | done
// Transitions that do not apply in the current phase return the session unchanged (same object).
import type { QuizItem, QuizOption } from '../../schemas/quiz';
import { orderByDue, type LeitnerState } from './leitner';
import type { Progress, SessionOutcome } from './progress';
import { createRng, shuffle } from './rng';
import { MIXED_TOPIC, type QuizTopic, type SessionTopic } from '../../schemas/quiz-topics';
import { TRAINER_TOPIC } from './trainer-topic';

/** What a session is drawn from: a topic, the mixed quiz, or a trainer's link. */
export type PlayTopic = SessionTopic | typeof TRAINER_TOPIC;

/** Items per session unless told otherwise. */
export const DEFAULT_SESSION_SIZE = 10;

/** How many upcoming items (in review order) the mixed quiz looks at when picking the next one. */
export const INTERLEAVE_WINDOW = 5;

/** One item as asked in this session. */
export interface SessionEntry {
  readonly item: QuizItem;
  /** The item's options in this session's (seeded, shuffled) order. */
  readonly options: readonly QuizOption[];
  /** Option picked so far; may change until checked. */
  readonly chosen: string | null;
  /** Set by {@link check}. */
  readonly result: 'correct' | 'wrong' | null;
}

export type Phase = 'answering' | 'checked' | 'done';

/** An option as shown in feedback. */
export interface OptionView {
  readonly id: string;
  readonly text: string;
  readonly explanation: string;
}

/** What the reader sees after checking an answer. */
export interface Feedback {
  readonly itemId: string;
  readonly correct: boolean;
  /** The option the reader picked, with why it is right or wrong. */
  readonly chosen: OptionView;
  /** The right option, with its explanation. */
  readonly right: OptionView;
  /** Guide link target (`guide-id#anchor`) to read up. */
  readonly guide: string;
}

export interface QuizSession {
  readonly topic: PlayTopic;
  readonly seed: string;
  /** True for a {@link retryMissed} session. */
  readonly retry: boolean;
  readonly entries: readonly SessionEntry[];
  /** Current entry; equals `entries.length` once done. */
  readonly index: number;
  readonly phase: Phase;
  /** Feedback on the current entry while `phase === 'checked'`, else null. */
  readonly feedback: Feedback | null;
}

export interface SessionOptions {
  /** A topic slug, or `campuran` for the mixed quiz. */
  readonly topic: SessionTopic;
  /** Seed for item choice and option order; the same seed and progress give the same session. */
  readonly seed: string;
  /** Number of items (default {@link DEFAULT_SESSION_SIZE}); fewer when the pool is smaller. */
  readonly size?: number;
  /** Stored progress: due and missed items come first. */
  readonly progress?: Progress;
  /** Type id → axis; defaults to the id prefix (`posisi-internal` → `posisi`). */
  readonly typeAxes?: ReadonlyMap<string, string>;
}

const view = (o: QuizOption): OptionView => ({ id: o.id, text: o.text, explanation: o.explanation });

/** Type id of the item's right option, when the item is about recognising a type. */
export function answerType(item: QuizItem): string | undefined {
  return item.options.find((o) => o.id === item.answer)?.type;
}

function axisOf(type: string, typeAxes: ReadonlyMap<string, string> | undefined): string {
  return typeAxes?.get(type) ?? type.split('-')[0] ?? type;
}

/**
 * How well `next` contrasts with `prev` (higher is better): the same right type twice in a row is
 * heavily penalised; a right type the other item lists as confusable scores most; two different
 * types of one axis score next; any overlap in the types the items are about scores a little.
 */
export function contrast(prev: QuizItem, next: QuizItem, typeAxes?: ReadonlyMap<string, string>): number {
  const p = answerType(prev);
  const n = answerType(next);
  if (p !== undefined && p === n) return -100;
  let score = 0;
  if ((n !== undefined && prev.confusable?.includes(n)) || (p !== undefined && next.confusable?.includes(p))) score += 4;
  if (p !== undefined && n !== undefined && axisOf(p, typeAxes) === axisOf(n, typeAxes)) score += 2;
  const about = (item: QuizItem, t: string | undefined) => new Set([...(item.confusable ?? []), ...(t ? [t] : [])]);
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
export function interleave(items: readonly QuizItem[], typeAxes?: ReadonlyMap<string, string>): QuizItem[] {
  const rest = items.slice();
  const out: QuizItem[] = [];
  while (rest.length > 0) {
    const prev = out[out.length - 1];
    let pick = 0;
    if (prev) {
      let best = -Infinity;
      for (let i = 0; i < Math.min(INTERLEAVE_WINDOW, rest.length); i++) {
        const s = contrast(prev, rest[i] as QuizItem, typeAxes);
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
function separateRepeats(items: QuizItem[]): QuizItem[] {
  const typeAt = (i: number) => (i >= 0 && i < items.length ? answerType(items[i] as QuizItem) : undefined);
  const same = (i: number) => i > 0 && i < items.length && typeAt(i) !== undefined && typeAt(i) === typeAt(i - 1);
  const around = (i: number, j: number) => [...new Set([i, i + 1, j, j + 1])].filter(same).length;
  const swap = (i: number, j: number) => ([items[i], items[j]] = [items[j] as QuizItem, items[i] as QuizItem]);
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
function spreadByType(items: readonly QuizItem[]): QuizItem[] {
  const queues = new Map<string, QuizItem[]>();
  for (const item of items) {
    const key = answerType(item) ?? `item:${item.id}`;
    queues.set(key, [...(queues.get(key) ?? []), item]);
  }
  const position = new Map(items.map((item, i) => [item, i]));
  const out: QuizItem[] = [];
  let prev: string | undefined;
  while (out.length < items.length) {
    let pick: string | undefined;
    let pickQueue: QuizItem[] = [];
    for (const [key, queue] of queues) {
      if (queue.length === 0 || (key === prev && queues.size > 1)) continue;
      const better =
        queue.length > pickQueue.length ||
        (queue.length === pickQueue.length && (position.get(queue[0] as QuizItem) ?? 0) < (position.get(pickQueue[0] as QuizItem) ?? 0));
      if (pick === undefined || better) [pick, pickQueue] = [key, queue];
    }
    if (pick === undefined) {
      // Only the previous type is left: a repeat cannot be avoided.
      pick = prev as string;
      pickQueue = queues.get(pick) ?? [];
    }
    out.push(pickQueue.shift() as QuizItem);
    prev = pick;
  }
  return out;
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

/**
 * A new session. A topic session draws from that topic; `campuran` draws from items about types
 * (a typed right option or a `confusable` list), topping up with others when there are too few,
 * then interleaves them. Order: missed items, other due items, unseen items, then the rest.
 */
export function createSession(bank: readonly QuizItem[], options: SessionOptions): QuizSession {
  const { topic, seed, progress, typeAxes } = options;
  const size = Math.max(0, options.size ?? DEFAULT_SESSION_SIZE);
  const states: Readonly<Record<string, LeitnerState>> = progress?.items ?? {};
  const sessionNo = (progress?.sessions ?? 0) + 1;
  const rng = createRng(`${seed}|order`);

  if (topic !== MIXED_TOPIC) {
    const pool = bank.filter((item) => item.topic === topic);
    return buildSession(topic, seed, false, orderByDue(pool, states, sessionNo, rng).slice(0, size));
  }
  const aboutTypes = (item: QuizItem) => answerType(item) !== undefined || (item.confusable?.length ?? 0) > 0;
  const main = orderByDue(bank.filter(aboutTypes), states, sessionNo, rng);
  const extra = orderByDue(bank.filter((item) => !aboutTypes(item)), states, sessionNo, rng);
  const chosen = [...main, ...extra].slice(0, size);
  return buildSession(topic, seed, false, interleave(chosen, typeAxes));
}

/** The entry being asked, or undefined once done. */
export function current(session: QuizSession): SessionEntry | undefined {
  return session.phase === 'done' ? undefined : session.entries[session.index];
}

function replaceCurrent(session: QuizSession, entry: SessionEntry): readonly SessionEntry[] {
  return session.entries.map((e, i) => (i === session.index ? entry : e));
}

/** Picks (or changes) the answer to the current item; grades nothing. */
export function answer(session: QuizSession, optionId: string): QuizSession {
  const entry = current(session);
  if (session.phase !== 'answering' || !entry || !entry.options.some((o) => o.id === optionId)) return session;
  if (entry.chosen === optionId) return session;
  return { ...session, entries: replaceCurrent(session, { ...entry, chosen: optionId }) };
}

/** Grades the chosen answer and sets `feedback`; needs an answer first. */
export function check(session: QuizSession): QuizSession {
  const entry = current(session);
  if (session.phase !== 'answering' || !entry || entry.chosen === null) return session;
  const chosen = entry.options.find((o) => o.id === entry.chosen);
  const right = entry.options.find((o) => o.id === entry.item.answer);
  if (!chosen || !right) return session;
  const correct = chosen.id === right.id;
  return {
    ...session,
    entries: replaceCurrent(session, { ...entry, result: correct ? 'correct' : 'wrong' }),
    phase: 'checked',
    feedback: { itemId: entry.item.id, correct, chosen: view(chosen), right: view(right), guide: entry.item.guide },
  };
}

/** Moves on after checking; after the last item the phase becomes `done`. */
export function next(session: QuizSession): QuizSession {
  if (session.phase !== 'checked') return session;
  const index = session.index + 1;
  return { ...session, index, phase: index < session.entries.length ? 'answering' : 'done', feedback: null };
}

/** A wrong answer, for the review list at the end. */
export interface Mistake {
  readonly itemId: string;
  readonly topic: QuizTopic;
  readonly scenario: string;
  readonly question: string;
  readonly chosen: OptionView;
  readonly right: OptionView;
  readonly guide: string;
}

export interface TopicScore {
  readonly total: number;
  readonly correct: number;
  /** Percent of the topic's items in this session answered right, 0–100. */
  readonly pct: number;
}

export interface Summary {
  /** Items in the session. */
  readonly total: number;
  /** Items checked. */
  readonly answered: number;
  readonly correct: number;
  /** Percent of all items answered right, 0–100 (unanswered count as not right). */
  readonly pct: number;
  /** Per topic of the items (several for `campuran`). */
  readonly byTopic: Partial<Record<QuizTopic, TopicScore>>;
  /** Wrong answers in session order. */
  readonly mistakes: readonly Mistake[];
}

const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

/** Score, per-topic breakdown and mistakes; works at any point, not only when done. */
export function summary(session: QuizSession): Summary {
  const byTopic: Partial<Record<QuizTopic, { total: number; correct: number }>> = {};
  const mistakes: Mistake[] = [];
  let answered = 0;
  let correct = 0;
  for (const e of session.entries) {
    const t = (byTopic[e.item.topic] ??= { total: 0, correct: 0 });
    t.total++;
    if (e.result !== null) answered++;
    if (e.result === 'correct') {
      correct++;
      t.correct++;
    }
    if (e.result === 'wrong') {
      const chosen = e.options.find((o) => o.id === e.chosen);
      const right = e.options.find((o) => o.id === e.item.answer);
      if (chosen && right) {
        const { id: itemId, topic, scenario, question, guide } = e.item;
        mistakes.push({ itemId, topic, scenario, question, chosen: view(chosen), right: view(right), guide });
      }
    }
  }
  const scores: Partial<Record<QuizTopic, TopicScore>> = {};
  for (const [topic, s] of Object.entries(byTopic) as [QuizTopic, { total: number; correct: number }][]) {
    scores[topic] = { ...s, pct: pct(s.correct, s.total) };
  }
  return { total: session.entries.length, answered, correct, pct: pct(correct, session.entries.length), byTopic: scores, mistakes };
}

/**
 * A new session with only the items answered wrong, options reshuffled from a derived seed
 * (`<seed>~retry`). With no mistakes it is empty and already `done`.
 */
export function retryMissed(session: QuizSession, typeAxes?: ReadonlyMap<string, string>): QuizSession {
  const seed = `${session.seed}~retry`;
  const missed = session.entries.filter((e) => e.result === 'wrong').map((e) => e.item);
  const ordered = shuffle(missed, createRng(`${seed}|order`));
  return buildSession(session.topic, seed, true, session.topic === MIXED_TOPIC || session.topic === TRAINER_TOPIC ? interleave(ordered, typeAxes) : ordered);
}

/** What to hand to `recordSession` in progress.ts (checked items only). */
export function sessionOutcome(session: QuizSession): SessionOutcome {
  return {
    topic: session.topic,
    // A trainer's quiz teaches the boxes like a retry does, but its score is the trainer's
    // business: it never becomes the trainee's best score for a topic.
    retry: session.retry || session.topic === TRAINER_TOPIC,
    total: session.entries.length,
    results: session.entries.filter((e) => e.result !== null).map((e) => ({ id: e.item.id, correct: e.result === 'correct' })),
  };
}
