// Small helpers for UI strings handed to islands: fill `{name}` placeholders.

/** Replaces each `{key}` in `text` with `values[key]`; unknown keys stay as written. */
export function fmt(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, key: string) => (Object.hasOwn(values, key) ? String(values[key]) : m));
}
