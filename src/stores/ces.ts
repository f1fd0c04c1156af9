// CES calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { computed } from 'nanostores';
import { evaluateCes } from '../lib/calculators/ces-form';
import { CES_SCORE_SCALE } from '../lib/parse/score-tally';
import { EMPTY_CES_STATE, encodeCesLink, type CesLinkState } from '../lib/share/ces-link';
import { linkQuery } from '../lib/share/link';
import { isRecord, isStringList, MAX_STORED_CHARS, persistentForm, restoreAfterTally } from './persisted-form';
import { createScoreSource, linkableState } from './score-source';

const isCesState = (v: unknown): v is CesLinkState =>
  isRecord(v) && (v.mode === 'counts' || v.mode === 'scores') && isStringList(v.counts, 7) && typeof v.scores === 'string';

export const $cesInput = persistentForm<CesLinkState>('paham:ces:v1', EMPTY_CES_STATE, isCesState, (s) => {
  const tally = cesScores.$tally.get();
  return tally ? { ...s, mode: 'counts', counts: tally.histogram.map(String), scores: '' } : { ...s, scores: '' };
});
export const cesScores = createScoreSource(() => CES_SCORE_SCALE);
restoreAfterTally($cesInput, cesScores.$tally, (s) => s.scores.length > MAX_STORED_CHARS);
export const $ces = computed([$cesInput, cesScores.$tally], (input, tally) => evaluateCes(input, input.mode === 'scores' ? tally : null));
export const $cesQuery = computed([$cesInput, cesScores.$tally], (input, tally) =>
  linkQuery(encodeCesLink(linkableState(input, tally, (counts) => ({ ...input, mode: 'counts', counts })))),
);

export const setCesMode = (mode: CesLinkState['mode']) => $cesInput.set({ ...$cesInput.get(), mode });
export function setCesCount(index: number, value: string): void {
  const s = $cesInput.get();
  $cesInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
export function setCesScores(text: string): void {
  $cesInput.set({ ...$cesInput.get(), scores: text });
  cesScores.readText(text);
}
export function clearCes(): void {
  $cesInput.set(EMPTY_CES_STATE);
  cesScores.clear();
}
