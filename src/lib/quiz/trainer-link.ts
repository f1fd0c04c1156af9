// The trainer's link: /kuis/latihan/?topik=posisi,hubungan&jumlah=15&seed=k3x9q2mz&umpan=akhir.
// A public contract (README, "A trainer's link"): links already sent to staff must keep
// working, so parameters are only ever added. Reading never fails: each bad or missing value is
// replaced by a default and reported as a problem (a key of `src/i18n/id.ts` plus its values),
// so the page can say what it changed.
import { hashString } from './rng';

export const TRAINER_SIZE_MIN = 5;
export const TRAINER_SIZE_MAX = 30;
export const TRAINER_SIZE_DEFAULT = 10;
/** Used when a link has no seed: everyone opening that link still gets the same quiz. */
export const TRAINER_SEED_DEFAULT = 'tim';
export const TRAINER_PATH = '/kuis/latihan/';

/** The parameters a trainer's link may carry; an address with none of them is not a link. */
export const TRAINER_PARAMS = ['topik', 'jumlah', 'seed', 'umpan'] as const;

/** `langsung`: feedback after each answer; `akhir`: only in the summary. */
export const FEEDBACK_MODES = ['langsung', 'akhir'] as const;
export type FeedbackMode = (typeof FEEDBACK_MODES)[number];

export interface TrainerParams {
  /** Topics in bank order, without repeats, never empty. */
  readonly topics: readonly string[];
  readonly size: number;
  readonly seed: string;
  readonly feedback: FeedbackMode;
}

/** A seed as links carry it: 1–32 letters, digits, `-` or `_` (survives chat apps unescaped). */
const SEED_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** What the parser changed in a damaged link, as a string key with the values it names. */
export type LinkProblem =
  | { readonly key: 'trainer.topicUnknown'; readonly values: { readonly topics: string } }
  | { readonly key: 'trainer.topicMissing'; readonly values: Record<string, never> }
  | { readonly key: 'trainer.sizeRange'; readonly values: { readonly given: string; readonly used: number } }
  | { readonly key: 'trainer.sizeNotWhole'; readonly values: { readonly given: string; readonly used: number } }
  | { readonly key: 'trainer.sizeMissing'; readonly values: { readonly used: number } }
  | { readonly key: 'trainer.seedMissing'; readonly values: { readonly used: string } }
  | { readonly key: 'trainer.seedGarbled'; readonly values: { readonly used: string } }
  | { readonly key: 'trainer.feedbackUnknown'; readonly values: { readonly given: string } }
  | { readonly key: 'trainer.twice'; readonly values: { readonly name: string; readonly used: string; readonly ignored: string } };

/**
 * A link asking for more questions than it can have: not damage (a trainer may simply want
 * everything), so the page plays what there is and says so plainly. `limit` is what capped it:
 * the items the chosen topics hold, or the most one quiz asks.
 */
export interface SizeCap {
  readonly asked: string;
  readonly used: number;
  readonly limit: 'available' | 'max';
}

export interface ParsedLink {
  readonly params: TrainerParams;
  readonly problems: readonly LinkProblem[];
  /** Questions the quiz really asks: the link's size, or every item of its topics when they hold fewer. */
  readonly count: number;
  readonly capped?: SizeCap;
}

/** Whether an address's query is a trainer's link at all (any of its parameters, even empty). */
export function isTrainerLink(search: string): boolean {
  const query = new URLSearchParams(search);
  return TRAINER_PARAMS.some((name) => query.has(name));
}

