// What `src/lib/` says to a visitor, as a key into the calculator strings (`src/i18n/id.ts`)
// with its parameters: the words live in one place, the logic never builds sentences.
import type { CalcKey } from './id';

/**
 * Parameter values: text (numbers already formatted where formatting matters), a key of the
 * calculator strings (a field label, a range), or a whole message worded in place.
 */
export type MessageParams = Readonly<Record<string, string | number | Message>>;

export interface Message {
  readonly key: CalcKey;
  readonly params?: MessageParams;
}

export const message = (key: CalcKey, params?: MessageParams): Message => (params ? { key, params } : { key });
