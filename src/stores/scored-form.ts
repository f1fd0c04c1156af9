// The stores of a calculator that reads scores (NPS, CSAT, CES), built one way: the fields as
// typed (persisted), the pasted or uploaded scores (read in the worker), the evaluation of both,
// and the share link, which always holds the current state. Each calculator's store module says
// only what differs: its storage key and shape, scale, evaluation and link format.
import type { ScoreScale, ScoreTally } from '../lib/parse/score-tally';
import { linkQuery, type Decoded } from '../lib/share/link';
import type { CalculatorStore } from './calculator';
import { derived } from './derived';
import { persistentForm } from './persisted-form';
import { createScoreSource, type ScoreSourceStore } from './score-source';

/** What every score-reading calculator's input has: a data mode and the raw scores as typed. */
export interface ScoredInput {
  readonly mode: string;
  readonly scores: string;
}

export interface ScoredFormOptions<T extends ScoredInput, R> {
  /** Versioned localStorage key, e.g. `paham:nps:v1`. */
  readonly key: string;
  readonly empty: T;
  /** What clearing the form leaves (CSAT keeps its scale); the empty input by default. */
  readonly cleared?: (input: T) => T;
  /** Shape check for what storage holds. */
  readonly isValid: (value: unknown) => value is T;
  /** The score range for this input (CSAT's depends on its chosen scale). */
  readonly scale: (input: T) => ScoreScale;
  /**
   * Starts the score worker. It must be a literal `new Worker(new URL(…))` in the calculator's
   * own store module (see `createScoreSource`).
   */
  readonly startWorker: () => Worker;
  /** The input with its scores given as counts per score instead. */
  readonly asCounts: (input: T, counts: string[]) => T;
  readonly evaluate: (input: T, tally: ScoreTally | null) => R;
  readonly encode: (input: T) => URLSearchParams;
  readonly decode: (params: URLSearchParams) => Decoded<T>;
}

export interface ScoredForm<T extends ScoredInput, R> extends CalculatorStore<T, R> {
  readonly scores: ScoreSourceStore;
  /** Typed or pasted scores: read, then kept as typed. */
  setScores(text: string): void;
}

/** Longer raw-score lists travel in links as counts per score, which mean the same. */
export const MAX_LINK_SCORES_CHARS = 1500;

/**
 * The input as it travels (in a share link, in storage): raw scores become counts per score,
 * which mean the same, when they came from a file (no field holds them, and the file cannot be
 * read again) or when the text is longer than `maxChars` (a multi-megabyte address would freeze
 * the page). Long text whose tally is not ready yet is left out rather than sent as text.
 */
function travelling<T extends ScoredInput>(input: T, source: ScoreSourceStore, maxChars: number, asCounts: (input: T, counts: string[]) => T): T {
  const tally = source.$tally.get();
  const long = input.scores.length > maxChars;
  // A tally with no usable score says nothing counts would carry: such text stays out instead.
  if (input.mode === 'scores' && tally && tally.used > 0 && (source.$origin.get().file !== null || long)) return asCounts(input, tally.histogram.map(String));
  return long ? { ...input, scores: '' } : input;
}

export function scoredForm<T extends ScoredInput, R>(options: ScoredFormOptions<T, R>): ScoredForm<T, R> {
  const { key, empty, cleared = () => empty, isValid, scale, startWorker, asCounts, evaluate, encode, decode } = options;
  const scores = createScoreSource(() => scale($input.get()), startWorker);
  const $input = persistentForm<T>(key, empty, isValid, (input, maxChars) => travelling(input, scores, maxChars, asCounts));
  // Once scores are read, store the input again, since what is stored can depend on their tally,
  // and drop typed text that a file has replaced. Scores re-read from a shared link are not
  // stored: only the visitor's own change (typing, a file) replaces what they saved.
  scores.$tally.listen(() => {
    const input = $input.get();
    const fromFile = scores.$origin.get().file !== null;
    if (input.mode === 'scores' && (fromFile || $input.saves())) $input.set(fromFile ? { ...input, scores: '' } : { ...input });
  });
  return {
    empty,
    decode,
    scores,
    $input,
    $result: derived([$input, scores.$tally], (input, tally) => evaluate(input, input.mode === 'scores' ? tally : null)),
    $query: derived([$input, scores.$tally, scores.$origin], (input) =>
      linkQuery(encode(travelling(input, scores, MAX_LINK_SCORES_CHARS, asCounts))),
    ),
    setScores(text) {
      scores.readText(text); // first: typed text replaces a file's scores before the store saves
      $input.set({ ...$input.get(), scores: text });
    },
    clear() {
      $input.set(cleared($input.get()));
      scores.clear();
    },
  };
}
