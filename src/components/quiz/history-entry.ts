// A finished session is remembered in its history entry (history.state), not in localStorage:
// Back, Forward or a reload onto that entry shows its summary again, while a new visit to the
// quiz starts a new session. The entry forgets it as soon as a new session starts there.
import { isRecord } from '../../schemas/shape';
import { toSaved } from '../../lib/quiz/saved';
import { FINISHED_KEY } from '../../lib/quiz/storage-keys';
import type { QuizSession } from '../../lib/quiz/session';



const state = (): Record<string, unknown> => (isRecord(history.state) ? history.state : {});

/** The finished session this entry showed, as stored data (lib/quiz/saved.ts checks it). */
export function finishedHere(): unknown {
  return state()[FINISHED_KEY];
}

/** Keeps the entry in step with the session on screen. */
export function markEntry(session: QuizSession): void {
  const { [FINISHED_KEY]: had, ...rest } = state();
  if (session.phase === 'done') history.replaceState({ ...rest, [FINISHED_KEY]: toSaved(session) }, '');
  else if (had !== undefined) history.replaceState(rest, '');
}
