// What every calculator's stores offer its island (see components/calc/use-calculator.ts): the
// fields as typed, their evaluation, the share link's query, and how a link is read.
import type { ReadableAtom } from 'nanostores';
import type { Decoded } from '../lib/share/link';
import type { PersistentAtom } from './persistent';
import type { ScoreSourceStore } from './score-source';

export interface CalculatorStore<T, E> {
  /** A fresh form, as the server renders it. */
  readonly empty: T;
  readonly $input: PersistentAtom<T>;
  readonly $result: ReadableAtom<E>;
  /** The share link's query for the current state. */
  readonly $query: ReadableAtom<string>;
  readonly decode: (params: URLSearchParams) => Decoded<T>;
  /** Back to an empty form, forgetting any scores read. */
  readonly clear: () => void;
  /** Pasted or uploaded scores, for the calculators that read them. */
  readonly scores?: ScoreSourceStore;
}
