// NPS calculator state: the fields as typed (persisted), the tally of pasted/uploaded scores,
// the evaluation, and the share query. Actions sit beside the stores.
import { EMPTY_NPS_COUNTS, EMPTY_NPS_STATE, evaluateNps, isNpsState, type NpsCountFields, type NpsInputMode, type NpsState } from '../lib/calculators/nps-form';
import { NPS_SCORE_SCALE } from '../lib/parse/score-tally';
import { decodeNpsLink, encodeNpsLink } from '../lib/share/nps-link';
import { scoredForm } from './scored-form';

export const npsCalculator = scoredForm({
  key: 'paham:nps:v1',
  empty: EMPTY_NPS_STATE,
  isValid: isNpsState,
  scale: () => NPS_SCORE_SCALE,
  startWorker: () => new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' }),
  // Scores from a file or a long paste travel as counts per score 0–10.
  asCounts: (s, histogram): NpsState => ({ ...s, mode: 'histogram', histogram, scores: '' }),
  evaluate: evaluateNps,
  encode: encodeNpsLink,
  decode: decodeNpsLink,
});

const $npsInput = npsCalculator.$input;

export function setNpsMode(mode: NpsInputMode): void {
  $npsInput.set({ ...$npsInput.get(), mode });
}

export function setNpsCount(key: keyof NpsCountFields, value: string, period: 'a' | 'b' = 'a'): void {
  const s = $npsInput.get();
  if (period === 'a') $npsInput.set({ ...s, counts: { ...s.counts, [key]: value } });
  else $npsInput.set({ ...s, compare: { ...(s.compare ?? EMPTY_NPS_COUNTS), [key]: value } });
}

export function setNpsHistogram(score: number, value: string): void {
  const s = $npsInput.get();
  $npsInput.set({ ...s, histogram: s.histogram.map((v, i) => (i === score ? value : v)) });
}

export const setNpsTarget = (target: string) => $npsInput.set({ ...$npsInput.get(), target });

export function setNpsCompare(on: boolean): void {
  $npsInput.set({ ...$npsInput.get(), compare: on ? ($npsInput.get().compare ?? EMPTY_NPS_COUNTS) : null });
}
