// Keeps a calculator's state in the address bar, so the address is always a share link, and
// shows a shared link's state when one is opened. A link's state is only shown, not stored,
// until the visitor changes it: what they saved before stays saved, and the address keeps
// exactly what was sent (problems and all) until then.
import type { ReadableAtom } from 'nanostores';
import type { Decoded } from '../lib/share/link';
import type { PersistentAtom } from './persistent';

export function syncWithUrl<T>($input: PersistentAtom<T>, $query: ReadableAtom<string>, decoded: Decoded<T>): () => void {
  if (decoded.hasData) $input.visit(decoded.state);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return $query.subscribe((query) => {
    clearTimeout(timer);
    if (!$input.saves()) return;
    timer = setTimeout(() => {
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    }, 250);
  });
}
