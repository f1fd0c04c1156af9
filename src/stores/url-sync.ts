// Keeps a calculator's state in the address bar, so the address is always a share link,
// and restores the state from the address when a shared link is opened. A link's state is only
// shown, not stored, until the visitor changes it: what they saved before stays saved.
import type { ReadableAtom } from 'nanostores';
import type { Decoded } from '../lib/share/link';
import type { PersistentAtom } from './persistent';

export function syncWithUrl<T>(
  $input: PersistentAtom<T>,
  $query: ReadableAtom<string>,
  decode: (params: URLSearchParams) => Decoded<T>,
): () => void {
  const decoded = decode(new URLSearchParams(location.search));
  if (decoded.hasData) $input.visit(decoded.state);
  let timer: ReturnType<typeof setTimeout> | undefined;
  return $query.subscribe((query) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const url = `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
      if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', url);
    }, 250);
  });
}
