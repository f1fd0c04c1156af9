// The trainee's quiz progress (Leitner boxes, best scores, session count) and each topic's
// unfinished session, in localStorage through persistentAtom only, so every write goes one way.
// On its own so the mastery badges on /kuis/ load it without the quiz engine. Progress is read
// through `loadProgress`: garbage, a wrong shape or an unknown version gives a fresh state.
import { persistentAtom, type PersistentAtom } from './persistent';
import { emptyProgress, loadProgress, saveProgress, type Progress } from '../lib/quiz/progress';
import { MIXED_TOPIC, QUIZ_TOPICS } from '../schemas/quiz-topics';
import { TRAINER_TOPIC } from '../lib/quiz/trainer-topic';

import { PROGRESS_KEY, savedSessionKey } from '../lib/quiz/storage-keys';

export { PROGRESS_KEY, savedSessionKey };

export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: saveProgress,
  decode: loadProgress,
});

const sessions = new Map<string, PersistentAtom<unknown>>();

/**
 * A topic's stored unfinished session as parsed JSON (null when there is none or it is not
 * JSON); lib/quiz/saved.ts checks its shape. One store per topic and page, so every tab's
 * writes arrive through the `storage` event.
 */
export function savedSession(topic: string): PersistentAtom<unknown> {
  let $saved = sessions.get(topic);
  if (!$saved) {
    $saved = persistentAtom<unknown>(savedSessionKey(topic), null, {
      encode: (value) => (value === null ? null : JSON.stringify(value)),
      decode: (text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch {
          return null;
        }
      },
    });
    sessions.set(topic, $saved);
  }
  return $saved;
}

/** Forgets all progress and every unfinished session (the "Hapus kemajuan" button). */
export function clearProgress(): void {
  $progress.set(emptyProgress());
  for (const topic of [...QUIZ_TOPICS, MIXED_TOPIC, TRAINER_TOPIC]) savedSession(topic).set(null);
}
