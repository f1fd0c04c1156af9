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
//
// Sessions are drawn from a pool of stubs (ids, topics, types) and played with the whole items,
// which a page fetches as it needs them (./quiz-items.ts in the browser): a page carries the
// first question only, not its bank. Actions that need items they do not have yet load them
// first and return a promise; with everything at hand they act at once.
import { atom } from 'nanostores';
import type { QuizItem } from '../schemas/quiz';
import { recordSession } from '../lib/quiz/progress';
import { fromSaved, savedIds, toSaved } from '../lib/quiz/saved';
import { buildSession, drawSession, type Drawable } from '../lib/quiz/draw';
import { answer, check, next, retryMissed, sessionOutcome, type PlayTopic, type QuizSession } from '../lib/quiz/session';
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

/** True while the items of the next session are being fetched and could not be: the page says so and offers to try again. */
export const $loadFailed = atom(false);

/** Where whole items come from: already at hand (`get`), or fetched (`load` resolves true when every one arrived). */
export interface ItemSource {
  get(id: string): QuizItem | undefined;
  load(ids: readonly string[]): Promise<boolean>;
}

/** A source holding a whole bank (build time, tests). */
export function fromBank(bank: readonly QuizItem[]): ItemSource {
  const byId = new Map(bank.map((item) => [item.id, item]));
  return { get: (id) => byId.get(id), load: (ids) => Promise.resolve(ids.every((id) => byId.has(id))) };
}

/** A session drawn from something other than the trainee's progress: a trainer's link. */
export interface FixedDraw {
  /** The seed of the session `draw` makes: a stored session with another seed is not resumed. */
  readonly seed: string;
  /** Its items, in order. */
  readonly ids: readonly string[];
}

/** What a quiz page plays from: a topic (or the mixed quiz) drawn by progress, or a fixed draw. */
export type QuizSetup = {
  /** What new sessions draw from, in bank order: stubs or whole items. */
  readonly pool: readonly Drawable[];
  readonly source: ItemSource;
  readonly typeAxes?: ReadonlyMap<string, string>;
  /** Items per session; the library default when absent. */
  readonly size?: number;
  /**
   * The seed of a trainee's very first session (no progress yet): the page's server-rendered
   * first question is that session's, so a first visit keeps it. Later sessions get a random seed.
   */
  readonly firstSeed?: string;
} & ({ readonly topic: SessionTopic; readonly fixed?: undefined } | { readonly topic: PlayTopic; readonly fixed: FixedDraw });

let setup: QuizSetup | undefined;
let $saved: PersistentAtom<unknown> | undefined;
let stopListening: (() => void) | undefined;
/** Stamp of the stored session this tab holds; undefined when none (finished or not started). */
let mine: string | undefined;

const TAB = Math.random().toString(36).slice(2, 8);
let writes = 0;

const stampOf = (raw: unknown): string | undefined => (isRecord(raw) && typeof raw.w === 'string' ? raw.w : undefined);
const lookup = (id: string) => setup?.source.get(id);
const storedSession = (): QuizSession | undefined => (setup && $saved ? fromSaved($saved.get(), lookup, setup.topic) : undefined);

/** Runs `then` once the items of `ids` are at hand: at once when they are, else after fetching them. */
function withItems<T>(ids: readonly string[], then: () => T): Promise<Awaited<T>> {
  const s = setup;
  if (!s || ids.every((id) => s.source.get(id))) return Promise.resolve(then()) as Promise<Awaited<T>>;
  return s.source.load(ids).then(() => then()) as Promise<Awaited<T>>;
}

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
  // Its items may not be fetched here yet: an unfinished session's ids are enough to tell.
  const raw = $saved?.get();
  $elsewhere.set(isRecord(raw) && raw.phase !== 'done' && savedIds(raw).length > 0 ? 'moved' : 'ended');
  return true;
}

/** Adds the session's checked answers to the stored progress (Leitner boxes, best score). */
function record(session: QuizSession): void {
  $progress.set(recordSession($progress.get(), sessionOutcome(session)));
}

/** The items a new session asks, in order, and its seed. */
function fresh(seed: string): { seed: string; ids: readonly string[] } | undefined {
  if (!setup) return undefined;
  if (setup.fixed) return setup.fixed;
  const { pool, topic, typeAxes, size } = setup;
  const drawn = drawSession(pool, { topic, seed, progress: $progress.get(), ...(typeAxes ? { typeAxes } : {}), ...(size ? { size } : {}) });
  return { seed, ids: drawn.map((item) => item.id) };
}

/**
 * Starts the quiz of a page. Shows `finished` (a done session this history entry showed, see
 * history-entry.ts) when it fits the bank; else resumes the stored unfinished session of the
 * topic when it still fits the bank and matches `seed` (when given); otherwise starts a new one
 * from `seed` (a random one when absent). Resolves to whether it resumed an unfinished session;
 * `$session` stays null when the items could not be fetched (`$loadFailed`).
 */
export function startQuiz(s: QuizSetup, seed?: string, finished?: unknown): Promise<boolean> {
  setup = s;
  stopListening?.();
  $saved = savedSession(s.topic);
  stopListening = $saved.listen(() => overtaken());
  return withItems([...savedIds(finished), ...savedIds($saved.get())], () => {
    const stored = storedSession();
    mine = stampOf($saved?.get());
    const shown = fromSaved(finished, lookup, s.topic);
    if (shown?.phase === 'done') {
      $session.set(shown);
      return Promise.resolve(false);
    }
    const wanted = s.fixed ? s.fixed.seed : seed;
    if (stored && stored.phase !== 'done' && (wanted === undefined || wanted === stored.seed)) {
      $session.set(stored);
      return Promise.resolve(true);
    }
    $session.set(null);
    const first = s.firstSeed !== undefined && $progress.get().sessions === 0 ? s.firstSeed : undefined;
    return newSession(seed ?? first).then(() => false);
  });
}

/**
 * A new session for the current topic, ordered by the stored progress (missed items first).
 * The stored unfinished session it replaces, from this tab or another, still teaches the boxes
 * what was answered. Resolves to false when its items could not be fetched.
 */
export function newSession(seed: string = randomSeed()): Promise<boolean> {
  const draw = fresh(seed);
  if (!draw) return Promise.resolve(false);
  const s = setup;
  return withItems(draw.ids, () => {
    const items = draw.ids.map(lookup);
    const ok = setup === s && items.every((item) => item !== undefined);
    $loadFailed.set(!ok);
    if (ok && s) replaceWith(buildSession(s.topic, draw.seed, false, items as QuizItem[]));
    return ok;
  });
}

function replaceWith(session: QuizSession): void {
  const replaced = storedSession();
  if (replaced && replaced.phase !== 'done') record(replaced);
  hold(session);
}

/** Continues, in this tab, the session another tab moved on (or a new one if it ended there). */
export function takeOver(): Promise<boolean> {
  return withItems(savedIds($saved?.get()), () => {
    const stored = storedSession();
    if (!stored || stored.phase === 'done') return newSession();
    mine = stampOf($saved?.get());
    $elsewhere.set(false);
    $session.set(stored);
    return Promise.resolve(true);
  });
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
