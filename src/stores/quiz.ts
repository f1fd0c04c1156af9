// Quiz state shared by the quiz islands: the session being played and the trainee's stored
// progress. Actions sit beside the stores; they are the only way the UI changes either.
//
// Storage (localStorage, never sent anywhere):
// - PROGRESS_KEY (./progress.ts): Leitner boxes, best scores, session count.
// - savedSessionKey(topic): the session in progress, so a reload resumes it (see lib/quiz/saved.ts).
import { atom } from 'nanostores';
import type { QuizItem } from '../schemas/quiz';
import { recordSession } from '../lib/quiz/progress';
import { fromSaved, toSaved } from '../lib/quiz/saved';
import { answer, check, createSession, next, retryMissed, sessionOutcome, type QuizSession } from '../lib/quiz/session';
import type { SessionTopic } from '../schemas/quiz-topics';
import { $progress, savedSessionKey } from './progress';

export { $progress, PROGRESS_KEY, savedSessionKey } from './progress';

/** The session on screen; null until a quiz page starts one. */
export const $session = atom<QuizSession | null>(null);

/** What a quiz page plays from. */
export interface QuizSetup {
  readonly bank: readonly QuizItem[];
  readonly topic: SessionTopic;
  readonly typeAxes?: ReadonlyMap<string, string>;
  /** Items per session; the library default when absent. */
  readonly size?: number;
}

let setup: QuizSetup | undefined;

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // storage blocked by the browser
  }
}

function readSaved(topic: string): unknown {
  try {
    const raw = storage()?.getItem(savedSessionKey(topic));
    return raw ? JSON.parse(raw) : undefined;
  } catch {
    return undefined;
  }
}

function writeSaved(session: QuizSession | null): void {
  if (!session) return;
  try {
    const key = savedSessionKey(session.topic);
    if (session.phase === 'done') storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(toSaved(session)));
  } catch {
    // full or blocked storage: the quiz still works, it just cannot resume after a reload
  }
}

/** A fresh random seed (only order depends on it; nothing secret). */
export function randomSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}

function setSession(session: QuizSession): void {
  $session.set(session);
  writeSaved(session);
}

/** Adds the session's checked answers to the stored progress (Leitner boxes, best score). */
function record(session: QuizSession): void {
  $progress.set(recordSession($progress.get(), sessionOutcome(session)));
}

/**
 * Starts the quiz of a page. Resumes the stored unfinished session of the topic when it still
 * fits the bank (and `seed`, when given, matches it); otherwise starts a new one from `seed`
 * (a random one when absent). Returns whether it resumed.
 */
export function startQuiz(s: QuizSetup, seed?: string): boolean {
  setup = s;
  const resumed = fromSaved(readSaved(s.topic), s.bank, s.topic);
  if (resumed && resumed.phase !== 'done') {
    if (seed === undefined || seed === resumed.seed) {
      setSession(resumed);
      return true;
    }
    record(resumed); // replaced by a session from another seed: keep what it taught
  }
  $session.set(null);
  newSession(seed);
  return false;
}

/** A new session for the current topic, ordered by the stored progress (missed items first). */
export function newSession(seed: string = randomSeed()): void {
  if (!setup) return;
  const { bank, topic, typeAxes, size } = setup;
  const current = $session.get();
  // Leaving a session half-way still teaches the boxes what was answered.
  if (current && current.phase !== 'done') record(current);
  setSession(createSession(bank, { topic, seed, progress: $progress.get(), typeAxes, ...(size ? { size } : {}) }));
}

/** Picks an answer for the current question (grades nothing). */
export function choose(optionId: string): void {
  const s = $session.get();
  if (s) setSession(answer(s, optionId));
}

/** Grades the chosen answer; false when nothing is chosen yet. */
export function checkAnswer(): boolean {
  const s = $session.get();
  if (!s) return false;
  const checked = check(s);
  if (checked === s) return false;
  setSession(checked);
  return true;
}

/** Goes to the next question; after the last one, records the session in the progress. */
export function nextQuestion(): void {
  const s = $session.get();
  if (!s) return;
  const moved = next(s);
  if (moved === s) return;
  if (moved.phase === 'done') record(moved);
  setSession(moved);
}

/** A session of only the items the last session missed. */
export function retryMistakes(): void {
  const s = $session.get();
  if (!s || s.phase !== 'done') return;
  const retry = retryMissed(s, setup?.typeAxes);
  if (retry.entries.length > 0) setSession(retry);
}
