/**
 * The NPS calculator's form: field strings (the share-link state) plus an optional tally of
 * pasted or uploaded scores → result, comparison with a second period, and messages.
 */
import { compareNps, type NpsComparison } from '../metrics/nps-compare';
import { npsFromCounts, npsFromHistogram, type NpsResult } from '../metrics/nps';
import type { ScoreTally } from '../parse/score-tally';
import type { NpsCountFields, NpsLinkState } from '../share/nps-link';
import { addErrors, readCountGroup, readScoreCounts, type Evaluation, type FieldErrors } from './fields';

export interface NpsOutcome {
  readonly main: NpsResult;
  /** Period B compared with period A, when the second period is filled in and valid. */
  readonly comparison: NpsComparison | null;
  /** Why there is no comparison although one was asked for; null otherwise. */
  readonly comparisonMissing: string | null;
}


const countFields = (c: NpsCountFields, suffix: string) => [
  { name: `promoters${suffix}`, text: c.promoters },
  { name: `passives${suffix}`, text: c.passives },
  { name: `detractors${suffix}`, text: c.detractors },
];

function mainResult(state: NpsLinkState, tally: ScoreTally | null, errors: FieldErrors): { result: NpsResult | null; missing: string | null } {
  if (state.mode === 'counts') {
    const { values, touched, fix } = readCountGroup(countFields(state.counts, ''), errors, 'NPS');
    if (!touched) return { result: null, missing: 'Isi jumlah promotor, pasif, dan detraktor untuk melihat NPS.' };
    if (!values) return { result: null, missing: fix };
    const r = npsFromCounts({ promoters: values[0]!, passives: values[1]!, detractors: values[2]! });
    if (!r.ok) {
      addErrors(errors, r.errors);
      return { result: null, missing: r.errors[0]?.message ?? null };
    }
    return { result: r.value, missing: null };
  }
  const { counts, missing } = readScoreCounts(state.mode === 'scores' ? 'scores' : 'counts', state.histogram, 0, tally, errors, 'NPS');
  if (!counts) return { result: null, missing };
  const r = npsFromHistogram(counts);
  if (!r.ok) {
    addErrors(errors, r.errors);
    return { result: null, missing: r.errors[0]?.message ?? null };
  }
  return { result: r.value, missing: null };
}

export function evaluateNps(state: NpsLinkState, tally: ScoreTally | null): Evaluation<NpsOutcome> {
  const errors: FieldErrors = {};
  const { result, missing } = mainResult(state, tally, errors);
  let comparison: NpsComparison | null = null;
  let comparisonMissing: string | null = null;
  if (state.compare) {
    const { values, touched, fix } = readCountGroup(countFields(state.compare, '_b'), errors, 'perbandingan');
    comparisonMissing = touched ? fix : 'Isi jumlah periode sebelumnya untuk melihat perbandingan.';
    if (values && result) {
      const c = compareNps(result.counts, { promoters: values[0]!, passives: values[1]!, detractors: values[2]! });
      if (c.ok) {
        comparison = c.value;
        comparisonMissing = null;
      } else {
        const own = c.errors.filter((e) => e.field.endsWith('_b'));
        addErrors(errors, own);
        comparisonMissing = own[0]?.message ?? null;
      }
    }
  }
  return { result: result ? { main: result, comparison, comparisonMissing } : null, errors, missing };
}
