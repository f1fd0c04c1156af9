// CSAT calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { computed } from 'nanostores';
import { evaluateCsat } from '../lib/calculators/csat-form';
import { isCsatScale, type CsatScale } from '../lib/metrics/csat';
import { csatScoreScale } from '../lib/parse/score-tally';
import { encodeCsatLink, emptyCsatState, type CsatLinkState } from '../lib/share/csat-link';
import { linkQuery } from '../lib/share/link';
import { isRecord, isStringList, MAX_STORED_CHARS, persistentForm, restoreAfterTally } from './persisted-form';
import { createScoreSource, linkableState } from './score-source';

function isCsatState(v: unknown): v is CsatLinkState {
  return (
    isRecord(v) &&
    typeof v.scale === 'number' &&
    isCsatScale(v.scale) &&
    (v.mode === 'counts' || v.mode === 'scores') &&
    isStringList(v.counts, v.scale) &&
    typeof v.scores === 'string' &&
    typeof v.threshold === 'string'
  );
}

export const $csatInput = persistentForm<CsatLinkState>('paham:csat:v1', emptyCsatState(), isCsatState, (s) => {
  const tally = csatScores.$tally.get();
  return tally ? { ...s, mode: 'counts', counts: tally.histogram.map(String), scores: '' } : { ...s, scores: '' };
});
export const csatScores = createScoreSource(() => csatScoreScale($csatInput.get().scale));
restoreAfterTally($csatInput, csatScores.$tally, (s) => s.scores.length > MAX_STORED_CHARS);
export const $csat = computed([$csatInput, csatScores.$tally], (input, tally) => evaluateCsat(input, input.mode === 'scores' ? tally : null));
export const $csatQuery = computed([$csatInput, csatScores.$tally], (input, tally) =>
  linkQuery(encodeCsatLink(linkableState(input, tally, (counts) => ({ ...input, mode: 'counts', counts })))),
);

export function setCsatScale(scale: CsatScale): void {
  const s = $csatInput.get();
  // Counts belong to one scale; keep what fits and pad the rest.
  const counts = Array.from({ length: scale }, (_, i) => s.counts[i] ?? '');
  $csatInput.set({ ...s, scale, counts, threshold: '' });
  if (s.mode === 'scores') csatScores.readText(s.scores);
}
export const setCsatMode = (mode: CsatLinkState['mode']) => $csatInput.set({ ...$csatInput.get(), mode });
export function setCsatCount(index: number, value: string): void {
  const s = $csatInput.get();
  $csatInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
export function setCsatScores(text: string): void {
  $csatInput.set({ ...$csatInput.get(), scores: text });
  csatScores.readText(text);
}
export const setCsatThreshold = (threshold: string) => $csatInput.set({ ...$csatInput.get(), threshold });
export function clearCsat(): void {
  $csatInput.set(emptyCsatState($csatInput.get().scale));
  csatScores.clear();
}
