// What `src/lib/` says to a visitor, as a key into the calculator strings (`src/i18n/id.ts` and
// `id-<calculator>.ts`) with its parameters: the words live in one place, the logic never builds
// sentences. Worded at the edge by the page's translator (`src/i18n/translate.ts`).
import type { CalcKey, CalcStrings } from './id';
import type { ParamsOf, Value } from './translate';

/**
 * Parameter values: text (numbers already formatted where formatting matters), shown as given, or
 * a message (a field label, a range) worded in place.
 */
export type MessageParams = Readonly<Record<string, Value>>;

/** A message: a key of the strings `K` belongs to (the calculators' by default), with its parameters. */
export interface Message<K extends string = CalcKey> {
  readonly key: K;
  readonly params?: MessageParams;
}

/** A message; its key's `{placeholders}` must each be given (a type error otherwise). */
export const message: <K extends CalcKey>(key: K, ...params: ParamsOf<CalcStrings[K]>) => Message = (key: CalcKey, params?: MessageParams) =>
  params ? { key, params } : { key };
