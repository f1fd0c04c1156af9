/**
 * Helpers shared by the calculators' share links: pure encoding and decoding of the forms'
 * states (`src/lib/calculators/*-form.ts`).
 *
 * Links carry what the user typed, as text, not parsed numbers: a link with a typo must open
 * with the typo visible in its field and explained by the normal validation, never silently
 * "fixed" or dropped. What a form control cannot show as sent (an unknown scale, more values
 * than fields, a parameter given twice) is reported as an issue, shown beside its field.
 */
import { message, type Message } from '../../i18n/message';

/** Something in the link that could not be shown as it was sent. */
export interface LinkIssue {
  /** The link parameter concerned, e.g. `skala`. */
  readonly param: string;
  readonly value: string;
  readonly message: Message;
}

export interface Decoded<State> {
  readonly state: State;
  readonly issues: readonly LinkIssue[];
  /** Whether the link carried any calculator input at all (so the page can calculate at once). */
  readonly hasData: boolean;
}

/** A field value longer than this is not put in a link: no valid number is that long, and a huge address fails. */
export const MAX_LINK_FIELD_CHARS = 40;

/** Shortens a value for a message. */
const preview = (text: string): string => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Reads links for one calculator, collecting what could not be used as sent. */
export class LinkReader {
  readonly issues: LinkIssue[] = [];
  constructor(private readonly params: URLSearchParams) {}

  /** Whether any of `names` is in the link, or any issue was found. */
  has(...names: string[]): boolean {
    return this.issues.length > 0 || names.some((n) => this.params.has(n));
  }

  /** The parameter's value, null when absent; a repeated parameter is reported and its first value used. */
  one(name: string): string | null {
    const all = this.params.getAll(name);
    if (all.length > 1) this.report(name, all.join(' | '), message('link.repeated', { param: name, n: all.length, value: preview(all[0]!) }));
    return all[0] ?? null;
  }

  /** The comma list (null when absent) fitted to `length` fields; values past them are reported. */
  list(name: string, length: number): { values: string[]; raw: string | null } {
    const raw = this.one(name);
    const values = raw ? raw.split(',') : [];
    if (values.length > length) {
      this.report(name, raw ?? '', message('link.tooMany', { n: values.length, param: name, length, extra: preview(values.slice(length).join(',')) }));
    }
    return { values: Array.from({ length }, (_, i) => values[i] ?? ''), raw };
  }

  /**
   * A link may carry one form of data; when it carries another too (`skor=` beside `jumlah=`),
   * the form is read from `used` and the others are reported under their first parameter.
   */
  otherForms(used: readonly string[], unused: readonly string[]): void {
    const sent = unused.filter((name) => this.params.has(name));
    if (sent.length === 0) return;
    const values = sent.map((name) => this.params.get(name) ?? '');
    const unusedText = sent.map((name, i) => `“${name}” (${preview(values[i]!)})`).join(' dan ');
    this.report(sent[0]!, values.join('&'), message('link.otherForm', { used: used.map((name) => `“${name}”`).join(', '), unused: unusedText }));
  }

  report(param: string, value: string, m: Message): void {
    this.issues.push({ param, value, message: m });
  }
}

/**
 * Sets `name` only when the field has content ("encode omits empty fields") that fits a link:
 * a field's text longer than `max` stays in the field and out of the address.
 */
export function setIfFilled(params: URLSearchParams, name: string, value: string, max = MAX_LINK_FIELD_CHARS): void {
  if (value.trim() !== '' && value.length <= max) params.set(name, value);
}

/** Sets a comma list unless every item is blank; an item too long for a link travels empty. */
export function setListIfFilled(params: URLSearchParams, name: string, values: readonly string[]): void {
  const fitting = values.map((v) => (v.length <= MAX_LINK_FIELD_CHARS ? v : ''));
  if (fitting.some((value) => value.trim() !== '')) params.set(name, fitting.join(','));
}

/**
 * Query string for display and copying: like `params.toString()` but keeps commas readable
 * ("jumlah=1,2,3" instead of "jumlah=1%2C2%2C3"); both forms decode identically.
 */
export function linkQuery(params: URLSearchParams): string {
  return params.toString().replaceAll('%2C', ',');
}
