/**
 * The one result shape every calculator and parser returns.
 *
 * Calculators never throw on bad input: the UI needs to show every problem next to the field
 * that caused it, in Indonesian, so failures are data (`errors`) rather than exceptions.
 */
import type { CalcKey, CalcStrings } from '../../i18n/id';
import type { ParamsOf } from '../../i18n/translate';
import { message, type Message, type MessageParams } from '../../i18n/message';

/** Machine-readable reason, stable across releases so the UI and tests can switch on it. */
export type ErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'not-whole'
  | 'out-of-range'
  | 'too-large'
  | 'zero-total'
  | 'wrong-length'
  | 'lost-exceeds-start'
  | 'end-exceeds-available';

/** One problem with one input field; `field` names the input so the UI can place the message. */
export interface FieldError {
  readonly field: string;
  readonly code: ErrorCode;
  /** What to tell the visitor, worded at the edge by the page's translator (`src/i18n/translate.ts`). */
  readonly message: Message;
}

export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly FieldError[] };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(errors: readonly FieldError[]): Result<T> {
  return { ok: false, errors };
}

export function fieldError<K extends CalcKey>(field: string, code: ErrorCode, key: K, ...params: ParamsOf<CalcStrings[K]>): FieldError;
export function fieldError(field: string, code: ErrorCode, key: CalcKey, params?: MessageParams): FieldError {
  return { field, code, message: message(key, params as never) };
}
