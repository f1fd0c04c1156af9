// The trainee's quiz progress (Leitner boxes, best scores, session count) in localStorage, on
// its own so the mastery badges on /kuis/ load it without the quiz engine. Read through
// `loadProgress`: garbage, a wrong shape or an unknown version gives a fresh state, never an error.
import { persistentAtom } from './persistent';
import { emptyProgress, loadProgress, saveProgress, type Progress } from '../lib/quiz/progress';

/** Versioned storage key; a new shape gets a new version and a migration in loadProgress. */
export const PROGRESS_KEY = 'paham-pelanggan:kuis:v2';

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: saveProgress,
  decode: loadProgress,
});

/** Storage key of a topic's unfinished session (written by ./quiz.ts). */
export const savedSessionKey = (topic: string): string => `paham-pelanggan:kuis-sesi:v1:${topic}`;

/** Forgets all progress and every unfinished session (the "Hapus kemajuan" button). */
export function clearProgress(): void {
  $progress.set(emptyProgress());
  try {
    const prefix = savedSessionKey('');
    for (const key of Object.keys(localStorage)) if (key.startsWith(prefix)) localStorage.removeItem(key);
  } catch {
    // storage blocked: nothing was stored either
  }
}
