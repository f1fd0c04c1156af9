// The CES calculator's form (CES 2.0: agreement 1–7, 7 = very easy): counts for answers 1–7
// or pasted scores; the result, next steps and the copyable summary.
import { formatCount, formatNumber, formatPercent } from '../format';
import { message, type Message } from '../../i18n/message';
import { cesFromCounts, type CesResult } from '../metrics/ces';
import type { ScoreTally } from '../parse/score-tally';
import { isRecord, isStringList } from '../../schemas/shape';
import { failed, readScoreCounts, type Evaluation, type FieldErrors, type Step } from './fields';

export interface CesState {
  readonly mode: 'counts' | 'scores';
  /** Seven fields for scores 1…7. */
  readonly counts: readonly string[];
  readonly scores: string;
}

export const EMPTY_CES_STATE: CesState = { mode: 'counts', counts: new Array<string>(7).fill(''), scores: '' };

/** Shape check for what storage holds. */
export const isCesState = (v: unknown): v is CesState =>
  isRecord(v) && (v.mode === 'counts' || v.mode === 'scores') && isStringList(v.counts, 7) && typeof v.scores === 'string';

export function evaluateCes(state: CesState, tally: ScoreTally | null): Evaluation<CesResult> {
  const errors: FieldErrors = {};
  const { counts, missing } = readScoreCounts(state.mode, state.counts, 1, tally, errors, message('what.ces'));
  if (!counts) return { result: null, errors, missing };
  const r = cesFromCounts(counts);
  return r.ok ? { result: r.value, errors, missing: null } : failed(errors, r.errors);
}

export function cesNextSteps(r: CesResult): Step[] {
  return [
    ...(r.mean < 5 ? [{ text: message('step.effort'), href: '/panduan/strategi-pelayanan/', link: 'step.effortLink' } as const] : []),
    ...(r.total < 100 ? [{ text: message('step.few', { n: formatCount(r.total) }), href: '/panduan/umpan-balik-pelanggan/', link: 'step.fewLink' } as const] : []),
    { text: message('step.readCes'), href: '/panduan/mengukur-kepuasan/#customer-effort-score-ces', link: 'step.guideLink' },
  ];
}

export function cesSummary(r: CesResult): Message[] {
  return [
    message('sum.ces', { mean: formatNumber(r.mean, 2) }),
    message('sum.cesAgree', { pct: formatPercent(r.percentAgreeing), n: formatCount(r.total) }),
  ];
}
