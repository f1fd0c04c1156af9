// The CES calculator's form: counts for answers 1–7 or pasted scores.
import { cesFromCounts, type CesResult } from '../metrics/ces';
import type { ScoreTally } from '../parse/score-tally';
import type { CesLinkState } from '../share/ces-link';
import { addErrors, readScoreCounts, type Evaluation, type FieldErrors } from './fields';

export function evaluateCes(state: CesLinkState, tally: ScoreTally | null): Evaluation<CesResult> {
  const errors: FieldErrors = {};
  const { counts, missing } = readScoreCounts(state.mode, state.counts, 1, tally, errors, 'CES');
  if (!counts) return { result: null, errors, missing };
  const r = cesFromCounts(counts);
  if (!r.ok) {
    addErrors(errors, r.errors);
    return { result: null, errors, missing: r.errors[0]?.message ?? null };
  }
  return { result: r.value, errors, missing: null };
}
