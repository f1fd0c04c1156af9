// Words a Message (src/i18n/message.ts): its key's text with `{name}` filled in. A parameter whose
// value is itself a key (a field label, a range) is worded too; `{Name}` capitalises.
//
// The strings shared by every calculator are always here; each island adds its own map when it
// loads (`addWords`), so a page carries only the words it can show.
import type { Message, MessageParams } from './message';
import { calc, type CalcKey } from './id';

const table: Partial<Record<CalcKey, string>> = { ...calc };

/** Makes a calculator's own strings (`npsWords`, `scoresWords`…) available to `say`. */
export function addWords(...maps: readonly Readonly<Partial<Record<CalcKey, string>>>[]): void {
  for (const map of maps) Object.assign(table, map);
}

/** The text of a key, or the key itself when its map was never added (a bug the browser tests catch). */
export const text = (key: CalcKey): string => table[key] ?? key;

const isKey = (v: unknown): v is CalcKey => typeof v === 'string' && Object.hasOwn(table, v);

export function say(m: Message | CalcKey, params?: MessageParams): string {
  const { key, params: p = params } = typeof m === 'string' ? { key: m } : m;
  return text(key).replace(/\{(\w+)\}/g, (all, name: string) => {
    const lower = name.charAt(0).toLowerCase() + name.slice(1);
    const raw = p?.[name] ?? p?.[lower];
    if (raw === undefined) return all;
    const value = typeof raw === 'object' ? say(raw) : isKey(raw) ? say(raw, p) : String(raw);
    return name === lower ? value : value.charAt(0).toUpperCase() + value.slice(1);
  });
}
