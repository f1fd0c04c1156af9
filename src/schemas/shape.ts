// Shape checks for JSON read back from storage or a file, before any field of it is trusted.

/** A plain object (not null, not an array). */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every listed key holds a string. */
export function hasStrings<K extends string>(v: unknown, keys: readonly K[]): v is Record<string, unknown> & Record<K, string> {
  return isRecord(v) && keys.every((k) => typeof v[k] === 'string');
}

/** An array of strings, of `length` items when given. */
export function isStringList(v: unknown, length?: number): v is string[] {
  return Array.isArray(v) && (length === undefined || v.length === length) && v.every((s) => typeof s === 'string');
}
