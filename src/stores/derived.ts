// A store computed from other stores, kept up to date as they change. nanostores' `computed`
// does the same lazily, for stores that may never be watched; ours live as long as their page
// and are always watched, so an eager version without the lifecycle machinery serves, and
// keeps about 0.4 KB (gzip) off every calculator page.
import { atom, type ReadableAtom } from 'nanostores';

type Values<S extends readonly ReadableAtom<unknown>[]> = { [K in keyof S]: S[K] extends ReadableAtom<infer V> ? V : never };

export function derived<const S extends readonly ReadableAtom<unknown>[], T>(stores: S, compute: (...values: Values<S>) => T): ReadableAtom<T> {
  const read = () => compute(...(stores.map((s) => s.get()) as Values<S>));
  const $derived = atom(read());
  for (const store of stores) store.listen(() => $derived.set(read()));
  return $derived;
}
