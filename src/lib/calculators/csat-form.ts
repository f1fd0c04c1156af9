// The CSAT calculator's form: scale, counts per score or pasted scores, optional threshold;
// the result, next steps and the copyable summary.
import { formatCount, formatNumber, formatPercent } from '../format';
import { message, type Message } from '../../i18n/message';
import { checkThreshold, csatFromCounts, defaultCsatThreshold, isCsatScale, type CsatResult, type CsatScale } from '../metrics/csat';
import type { ScoreTally } from '../parse/score-tally';
import { isRecord, isStringList } from '../../schemas/shape';
import { addErrors, failed, readOptionalNumber, readScoreCounts, type Evaluation, type FieldErrors, type Step } from './fields';

export interface CsatState {
  readonly scale: CsatScale;
  readonly mode: 'counts' | 'scores';
  /** One field per score 1…scale. */
  readonly counts: readonly string[];
  readonly scores: string;
  /** Lowest satisfied score as typed; empty = default top two boxes. */
  readonly threshold: string;
}

export const DEFAULT_CSAT_SCALE: CsatScale = 5;

export function emptyCsatState(scale: CsatScale = DEFAULT_CSAT_SCALE): CsatState {
  return { scale, mode: 'counts', counts: new Array<string>(scale).fill(''), scores: '', threshold: '' };
}

/** Shape check for what storage holds. */
export function isCsatState(v: unknown): v is CsatState {
  return (
    isRecord(v) &&
    typeof v.scale === 'number' &&
    isCsatScale(v.scale) &&
    (v.mode === 'counts' || v.mode === 'scores') &&
    isStringList(v.counts, v.scale) &&
    typeof v.scores === 'string' &&
    typeof v.threshold === 'string'
  );
}

export function evaluateCsat(state: CsatState, tally: ScoreTally | null): Evaluation<CsatResult> {
  const errors: FieldErrors = {};
  const threshold = readOptionalNumber('threshold', state.threshold, errors);
  // Checked apart from the counts, so a wrong threshold is explained even while counts are wrong too.
  const thresholdError = threshold === null ? null : checkThreshold(threshold, state.scale);
  if (thresholdError) addErrors(errors, [thresholdError]);
  const { counts, missing } = readScoreCounts(state.mode, state.counts, 1, tally, errors, message('what.csat'));
  if (!counts || errors.threshold) return { result: null, errors, missing: missing ?? message('miss.threshold') };
  const r = csatFromCounts({ scale: state.scale, counts, threshold: threshold ?? defaultCsatThreshold(state.scale) });
  return r.ok ? { result: r.value, errors, missing: null } : failed(errors, r.errors);
}

export function csatNextSteps(r: CsatResult): Step[] {
  return [
    ...(r.total < 100 ? [{ text: message('step.fewWide', { n: formatCount(r.total) }), href: '/panduan/umpan-balik-pelanggan/', link: 'step.fewLink' } as const] : []),
    ...(r.percentSatisfied < 80 ? [{ text: message('step.unsatisfied'), href: '/panduan/menghadapi-pelanggan-bermasalah/', link: 'step.unsatisfiedLink' } as const] : []),
    { text: message('step.readCsat'), href: '/panduan/mengukur-kepuasan/#customer-satisfaction-score-csat', link: 'step.guideLink' },
  ];
}

export function csatSummary(r: CsatResult): Message[] {
  return [
    message('sum.csat', { pct: formatPercent(r.percentSatisfied), threshold: r.threshold, scale: r.scale }),
    message('sum.csatCi', { low: formatNumber(r.interval.low, 1), high: formatNumber(r.interval.high, 1) }),
    message('sum.csatMean', { mean: formatNumber(r.mean, 2), n: formatCount(r.total) }),
  ];
}
