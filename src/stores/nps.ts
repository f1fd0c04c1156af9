// NPS calculator state: the fields as typed (persisted), the tally of pasted/uploaded scores,
// the evaluation, and the share query. Actions sit beside the stores.
import { evaluateNps } from '../lib/calculators/nps-form';
import { NPS_SCORE_SCALE } from '../lib/parse/score-tally';
import { EMPTY_NPS_COUNTS, EMPTY_NPS_STATE, encodeNpsLink, type NpsCountFields, type NpsInputMode, type NpsLinkState } from '../lib/share/nps-link';
import { hasStrings, isStringList } from './persisted-form';
import { scoredForm } from './scored-form';

const COUNT_KEYS = ['promoters', 'passives', 'detractors'] as const;

function isNpsState(v: unknown): v is NpsLinkState {
  return (
    hasStrings(v, ['mode', 'scores', 'target']) &&
    ['counts', 'histogram', 'scores'].includes(v.mode) &&
    hasStrings(v.counts, COUNT_KEYS) &&
    isStringList(v.histogram, 11) &&
    (v.compare === null || hasStrings(v.compare, COUNT_KEYS))
  );
}

export const {
  scores: npsScores,
  $input: $npsInput,
  $result: $nps,
  $query: $npsQuery,
  setScores: setNpsScores,
  clear: clearNps,
} = scoredForm({
  key: 'paham:nps:v1',
  empty: EMPTY_NPS_STATE,
  isValid: isNpsState,
  scale: () => NPS_SCORE_SCALE,
  startWorker: () => new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' }),
  // Scores from a file or a long paste travel as counts per score 0–10.
  asCounts: (s, histogram): NpsLinkState => ({ ...s, mode: 'histogram', histogram, scores: '' }),
  evaluate: evaluateNps,
  encode: encodeNpsLink,
});

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
