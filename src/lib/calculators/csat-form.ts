// The CSAT calculator's form: scale, counts per score or pasted scores, optional threshold.
import { checkThreshold, csatFromCounts, defaultCsatThreshold, type CsatResult } from '../metrics/csat';
import type { ScoreTally } from '../parse/score-tally';
import type { CsatLinkState } from '../share/csat-link';
import { addErrors, readOptionalNumber, readScoreCounts, type Evaluation, type FieldErrors } from './fields';

export function evaluateCsat(state: CsatLinkState, tally: ScoreTally | null): Evaluation<CsatResult> {
  const errors: FieldErrors = {};
  const threshold = readOptionalNumber('threshold', state.threshold, errors);
  // Checked apart from the counts, so a wrong threshold is explained even while counts are wrong too.
  const thresholdError = threshold === null ? null : checkThreshold(threshold, state.scale);
  if (thresholdError) addErrors(errors, [thresholdError]);
  const { counts, missing } = readScoreCounts(state.mode, state.counts, 1, tally, errors, 'CSAT');
  if (!counts || errors.threshold) return { result: null, errors, missing: missing ?? 'Perbaiki batas puas untuk melihat CSAT.' };
  const r = csatFromCounts({ scale: state.scale, counts, threshold: threshold ?? defaultCsatThreshold(state.scale) });
  if (!r.ok) {
    addErrors(errors, r.errors);
    return { result: null, errors, missing: r.errors[0]?.message ?? null };
  }
  return { result: r.value, errors, missing: null };
}
