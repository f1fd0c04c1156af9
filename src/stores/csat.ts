// CSAT calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { derived } from './derived';
import { evaluateCsat } from '../lib/calculators/csat-form';
import { isCsatScale, type CsatScale } from '../lib/metrics/csat';
import { csatScoreScale } from '../lib/parse/score-tally';
import { encodeCsatLink, emptyCsatState, type CsatLinkState } from '../lib/share/csat-link';
import { linkQuery } from '../lib/share/link';
import { isRecord, isStringList, persistentForm } from './persisted-form';
import { createScoreSource, followTally, MAX_LINK_SCORES_CHARS, travellingState } from './score-source';

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

/** Scores from a file or a long paste travel as counts per score. */
const asCounts = (s: CsatLinkState) => (counts: string[]): CsatLinkState => ({ ...s, mode: 'counts', counts, scores: '' });

export const csatScores = createScoreSource(
  () => csatScoreScale($csatInput.get().scale),
  () => new Worker(new URL('../lib/parse/score-worker.ts', import.meta.url), { type: 'module' }),
);
export const $csatInput = persistentForm<CsatLinkState>('paham:csat:v1', emptyCsatState(), isCsatState, (s, maxChars) =>
  travellingState(s, csatScores.$tally.get(), csatScores.$origin.get(), maxChars, asCounts(s)),
);
followTally($csatInput, csatScores);
export const $csat = derived([$csatInput, csatScores.$tally], (input, tally) => evaluateCsat(input, input.mode === 'scores' ? tally : null));
export const $csatQuery = derived([$csatInput, csatScores.$tally, csatScores.$origin], (input, tally, origin) =>
  linkQuery(encodeCsatLink(travellingState(input, tally, origin, MAX_LINK_SCORES_CHARS, asCounts(input)))),
);

export function setCsatScale(scale: CsatScale): void {
  const s = $csatInput.get();
  // Counts belong to one scale; keep what fits and pad the rest.
  const counts = Array.from({ length: scale }, (_, i) => s.counts[i] ?? '');
  $csatInput.set({ ...s, scale, counts, threshold: '' });
  // Scores are read for one scale: read the text, or the file, again.
  if (s.mode === 'scores') csatScores.reread(s.scores);
}
export const setCsatMode = (mode: CsatLinkState['mode']) => $csatInput.set({ ...$csatInput.get(), mode });
export function setCsatCount(index: number, value: string): void {
  const s = $csatInput.get();
  $csatInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
export function setCsatScores(text: string): void {
  csatScores.readText(text); // first: typed text replaces a file's scores before the store saves
  $csatInput.set({ ...$csatInput.get(), scores: text });
}
export const setCsatThreshold = (threshold: string) => $csatInput.set({ ...$csatInput.get(), threshold });
export function clearCsat(): void {
  $csatInput.set(emptyCsatState($csatInput.get().scale));
  csatScores.clear();
}