/** Values of `name`, comma lists and repeated parameters alike (a plain GET form repeats them). */
function listOf(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/** Short enough to quote back in a message. */
const quote = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

function readTopics(query: URLSearchParams, available: readonly string[], problems: LinkProblem[]): string[] {
  const given = listOf(query, 'topik').map((t) => t.toLowerCase());
  const unknown = [...new Set(given.filter((t) => !available.includes(t)))];
  if (unknown.length > 0) problems.push({ key: 'trainer.topicUnknown', values: { topics: unknown.map(quote).join(', ') } });
  const topics = available.filter((t) => given.includes(t));
  if (topics.length > 0) return topics;
  problems.push({ key: 'trainer.topicMissing', values: {} });
  return [...available];
}

/**
 * The first value of a parameter that should appear once; a second, different value is ignored
 * and said, as the calculators' links do.
 */
function single(query: URLSearchParams, name: string, problems: LinkProblem[]): string {
  const [first = '', ...rest] = query.getAll(name).map((v) => v.trim());
  const other = rest.find((v) => v !== first);
  if (other !== undefined) problems.push({ key: 'trainer.twice', values: { name, used: quote(first), ignored: quote(other) } });
  return first;
}

/** The size as asked (clamped up to the minimum; a larger one is capped later, with a note). */
function readSize(raw: string, problems: LinkProblem[]): number {
  if (raw === '') {
    problems.push({ key: 'trainer.sizeMissing', values: { used: TRAINER_SIZE_DEFAULT } });
    return TRAINER_SIZE_DEFAULT;
  }
  if (!/^[+-]?\d+$/.test(raw)) {
    problems.push({ key: 'trainer.sizeNotWhole', values: { given: quote(raw), used: TRAINER_SIZE_DEFAULT } });
    return TRAINER_SIZE_DEFAULT;
  }
  const n = Number(raw);
  if (n >= TRAINER_SIZE_MIN) return n;
  problems.push({ key: 'trainer.sizeRange', values: { given: quote(raw), used: TRAINER_SIZE_MIN } });
  return TRAINER_SIZE_MIN;
}

function readSeed(raw: string, problems: LinkProblem[]): string {
  if (raw === '') {
    problems.push({ key: 'trainer.seedMissing', values: { used: TRAINER_SEED_DEFAULT } });
    return TRAINER_SEED_DEFAULT;
  }
  if (SEED_PATTERN.test(raw)) return raw;
  // Derived from the garbled text, so everyone with the same broken link still gets one quiz.
  const used = hashString(raw).toString(36);
  problems.push({ key: 'trainer.seedGarbled', values: { used } });
  return used;
}

function readFeedback(given: string, problems: LinkProblem[]): FeedbackMode {
  const raw = given.toLowerCase();
  if (raw === '') return 'langsung';
  if ((FEEDBACK_MODES as readonly string[]).includes(raw)) return raw as FeedbackMode;
  problems.push({ key: 'trainer.feedbackUnknown', values: { given: quote(raw) } });
  return 'langsung';
}

/**
 * Reads a link's query (`location.search`) against the bank: `counts` maps each topic the bank
 * has to its number of items, in bank order.
 */
export function parseTrainerLink(search: string, counts: Readonly<Record<string, number>>): ParsedLink {
  const query = new URLSearchParams(search);
  const problems: LinkProblem[] = [];
  const topics = readTopics(query, Object.keys(counts), problems);
  const sizeText = single(query, 'jumlah', problems);
  const asked = readSize(sizeText, problems);
  const seed = readSeed(single(query, 'seed', problems), problems);
  const feedback = readFeedback(single(query, 'umpan', problems), problems);
  const size = Math.min(TRAINER_SIZE_MAX, asked);
  const available = topics.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
  const count = Math.min(size, available);
  const params = { topics, size, seed, feedback };
  if (count === asked) return { params, problems, count };
  return { params, problems, count, capped: { asked: quote(sizeText), used: count, limit: available < size ? 'available' : 'max' } };
}

/** The query for `params` (topics as given; pass them in bank order for the canonical form). */
export function trainerQuery(params: TrainerParams): string {
  // Commas stay readable: URLSearchParams would write them as %2C.
  return `topik=${params.topics.join(',')}&jumlah=${params.size}&seed=${encodeURIComponent(params.seed)}&umpan=${params.feedback}`;
}

/** The path and query of a trainer link. */
export function trainerLink(params: TrainerParams): string {
  return `${TRAINER_PATH}?${trainerQuery(params)}`;
}

/** A fresh seed from a random source (8 base-36 characters; nothing secret, only the draw). */
export function newTrainerSeed(random: () => number): string {
  let seed = '';
  for (let i = 0; i < 8; i++) seed += Math.floor(random() * 36).toString(36);
  return seed;
}
