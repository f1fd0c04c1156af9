// A calculator's field strings, kept in localStorage so nothing typed is lost on reload.
// Stored data is versioned by key and checked on read: anything unreadable is dropped.
import { persistentAtom, type PersistentAtom } from './persistent';
import { isRecord } from '../schemas/shape';

/** Text longer than this is not stored (localStorage holds about 5 MB per site). */
export const MAX_STORED_CHARS = 400_000;

/**
 * `stored(value, maxChars)` gives the form to store: an uploaded file's scores, which no field
 * holds, become counts per score, as does pasted text longer than `maxChars`. It is called with
 * the storage limit (text over it could never be stored, and turning a million pasted scores
 * into JSON only to find that out took 80 ms of one task), then with a limit of 0 if the JSON is
 * still too large (escaped line breaks make it longer than the text); if even that is too large,
 * the empty state is stored.
 */
export function persistentForm<T>(
  key: string,
  empty: T,
  isValid: (value: unknown) => value is T,
  stored: (value: T, maxChars: number) => T = (value) => value,
): PersistentAtom<T> {
  return persistentAtom<T>(key, empty, {
    encode(value) {
      let text = JSON.stringify(stored(value, MAX_STORED_CHARS));
      if (text.length > MAX_STORED_CHARS) text = JSON.stringify(stored(value, 0));
      return text.length > MAX_STORED_CHARS ? JSON.stringify(empty) : text;
    },
    decode(text) {
      try {
        const parsed: unknown = JSON.parse(text);
        // Fields added since the value was stored take their empty value.
        const value = isRecord(parsed) && isRecord(empty) ? { ...empty, ...parsed } : parsed;
        return isValid(value) ? value : empty;
      } catch {
        return empty;
      }
    },
  });
}
