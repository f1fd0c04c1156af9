// A quiz session as plain immutable data with pure transitions, ready to sit in a nanostore:
//   answering --answer()--> answering --check()--> checked --next()--> answering | done
// Transitions that do not apply in the current phase return the session unchanged (same object).
import type { QuizItem, QuizOption } from '../../schemas/quiz';
import { buildSession, drawSession, interleave } from './draw';
import type { Progress, SessionOutcome } from './progress';
import { createRng, shuffle } from './rng';
import { MIXED_TOPIC, type QuizTopic, type SessionTopic } from '../../schemas/quiz-topics';
import { TRAINER_TOPIC } from './trainer-topic';

/** What a session is drawn from: a topic, the mixed quiz, or a trainer's link. */
export type PlayTopic = SessionTopic | typeof TRAINER_TOPIC;

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

/** A new session over whole items (see {@link drawSession}). */
export function createSession(bank: readonly QuizItem[], options: SessionOptions): QuizSession {
  return buildSession(options.topic, options.seed, false, drawSession(bank, options));
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
  /** Every item asked, in session order, with the option chosen (null when not answered). */
  readonly answers: readonly { readonly itemId: string; readonly chosen: string | null }[];
}

const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

/** Score, per-topic breakdown and mistakes; works at any point, not only when done. */
export function summary(session: QuizSession): Summary {
  const byTopic: Partial<Record<QuizTopic, { total: number; correct: number }>> = {};
  const mistakes: Mistake[] = [];
  let answered = 0;
  let correct = 0;
  const answers = session.entries.map((e) => ({ itemId: e.item.id, chosen: e.result === null ? null : e.chosen }));
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
  return { total: session.entries.length, answered, correct, pct: pct(correct, session.entries.length), byTopic: scores, mistakes, answers };
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
