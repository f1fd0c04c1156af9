/**
 * From the strings in a calculator's fields to numbers and per-field messages.
 *
 * An untouched form shows no errors: a blank field is only an error once another field of the
 * same group has something in it, so a visitor is never scolded before typing. The result area
 * then says what is still missing instead.
 */
import type { CalcKey } from '../../i18n/id';
import { message, type Message } from '../../i18n/message';
import type { FieldError } from '../metrics/result';
import type { ScoreTally } from '../parse/score-tally';
import { parseCount, parseIdNumber } from '../parse/id-number';

/** Messages keyed by field name, ready to put beside each input. */
export type FieldErrors = Record<string, Message>;

/** What a calculator shows: a result, or why there is none yet. */
export interface Evaluation<R> {
  readonly result: R | null;
  readonly errors: FieldErrors;
  /** What the result area asks for when there is no result. */
  readonly missing: Message | null;
}

export interface CountField {
  readonly name: string;
  readonly text: string;
}

/** A step the visitor could take next: a sentence and the guide it links to. */
export interface Step {
  readonly text: Message;
  readonly href: string;
  readonly link: CalcKey;
}

export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** Adds the first message per field; earlier messages win. */
export function addErrors(target: FieldErrors, errors: readonly FieldError[]): void {
  for (const e of errors) target[e.field] ??= e.message;
}

/**
 * A calculation's failure as an evaluation: its messages beside the fields, the first one in
 * the result area. The one tail every form's evaluation ends with.
 */
export function failed<R>(errors: FieldErrors, found: readonly FieldError[]): Evaluation<R> {
  addErrors(errors, found);
  return { result: null, errors, missing: found[0]?.message ?? null };
}

/**
 * Parses a group of whole counts. Returns the numbers only when every field is valid;
 * `touched` says whether the visitor has typed anything in the group, and `fix` what the
 * result area should ask for when the numbers are not all there yet.
 */
export function readCountGroup(
  fields: readonly CountField[],
  errors: FieldErrors,
  what: Message,
): { values: number[] | null; touched: boolean; fix: Message } {
  const touched = fields.some((f) => !isBlank(f.text));
  let blanksOnly = true;
  let ok = touched;
  const values = fields.map((f) => {
    const parsed = parseCount(f.text, f.name);
    if (parsed.ok) return parsed.value;
    ok = false;
    if (parsed.errors[0]?.code !== 'empty') blanksOnly = false;
    if (touched) addErrors(errors, parsed.errors);
    return 0;
  });
  // A field's "still empty" message waits until the visitor has left it (see Field), so the
  // result area names blank fields itself rather than pointing at marks not yet shown.
  const fix = message(blanksOnly ? 'miss.fillBlanks' : 'miss.fixMarked', { what });
  return { values: ok ? values : null, touched, fix };
}

/** An optional decimal field ("0,75", "1.234"); blank gives null with no error. */
export function readOptionalNumber(name: string, text: string, errors: FieldErrors, allowPercent = false): number | null {
  if (isBlank(text)) return null;
  const parsed = parseIdNumber(text, { field: name, allowPercent });
  if (parsed.ok) return parsed.value;
  addErrors(errors, parsed.errors);
  return null;
}

/** Field name of the count for one score, e.g. `skor7`. */
export const scoreField = (score: number): string => `skor${score}`;

/**
 * Counts per score from either the per-score fields or a tally of pasted/uploaded scores.
 * `what` names the metric in the "missing" sentence.
 */
export function readScoreCounts(
  mode: 'counts' | 'scores',
  fields: readonly string[],
  min: number,
  tally: ScoreTally | null,
  errors: FieldErrors,
  what: Message,
): { counts: number[] | null; missing: Message | null } {
  const max = min + fields.length - 1;
  if (mode === 'scores') {
    if (!tally) return { counts: null, missing: message('miss.pasteScores', { min, max, what }) };
    if (tally.used === 0) {
      errors.scores = message('err.noUsableScores', { min, max });
      return { counts: null, missing: message('miss.noValidScores') };
    }
    return { counts: tally.histogram, missing: null };
  }
  const { values, touched, fix } = readCountGroup(fields.map((text, i) => ({ name: scoreField(min + i), text })), errors, what);
  if (!touched) return { counts: null, missing: message('miss.countsPerScore', { min, max, what }) };
  if (!values) return { counts: null, missing: fix };
  if (values.every((v) => v === 0)) {
    errors[scoreField(max)] = message('err.allZero');
    return { counts: null, missing: message('miss.allZero') };
  }
  return { counts: values, missing: null };
}

