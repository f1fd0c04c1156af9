// CES calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { derived } from './derived';
import { evaluateCes } from '../lib/calculators/ces-form';
import { CES_SCORE_SCALE } from '../lib/parse/score-tally';
import { EMPTY_CES_STATE, encodeCesLink, type CesLinkState } from '../lib/share/ces-link';
import { linkQuery } from '../lib/share/link';
import { isRecord, isStringList, persistentForm } from './persisted-form';
import { createScoreSource, followTally, MAX_LINK_SCORES_CHARS, travellingState } from './score-source';

const isCesState = (v: unknown): v is CesLinkState =>
  isRecord(v) && (v.mode === 'counts' || v.mode === 'scores') && isStringList(v.counts, 7) && typeof v.scores === 'string';

/** Scores from a file or a long paste travel as counts per score 1–7. */
const asCounts = (s: CesLinkState) => (counts: string[]): CesLinkState => ({ ...s, mode: 'counts', counts, scores: '' });

export const cesScores = createScoreSource(
  () => CES_SCORE_SCALE,
  () => new Worker(new URL('../lib/parse/score-worker.ts', import.meta.url), { type: 'module' }),
);
export const $cesInput = persistentForm<CesLinkState>('paham:ces:v1', EMPTY_CES_STATE, isCesState, (s, maxChars) =>
  travellingState(s, cesScores.$tally.get(), cesScores.$origin.get(), maxChars, asCounts(s)),
);
followTally($cesInput, cesScores);
export const $ces = derived([$cesInput, cesScores.$tally], (input, tally) => evaluateCes(input, input.mode === 'scores' ? tally : null));
export const $cesQuery = derived([$cesInput, cesScores.$tally, cesScores.$origin], (input, tally, origin) =>
  linkQuery(encodeCesLink(travellingState(input, tally, origin, MAX_LINK_SCORES_CHARS, asCounts(input)))),
);

export const setCesMode = (mode: CesLinkState['mode']) => $cesInput.set({ ...$cesInput.get(), mode });
export function setCesCount(index: number, value: string): void {
  const s = $cesInput.get();
  $cesInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
export function setCesScores(text: string): void {
  cesScores.readText(text); // first: typed text replaces a file's scores before the store saves
  $cesInput.set({ ...$cesInput.get(), scores: text });
}
export function clearCes(): void {
  $cesInput.set(EMPTY_CES_STATE);
  cesScores.clear();
}
