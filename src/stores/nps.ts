// NPS calculator state: the fields as typed (persisted), the tally of pasted/uploaded scores,
// the evaluation, and the share query. Actions sit beside the stores.
import { derived } from './derived';
import { evaluateNps } from '../lib/calculators/nps-form';
import { NPS_SCORE_SCALE } from '../lib/parse/score-tally';
import { linkQuery } from '../lib/share/link';
import { EMPTY_NPS_COUNTS, EMPTY_NPS_STATE, encodeNpsLink, type NpsCountFields, type NpsInputMode, type NpsLinkState } from '../lib/share/nps-link';
import { hasStrings, isStringList, persistentForm } from './persisted-form';
import { createScoreSource, followTally, MAX_LINK_SCORES_CHARS, travellingState } from './score-source';

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

/** Scores from a file or a long paste travel as counts per score 0–10. */
const asHistogram = (s: NpsLinkState) => (histogram: string[]): NpsLinkState => ({ ...s, mode: 'histogram', histogram, scores: '' });

export const npsScores = createScoreSource(
  () => NPS_SCORE_SCALE,
  () => new Worker(new URL('../lib/parse/score-worker.ts', import.meta.url), { type: 'module' }),
);
export const $npsInput = persistentForm<NpsLinkState>('paham:nps:v1', EMPTY_NPS_STATE, isNpsState, (s, maxChars) =>
  travellingState(s, npsScores.$tally.get(), npsScores.$origin.get(), maxChars, asHistogram(s)),
);
followTally($npsInput, npsScores);

export const $nps = derived([$npsInput, npsScores.$tally], (input, tally) => evaluateNps(input, input.mode === 'scores' ? tally : null));

export const $npsQuery = derived([$npsInput, npsScores.$tally, npsScores.$origin], (input, tally, origin) =>
  linkQuery(encodeNpsLink(travellingState(input, tally, origin, MAX_LINK_SCORES_CHARS, asHistogram(input)))),
);

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

export function setNpsScores(text: string): void {
  // Read first: typed text replaces a file's scores, and the store must know before it saves.
  npsScores.readText(text);
  $npsInput.set({ ...$npsInput.get(), scores: text });
}

export const setNpsTarget = (target: string) => $npsInput.set({ ...$npsInput.get(), target });

export function setNpsCompare(on: boolean): void {
  $npsInput.set({ ...$npsInput.get(), compare: on ? ($npsInput.get().compare ?? EMPTY_NPS_COUNTS) : null });
}

export function clearNps(): void {
  $npsInput.set(EMPTY_NPS_STATE);
  npsScores.clear();
}
