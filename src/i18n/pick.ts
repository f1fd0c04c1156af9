// UI strings handed to islands: only the keys a component needs travel to the browser, so
// islands never bundle the whole string map.
import { ui, type UiKey } from './id';

/** Keys of `ui` that start with `prefix`. */
export type KeysWith<P extends string> = Extract<UiKey, `${P}${string}`>;

/** The strings whose keys start with one of `prefixes`. */
export function labels<P extends string>(...prefixes: P[]): Record<KeysWith<P>, string> {
  const out: Record<string, string> = {};
  for (const [key, text] of Object.entries(ui)) if (prefixes.some((p) => key.startsWith(p))) out[key] = text;
  return out as Record<KeysWith<P>, string>;
}
