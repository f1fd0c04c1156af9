// Quiz progress as stored in localStorage. Loading never throws: anything unreadable, of the
// wrong shape or from a newer version of the site gives a fresh state.
import { QUIZ_TOPICS, type QuizTopic } from '../../schemas/quiz-topics';
import { BOX_COUNT, nextBox } from './leitner';
import { isRecord } from '../../schemas/shape';

export const PROGRESS_VERSION = 2;

/** What is remembered about one item. */
export interface ItemProgress {
  /** Leitner box, 1..5. */
  readonly box: number;
  /** Times answered (checked). */
  readonly seen: number;
  /** Times answered right; never more than `seen`. */
  readonly correct: number;
  /** Session number in which it was last answered (1-based; never more than `sessions`). */
  readonly lastSession: number;
}

/** The persisted shape, version 2. */
export interface Progress {
  readonly v: 2;
  /** Item id → progress. Ids no longer in the bank are kept and ignored. */
  readonly items: Readonly<Record<string, ItemProgress>>;
  /** Topic slug (or `campuran`) → best score in percent, 0–100. */
  readonly best: Readonly<Record<string, number>>;
  /** Sessions recorded so far. */
  readonly sessions: number;
}

/**
 * Version 1, written before per-item tracking: best score and attempts per topic.
 * `{ "version": 1, "scores": { "posisi": { "best": 80, "attempts": 3 } } }`
 */
export interface ProgressV1 {
  readonly version: 1;
  readonly scores: Readonly<Record<string, { readonly best: number; readonly attempts: number }>>;
}

/** A fresh, empty state. */
export function emptyProgress(): Progress {
  return { v: 2, items: {}, best: {}, sessions: 0 };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isPct = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 100;

function readItem(v: unknown, sessions: number): ItemProgress | undefined {
  if (!isRecord(v)) return undefined;
  const { box, seen, correct, lastSession } = v;
  if (!isCount(box) || box < 1 || box > BOX_COUNT) return undefined;
  if (!isCount(seen) || !isCount(correct) || correct > seen) return undefined;
  if (!isCount(lastSession) || lastSession > sessions) return undefined;
  return { box, seen, correct, lastSession };
}

function readBest(v: unknown): Record<string, number> | undefined {
  if (!isRecord(v)) return undefined;
  const out: [string, number][] = [];
  for (const [k, pct] of Object.entries(v)) {
    if (!isPct(pct)) return undefined;
    out.push([k, pct]);
  }
  return Object.fromEntries(out);
}

function readV2(data: Record<string, unknown>): Progress | undefined {
  const { sessions, items, best } = data;
  if (!isCount(sessions) || !isRecord(items)) return undefined;
  const entries: [string, ItemProgress][] = [];
  for (const [id, raw] of Object.entries(items)) {
    const item = readItem(raw, sessions);
    if (!item) return undefined;
    entries.push([id, item]);
  }
  const bestScores = readBest(best);
  if (!bestScores) return undefined;
  return { v: 2, items: Object.fromEntries(entries), best: bestScores, sessions };
}

/** v1 → v2: best scores survive; attempts add up to the session count; no item history existed. */
function migrateV1(data: Record<string, unknown>): Progress | undefined {
  if (!isRecord(data.scores)) return undefined;
  const best: [string, number][] = [];
  let sessions = 0;
  for (const [topic, score] of Object.entries(data.scores)) {
    if (!isRecord(score) || !isPct(score.best) || !isCount(score.attempts)) return undefined;
    best.push([topic, score.best]);
    sessions += score.attempts;
  }
  if (!Number.isSafeInteger(sessions)) return undefined;
  return { v: 2, items: {}, best: Object.fromEntries(best), sessions };
}

/** Reads stored progress; returns a fresh state for anything it cannot trust. Never throws. */
export function loadProgress(raw: string | null | undefined): Progress {
  if (typeof raw !== 'string' || raw === '') return emptyProgress();
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return emptyProgress();
  }
  if (!isRecord(data)) return emptyProgress();
  if (data.v === PROGRESS_VERSION) return readV2(data) ?? emptyProgress();
  if (data.v === undefined && data.version === 1) return migrateV1(data) ?? emptyProgress();
  return emptyProgress();
}

/** The string to store. */
export function saveProgress(progress: Progress): string {
  return JSON.stringify(progress);
}

/** What a finished (or abandoned) session contributes. */
export interface SessionOutcome {
  /** Topic slug or `campuran`. */
  readonly topic: string;
  /** Retries of missed items move boxes but do not set best scores. */
  readonly retry: boolean;
  /** Items in the session, answered or not. */
  readonly total: number;
  /** Checked answers only. */
  readonly results: readonly { readonly id: string; readonly correct: boolean }[];
}

/**
 * Adds one session: each checked item moves box (right → +1, wrong → box 1), the session count
 * grows by one and the topic's best score may rise. A session with no checked answers changes nothing.
 */
export function recordSession(progress: Progress, outcome: SessionOutcome): Progress {
  if (outcome.results.length === 0) return progress;
  const sessionNo = progress.sessions + 1;
  const items: Record<string, ItemProgress> = { ...progress.items };
  for (const { id, correct } of outcome.results) {
    const prev = Object.hasOwn(items, id) ? items[id] : undefined;
    items[id] = {
      box: nextBox(prev?.box, correct),
      seen: (prev?.seen ?? 0) + 1,
      correct: (prev?.correct ?? 0) + (correct ? 1 : 0),
      lastSession: sessionNo,
    };
  }
  let best = progress.best;
  if (!outcome.retry && outcome.total > 0) {
    const right = outcome.results.filter((r) => r.correct).length;
    const pct = Math.round((100 * right) / outcome.total);
    const prev = Object.hasOwn(best, outcome.topic) ? best[outcome.topic] : undefined;
    if (prev === undefined || pct > prev) best = { ...best, [outcome.topic]: pct };
  }
  return { v: 2, items, best, sessions: sessionNo };
}

/** Mastery of one topic. */
export interface TopicMastery {
  /** Items of the topic in the bank. */
  readonly total: number;
  /** Of those, answered at least once. */
  readonly seen: number;
  /** Of those, in box 3 or higher. */
  readonly mastered: number;
  /** mastered / total, 0–1 (0 for an empty topic). */
  readonly share: number;
  /** Best score in percent, or null before the first session. */
  readonly best: number | null;
}

/** Box from which an item counts as mastered. */
export const MASTERED_BOX = 3;

/** Mastery of one topic (or `campuran`, which has best scores only) over the given item ids. */
export function topicMastery(progress: Progress, topic: string, ids: readonly string[]): TopicMastery {
  const states = ids.map((id) => (Object.hasOwn(progress.items, id) ? progress.items[id] : undefined));
  const mastered = states.filter((s) => s !== undefined && s.box >= MASTERED_BOX).length;
  return {
    total: ids.length,
    seen: states.filter((s) => s !== undefined).length,
    mastered,
    share: ids.length === 0 ? 0 : mastered / ids.length,
    best: Object.hasOwn(progress.best, topic) ? (progress.best[topic] ?? null) : null,
  };
}

/** Per-topic mastery of the current bank. */
export function mastery(
  progress: Progress,
  bank: readonly { readonly id: string; readonly topic: QuizTopic }[],
): Record<QuizTopic, TopicMastery> {
  const out = {} as Record<QuizTopic, TopicMastery>;
  for (const topic of QUIZ_TOPICS) {
    out[topic] = topicMastery(progress, topic, bank.filter((item) => item.topic === topic).map((item) => item.id));
  }
  return out;
}
