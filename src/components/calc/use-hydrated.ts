// Preact's hydration keeps the server's DOM as it is, so a field the server rendered empty
// would stay empty even when the store holds a saved value. Islands therefore render the
// server's state first and switch to the stores' values right after mounting.
import { useStore } from '../../stores/use-store';
import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

export function useHydratedStore<T>(store: ReadableAtom<T>, serverValue: T): T {
  const value = useStore(store);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted ? value : serverValue;
}
