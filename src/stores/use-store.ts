// Subscribes a Preact component to a nanostore. Unlike `useStore` from @nanostores/preact, which
// defers the re-render to a `setTimeout`, this schedules it straight away (Preact renders on the
// next microtask), so a click or key press shows its result before the next frame is painted.
import { useEffect, useState } from 'preact/hooks';
import type { ReadableAtom } from 'nanostores';

export function useStore<T>(store: ReadableAtom<T>): T {
  const value = store.get();
  const [, setTick] = useState(0);
  useEffect(() => {
    const rerender = () => setTick((n) => n + 1);
    const stop = store.listen(rerender);
    // The value may have changed between this render and the subscription.
    if (store.get() !== value) rerender();
    return stop;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return value;
}
