// A session in progress, stored compactly so a reload picks up where the trainee stopped.
// Only ids are stored; items come back from the current bank. Anything that no longer fits the
// bank (an item or option removed, a changed answer count) or is malformed gives `undefined`,
// and the page simply starts a fresh session.
import type { QuizItem } from '../../schemas/quiz';
import { check, type Phase, type PlayTopic, type QuizSession, type SessionEntry } from './session';
import { isQuizTopic } from '../../schemas/quiz-topics';
import { isRecord } from '../../schemas/shape';

export const SAVED_VERSION = 1;

/** The stored shape. */
export interface SavedSession {
  readonly v: 1;
  readonly topic: PlayTopic;
  readonly seed: string;
  readonly retry: boolean;
  /** Per entry: item id, option ids in shown order, chosen option id or '', result `1` right, `0` wrong, `-1` not checked. */
  readonly entries: readonly (readonly [string, readonly string[], string, 1 | 0 | -1])[];
  readonly index: number;
  readonly phase: Phase;
}

/** The session as a storable object. */
export function toSaved(session: QuizSession): SavedSession {
  return {
    v: SAVED_VERSION,
    topic: session.topic,
    seed: session.seed,
    retry: session.retry,
    entries: session.entries.map((e) => [
      e.item.id,
      e.options.map((o) => o.id),
      e.chosen ?? '',
      e.result === 'correct' ? 1 : e.result === 'wrong' ? 0 : -1,
    ]),
    index: session.index,
    phase: session.phase,
  };
}


/** The item ids a stored session names, read leniently (for fetching them before {@link fromSaved} checks it). */
export function savedIds(raw: unknown): string[] {
  if (!isRecord(raw) || !Array.isArray(raw.entries)) return [];
  return raw.entries.flatMap((e: unknown) => (Array.isArray(e) && typeof e[0] === 'string' ? [e[0]] : []));
}

/**
 * Rebuilds a stored session against the current bank. Returns undefined for anything that does
 * not fit: wrong version or topic, unknown items or options, results that disagree with the
 * chosen answers, an index or phase out of step with the results. Never throws.
 */
export function fromSaved(
  raw: unknown,
  bank: readonly QuizItem[] | ((id: string) => QuizItem | undefined),
  topic: PlayTopic,
): QuizSession | undefined {
  if (!isRecord(raw) || raw.v !== SAVED_VERSION || raw.topic !== topic) return undefined;
  if (typeof raw.seed !== 'string' || typeof raw.retry !== 'boolean' || !Array.isArray(raw.entries)) return undefined;
  const { index, phase } = raw;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index > raw.entries.length) return undefined;
  if (phase !== 'answering' && phase !== 'checked' && phase !== 'done') return undefined;
  if (raw.entries.length === 0) return undefined;
  if ((phase === 'done') !== (index === raw.entries.length)) return undefined;
  // A topic's session holds only that topic's items; the mixed and trainer quizzes draw on any.
  const only = isQuizTopic(topic) ? topic : undefined;

  const find = typeof bank === 'function' ? bank : (id: string) => bank.find((item) => item.id === id);
  const seen = new Set<string>();
  const entries: SessionEntry[] = [];
  for (const [i, e] of raw.entries.entries()) {
    if (!Array.isArray(e) || e.length !== 4) return undefined;
    const [id, order, chosen, result] = e as unknown[];
    const item = typeof id === 'string' ? find(id) : undefined;
    if (!item || seen.has(item.id) || (only !== undefined && item.topic !== only)) return undefined;
    seen.add(item.id);
    if (!Array.isArray(order) || order.length !== item.options.length) return undefined;
    const options = order.map((oid) => item.options.find((o) => o.id === oid));
    if (options.some((o) => o === undefined) || new Set(order).size !== order.length) return undefined;
    if (typeof chosen !== 'string' || (chosen !== '' && !item.options.some((o) => o.id === chosen))) return undefined;
    if (result !== 1 && result !== 0 && result !== -1) return undefined;
    const checked = result !== -1;
    // Entries before the current one are checked; the current one is checked only in phase `checked`.
    if (checked !== (i < index || (i === index && phase === 'checked'))) return undefined;
    if (checked && (chosen === '' || (chosen === item.answer) !== (result === 1))) return undefined;
    entries.push({
      item,
      options: options as SessionEntry['options'],
      chosen: chosen === '' ? null : chosen,
      // The current checked entry is graded again below, so its feedback is rebuilt too.
      result: checked && !(i === index && phase === 'checked') ? (result === 1 ? 'correct' : 'wrong') : null,
    });
  }
  const session: QuizSession = { topic, seed: raw.seed, retry: raw.retry, entries, index, phase: phase === 'checked' ? 'answering' : phase, feedback: null };
  return phase === 'checked' ? check(session) : session;
}
