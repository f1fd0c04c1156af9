// CES calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { EMPTY_CES_STATE, evaluateCes, isCesState, type CesState } from '../lib/calculators/ces-form';
import { CES_SCORE_SCALE } from '../lib/parse/score-tally';
import { decodeCesLink, encodeCesLink } from '../lib/share/ces-link';
import { scoredForm } from './scored-form';

export const cesCalculator = scoredForm({
  key: 'paham:ces:v1',
  empty: EMPTY_CES_STATE,
  isValid: isCesState,
  scale: () => CES_SCORE_SCALE,
  startWorker: () => new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' }),
  // Scores from a file or a long paste travel as counts per score 1–7.
  asCounts: (s, counts): CesState => ({ ...s, mode: 'counts', counts, scores: '' }),
  evaluate: evaluateCes,
  encode: encodeCesLink,
  decode: decodeCesLink,
});

const $cesInput = cesCalculator.$input;

export const setCesMode = (mode: CesState['mode']) => $cesInput.set({ ...$cesInput.get(), mode });
export function setCesCount(index: number, value: string): void {
  const s = $cesInput.get();
  $cesInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
