// The one way to get an interface string: `translator(...dictionaries)` gives a `t(key, params)`
// typed by those dictionaries, so an unknown key, or a `{placeholder}` left without its parameter,
// is a type error (the model is Starlight's createTranslationSystem, without i18next: one language,
// and every byte counts on the calculator pages). The dictionaries stay split by page (`id-*.ts`):
// a page's translator is built from the ones it shows, so a page carries only its own words.
import type { Message } from './message';

/** A dictionary: key to Indonesian text, `{name}` marking a parameter. */
export type Dictionary = Readonly<Record<string, string>>;

/** The `{name}` placeholders of a text, as written (`{Label}` gives `Label`). */
export type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/**
 * A parameter's value: text or a number (already formatted where formatting matters), shown as
 * given, or a message (a field label, a range) worded in place with its own parameters.
 */
export type Value = string | number | Message;

/** The parameters a text needs: none, or one value per placeholder (`{Label}` takes `label`). */
export type ParamsOf<S> = [Placeholders<S>] extends [never]
  ? []
  : [params: { readonly [P in Uncapitalize<Placeholders<S>>]: Value } & Readonly<Record<string, Value>>];

/** Dictionaries `Ds` as one (the type of what `translator` merges). */
export type Merged<Ds extends readonly unknown[]> = Ds extends readonly [infer A, ...infer Rest] ? A & Merged<Rest> : unknown;

/** A translation function over dictionary `D`. */
export interface Translate<D> {
  /** The text of `key`, each `{name}` filled from `params`; `{Name}` starts the value with a capital. */
  <K extends keyof D & string>(key: K, ...params: ParamsOf<D[K]>): string;
  /**
   * A message (`src/i18n/message.ts`) worded: the text of its key with its parameters. A
   * calculator's message may be another calculator's (the key is then shown, which the browser
   * tests catch); any other message must be of this translator's dictionaries.
   */
  (message: Message | Message<keyof D & string>): string;
}

/**
 * The translation function of `dictionaries` (a later one wins on a repeated key, which the
 * dictionary tests forbid). A missing key (a message whose dictionary the page lacks: a bug the
 * browser tests catch) reads as the key itself; a placeholder without a value stays as written.
 */
export function translator<const Ds extends readonly Dictionary[]>(...dictionaries: Ds): Translate<Merged<Ds>> {
  const table: Record<string, string> = Object.assign({}, ...dictionaries);
  const t = (m: string | Message, params?: Readonly<Record<string, Value>>): string => {
    const { key, params: p = params } = typeof m === 'string' ? { key: m } : m;
    return (table[key] ?? key).replace(/\{(\w+)\}/g, (all, name: string) => {
      const lower = name[0]!.toLowerCase() + name.slice(1);
      const raw = p?.[name] ?? p?.[lower];
      if (raw === undefined) return all;
      // Only a message is worded: text is shown as given, also when it equals a key (a visitor's
      // column titled `report.points`, a trainee named `trainer.resultName`).
      const value = typeof raw === 'object' ? t(raw) : String(raw);
      return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
    });
  };
  return t as Translate<Merged<Ds>>;
}
