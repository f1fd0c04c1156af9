// On mount: take the state from a share link if the address has one, keep the address in step
// from then on, and re-read saved pasted scores (their tally is not stored).
import type { ReadableAtom } from 'nanostores';
import { useEffect } from 'preact/hooks';
import type { Decoded } from '../../lib/share/link';
import type { PersistentAtom } from '../../stores/persistent';
import type { ScoreSourceStore } from '../../stores/score-source';
import { syncWithUrl } from '../../stores/url-sync';

export function useLinkedState<T>(
  $input: PersistentAtom<T>,
  $query: ReadableAtom<string>,
  decode: (params: URLSearchParams) => Decoded<T>,
  source?: ScoreSourceStore,
): void {
  useEffect(() => {
    const stop = syncWithUrl($input, $query, decode);
    const state = $input.get() as { mode?: string; scores?: string };
    if (source && state.mode === 'scores' && state.scores) source.readText(state.scores);
    return stop;
  }, []);
}
