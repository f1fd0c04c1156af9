// A nanostore kept in localStorage: read when created, written on every change, and refreshed
// when another tab changes it or the page comes back from the back/forward cache. A few lines of
// our own rather than @nanostores/persistent, whose engines and map stores no page here uses,
// and which lets a full or blocked storage throw out of `set`.
//
// Storage can be blocked (some private modes) or full. Then values still hold for the visit,
// and `$storageFailed` says so, so no page claims to keep what it cannot.
import { atom, type WritableAtom } from 'nanostores';

export interface StorageCodec<T> {
  /** The text stored for a value; null removes the key (a finished quiz session leaves none). */
  readonly encode: (value: T) => string | null;
  /** The value for stored text; must not throw (return the initial value for anything unreadable). */
  readonly decode: (text: string) => T;
}

/** True once storage turned out to be blocked, or a write failed: what is typed will not be kept. */
export const $storageFailed = atom(false);

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // blocked, as in some private modes
  }
}

/** The stored text of `key`, or null; a storage that throws on reading is treated as blocked. */
function read(key: string): string | null {
  try {
    return storage()?.getItem(key) ?? null;
  } catch {
    if (typeof window !== 'undefined') $storageFailed.set(true);
    return null;
  }
}

/** Whether a small write succeeds, checked once per page (a full storage refuses even that). */
function probe(): void {
  if (typeof window === 'undefined' || $storageFailed.get()) return;
  const store = storage();
  try {
    if (!store) throw new Error('no storage');
    store.setItem('paham:probe', '1');
    store.removeItem('paham:probe');
  } catch {
    $storageFailed.set(true);
  }
}

export interface PersistentAtom<T> extends WritableAtom<T> {
  /**
   * Shows a value without storing it: a shared link's state, which must not overwrite what the
   * visitor saved. The next `set` (the visitor changing something) stores as usual.
   */
  visit(value: T): void;
  /** False while a visited value is shown and not yet changed. */
  saves(): boolean;
}

export function persistentAtom<T>(key: string, initial: T, { encode, decode }: StorageCodec<T>): PersistentAtom<T> {
  probe();
  let seen = read(key);
  const $store = atom<T>(seen === null ? initial : decode(seen)) as PersistentAtom<T>;
  const set = $store.set;
  let visiting = false;
  $store.visit = (value) => {
    visiting = true;
    set(value);
  };
  $store.saves = () => !visiting;
  $store.set = (value) => {
    visiting = false;
    const store = storage();
    try {
      if (!store) throw new Error('no storage');
      const text = encode(value);
      if (text === null) store.removeItem(key);
      else store.setItem(key, text);
      seen = text;
    } catch {
      // The value still holds for this visit, and `seen` still matches what is stored, so coming
      // back from the back/forward cache does not replace it. The page says it will not be kept.
      if (typeof window !== 'undefined') $storageFailed.set(true);
    }
    set(value);
  };
  const refresh = () => {
    const text = read(key);
    if (text === seen) return;
    seen = text;
    visiting = false;
    set(text === null ? initial : decode(text));
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key === key || event.key === null) refresh();
    });
    window.addEventListener('pageshow', refresh);
  }
  return $store;
}
