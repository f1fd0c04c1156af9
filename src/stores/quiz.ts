// Quiz state shared by the quiz islands: the session being played and the trainee's stored
// progress. Actions sit beside the stores; they are the only way the UI changes either.
//
// Storage (localStorage through ./persistent.ts, never sent anywhere):
// - PROGRESS_KEY (./progress.ts): Leitner boxes, best scores, session count.
// - savedSessionKey(topic): the unfinished session, so a reload resumes it (lib/quiz/saved.ts).
//
// Several tabs on one quiz share that stored session. Each write carries a stamp (this tab's id
// and a counter); a tab whose stamp is no longer the stored one has been overtaken by another
// tab: it writes nothing more and shows `$elsewhere` until the visitor takes the quiz over. A
// session's answers reach the progress exactly once: when it finishes, or when a new session
// replaces it in storage, always read from storage rather than from a possibly stale tab.
import { atom } from 'nanostores';
import type { QuizItem } from '../schemas/quiz';
import { recordSession } from '../lib/quiz/progress';
import { fromSaved, toSaved } from '../lib/quiz/saved';
import {
  answer,
  check,
  createSession,
  next,
  retryMissed,
  sessionOutcome,
  type PlayTopic,
  type QuizSession,
} from '../lib/quiz/session';
import type { SessionTopic } from '../schemas/quiz-topics';
import { isRecord } from '../schemas/shape';
import { $progress, savedSession } from './progress';
import type { PersistentAtom } from './persistent';

export { $progress, PROGRESS_KEY, savedSessionKey } from './progress';

/** The session on screen; null until a quiz page starts one. */
export const $session = atom<QuizSession | null>(null);

/**
 * Set when another tab has moved this quiz on (`moved`: its session is stored, ready to take
 * over) or ended it (`ended`: finished or cleared there); false while this tab holds the quiz.
 */
export const $elsewhere = atom<false | 'moved' | 'ended'>(false);

/** A session drawn from something other than the trainee's progress: a trainer's link. */
export interface FixedDraw {
  /** The seed of the session `draw` makes: a stored session with another seed is not resumed. */
  readonly seed: string;
  draw(): QuizSession;
}

/** What a quiz page plays from: a topic (or the mixed quiz) drawn by progress, or a fixed draw. */
export type QuizSetup = {
  readonly bank: readonly QuizItem[];
  readonly typeAxes?: ReadonlyMap<string, string>;
  /** Items per session; the library default when absent. */
  readonly size?: number;
} & ({ readonly topic: SessionTopic; readonly fixed?: undefined } | { readonly topic: PlayTopic; readonly fixed: FixedDraw });

let setup: QuizSetup | undefined;
let $saved: PersistentAtom<unknown> | undefined;
/** Stamp of the stored session this tab holds; undefined when none (finished or not started). */
let mine: string | undefined;

const TAB = Math.random().toString(36).slice(2, 8);
let writes = 0;

const stampOf = (raw: unknown): string | undefined => (isRecord(raw) && typeof raw.w === 'string' ? raw.w : undefined);
const storedSession = (): QuizSession | undefined => (setup && $saved ? fromSaved($saved.get(), setup.bank, setup.topic) : undefined);

/** A fresh random seed (only order depends on it; nothing secret). */
export function randomSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Shows `session` and stores it (a finished one leaves nothing to resume). */
function hold(session: QuizSession): void {
  mine = session.phase === 'done' ? undefined : `${TAB}.${++writes}`;
  $elsewhere.set(false);
  $session.set(session);
  $saved?.set(mine === undefined ? null : { ...toSaved(session), w: mine });
}

/** The version check on write: true (and `$elsewhere` set) when another tab has moved on. */
function overtaken(): boolean {
  const s = $session.get();
  if (!s || s.phase === 'done' || stampOf($saved?.get()) === mine) return false;
  $elsewhere.set(storedSession() ? 'moved' : 'ended');
  return true;
}

/** Adds the session's checked answers to the stored progress (Leitner boxes, best score). */
function record(session: QuizSession): void {
  $progress.set(recordSession($progress.get(), sessionOutcome(session)));
}

function fresh(seed: string): QuizSession | undefined {
  if (!setup) return undefined;
  if (setup.fixed) return setup.fixed.draw();
  const { bank, topic, typeAxes, size } = setup;
  return createSession(bank, { topic, seed, progress: $progress.get(), ...(typeAxes ? { typeAxes } : {}), ...(size ? { size } : {}) });
}

/**
 * Starts the quiz of a page. Shows `finished` (a done session this history entry showed, see
 * Quiz.tsx) when it fits the bank; else resumes the stored unfinished session of the topic when
 * it still fits the bank and matches `seed` (when given); otherwise starts a new one from
 * `seed` (a random one when absent). Returns whether it resumed an unfinished session.
 */
export function startQuiz(s: QuizSetup, seed?: string, finished?: unknown): boolean {
  setup = s;
  $saved = savedSession(s.topic);
  $saved.listen(() => overtaken());
  const stored = storedSession();
  mine = stampOf($saved.get());
  const shown = fromSaved(finished, s.bank, s.topic);
  if (shown?.phase === 'done') {
    $session.set(shown);
    return false;
  }
  const wanted = s.fixed ? s.fixed.seed : seed;
  if (stored && stored.phase !== 'done' && (wanted === undefined || wanted === stored.seed)) {
    $session.set(stored);
    return true;
  }
  $session.set(null);
  newSession(seed);
  return false;
}

/**
 * A new session for the current topic, ordered by the stored progress (missed items first).
 * The stored unfinished session it replaces, from this tab or another, still teaches the boxes
 * what was answered.
 */
export function newSession(seed: string = randomSeed()): void {
  const session = fresh(seed);
  if (session) replaceWith(session);
}

function replaceWith(session: QuizSession): void {
  const replaced = storedSession();
  if (replaced && replaced.phase !== 'done') record(replaced);
  hold(session);
}

/** Continues, in this tab, the session another tab moved on (or a new one if it ended there). */
export function takeOver(): void {
  const stored = storedSession();
  if (!stored || stored.phase === 'done') return newSession();
  mine = stampOf($saved?.get());
  $elsewhere.set(false);
  $session.set(stored);
}

/** Applies a transition to the session on screen, unless another tab has moved on. */
function move(step: (s: QuizSession) => QuizSession): boolean {
  const s = $session.get();
  if (!s || overtaken()) return false;
  const moved = step(s);
  if (moved === s) return false;
  if (moved.phase === 'done') record(moved);
  hold(moved);
  return true;
}

/** Picks an answer for the current question (grades nothing). */
export function choose(optionId: string): void {
  move((s) => answer(s, optionId));
}

/** Grades the chosen answer; false when nothing is chosen yet. */
export function checkAnswer(): boolean {
  return move(check);
}

/** Goes to the next question; after the last one, records the session in the progress. */
export function nextQuestion(): void {
  move(next);
}

/** A session of only the items the last session missed. */
export function retryMistakes(): void {
  const s = $session.get();
  if (!s || s.phase !== 'done') return;
  const retry = retryMissed(s, setup?.typeAxes);
  if (retry.entries.length > 0) replaceWith(retry);
}
