// CES calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { evaluateCes } from '../lib/calculators/ces-form';
import { CES_SCORE_SCALE } from '../lib/parse/score-tally';
import { EMPTY_CES_STATE, encodeCesLink, type CesLinkState } from '../lib/share/ces-link';
import { isRecord } from '../lib/is-record';
import { isStringList } from './persisted-form';
import { scoredForm } from './scored-form';

const isCesState = (v: unknown): v is CesLinkState =>
  isRecord(v) && (v.mode === 'counts' || v.mode === 'scores') && isStringList(v.counts, 7) && typeof v.scores === 'string';

export const {
  scores: cesScores,
  $input: $cesInput,
  $result: $ces,
  $query: $cesQuery,
  setScores: setCesScores,
  clear: clearCes,
} = scoredForm({
  key: 'paham:ces:v1',
  empty: EMPTY_CES_STATE,
  isValid: isCesState,
  scale: () => CES_SCORE_SCALE,
  startWorker: () => new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' }),
  // Scores from a file or a long paste travel as counts per score 1–7.
  asCounts: (s, counts): CesLinkState => ({ ...s, mode: 'counts', counts, scores: '' }),
  evaluate: evaluateCes,
  encode: encodeCesLink,
});

export const setCesMode = (mode: CesLinkState['mode']) => $cesInput.set({ ...$cesInput.get(), mode });
export function setCesCount(index: number, value: string): void {
  const s = $cesInput.get();
  $cesInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
