// CSAT calculator state: fields as typed (persisted), tally of pasted scores, evaluation, link.
import { emptyCsatState, evaluateCsat, isCsatState, type CsatState } from '../lib/calculators/csat-form';
import { isBlank } from '../lib/calculators/fields';
import type { CsatScale } from '../lib/metrics/csat';
import { csatScoreScale } from '../lib/parse/score-tally';
import { decodeCsatLink, encodeCsatLink } from '../lib/share/csat-link';
import { scoredForm } from './scored-form';

export const csatCalculator = scoredForm({
  key: 'paham:csat:v1',
  empty: emptyCsatState(),
  // Clearing keeps the chosen scale.
  cleared: (input) => emptyCsatState(input.scale),
  isValid: isCsatState,
  scale: (input) => csatScoreScale(input.scale),
  startWorker: () => new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' }),
  // Scores from a file or a long paste travel as counts per score.
  asCounts: (s, counts): CsatState => ({ ...s, mode: 'counts', counts, scores: '' }),
  evaluate: evaluateCsat,
  encode: encodeCsatLink,
  decode: decodeCsatLink,
});

const $csatInput = csatCalculator.$input;

/** Counts and threshold typed for each scale during this visit, so switching back restores them. */
const typedForScale = new Map<CsatScale, Pick<CsatState, 'counts' | 'threshold'>>();

export function setCsatScale(scale: CsatScale): void {
  const s = $csatInput.get();
  if (scale === s.scale) return;
  typedForScale.set(s.scale, { counts: s.counts, threshold: s.threshold });
  const typed = typedForScale.get(scale);
  if (typed?.counts.some((v) => !isBlank(v))) {
    $csatInput.set({ ...s, scale, ...typed });
  } else {
    // Counts for scores the new scale lacks must not vanish into a result that looks complete:
    // a smaller scale keeps the counts that fit only when the rest were blank or 0, and a larger
    // one leaves its new scores blank, so no result shows until they are filled in.
    const fits = s.counts.slice(scale).every((v) => isBlank(v) || v.trim() === '0');
    const counts = Array.from({ length: scale }, (_, i) => (fits ? (s.counts[i] ?? '') : ''));
    $csatInput.set({ ...s, scale, counts, threshold: '' });
  }
  // Scores are read for one scale: read the text, or the file, again.
  if (s.mode === 'scores') csatCalculator.scores.reread(s.scores);
}
export const setCsatMode = (mode: CsatState['mode']) => $csatInput.set({ ...$csatInput.get(), mode });
export function setCsatCount(index: number, value: string): void {
  const s = $csatInput.get();
  $csatInput.set({ ...s, counts: s.counts.map((v, i) => (i === index ? value : v)) });
}
export const setCsatThreshold = (threshold: string) => $csatInput.set({ ...$csatInput.get(), threshold });
