/**
 * The NPS calculator's form: the field strings (what a share link and storage carry), plus an
 * optional tally of pasted or uploaded scores → result, comparison with a second period,
 * planning, next steps and the copyable summary.
 */
import { formatCount, formatNumber, formatPClause, formatPercent, formatSigned } from '../format';
import { message, type Message } from '../../i18n/message';
import { compareNps, type NpsComparison } from '../metrics/nps-compare';
import { npsFromCounts, npsFromHistogram, type NpsResult } from '../metrics/nps';
import { bandKey } from '../metrics/bands';
import { npsBand } from '../metrics/nps-bands';
import { npsSampleSize, type NpsSampleSize } from '../metrics/nps-plan';
import type { Result } from '../metrics/result';
import { parseIdNumber } from '../parse/id-number';
import type { ScoreTally } from '../parse/score-tally';
import { hasStrings, isStringList } from '../../schemas/shape';
import { failed, readCountGroup, readScoreCounts, type Evaluation, type FieldErrors, type Step } from './fields';

export type NpsInputMode = 'counts' | 'histogram' | 'scores';

export interface NpsCountFields {
  readonly promoters: string;
  readonly passives: string;
  readonly detractors: string;
}

export interface NpsState {
  readonly mode: NpsInputMode;
  readonly counts: NpsCountFields;
  /** Eleven fields for scores 0…10. */
  readonly histogram: readonly string[];
  /** Raw scores text as typed or pasted. */
  readonly scores: string;
  /** Second period for comparison, or null when not used. */
  readonly compare: NpsCountFields | null;
  /** Margin of error wanted when planning the sample size, in points, as typed. */
  readonly target: string;
}

/** The planning margin a fresh calculator starts with; links leave it out. */
export const DEFAULT_NPS_TARGET = '5';

export const NPS_COUNT_KEYS = ['promoters', 'passives', 'detractors'] as const;

export const EMPTY_NPS_COUNTS: NpsCountFields = { promoters: '', passives: '', detractors: '' };

export const EMPTY_NPS_STATE: NpsState = {
  mode: 'counts',
  counts: EMPTY_NPS_COUNTS,
  histogram: new Array<string>(11).fill(''),
  scores: '',
  compare: null,
  target: DEFAULT_NPS_TARGET,
};

/** Shape check for what storage holds. */
export function isNpsState(v: unknown): v is NpsState {
  return (
    hasStrings(v, ['mode', 'scores', 'target']) &&
    ['counts', 'histogram', 'scores'].includes(v.mode) &&
    hasStrings(v.counts, NPS_COUNT_KEYS) &&
    isStringList(v.histogram, 11) &&
    (v.compare === null || hasStrings(v.compare, NPS_COUNT_KEYS))
  );
}

export interface NpsOutcome {
  readonly main: NpsResult;
  /** Period B compared with period A, when the second period is filled in and valid. */
  readonly comparison: NpsComparison | null;
  /** Why there is no comparison although one was asked for; null otherwise. */
  readonly comparisonMissing: Message | null;
}

const countFields = (c: NpsCountFields, suffix: string) => NPS_COUNT_KEYS.map((key) => ({ name: `${key}${suffix}`, text: c[key] }));

function mainResult(state: NpsState, tally: ScoreTally | null, errors: FieldErrors): Evaluation<NpsResult> {
  let r: Result<NpsResult>;
  if (state.mode === 'counts') {
    const { values, touched, fix } = readCountGroup(countFields(state.counts, ''), errors, message('what.nps'));
    if (!touched) return { result: null, errors, missing: message('miss.npsGroups') };
    if (!values) return { result: null, errors, missing: fix };
    r = npsFromCounts({ promoters: values[0]!, passives: values[1]!, detractors: values[2]! });
  } else {
    const { counts, missing } = readScoreCounts(state.mode === 'scores' ? 'scores' : 'counts', state.histogram, 0, tally, errors, message('what.nps'));
    if (!counts) return { result: null, errors, missing };
    r = npsFromHistogram(counts);
  }
  return r.ok ? { result: r.value, errors, missing: null } : failed(errors, r.errors);
}

export function evaluateNps(state: NpsState, tally: ScoreTally | null): Evaluation<NpsOutcome> {
  const { result, errors, missing } = mainResult(state, tally, {});
  let comparison: NpsComparison | null = null;
  let comparisonMissing: Message | null = null;
  if (state.compare) {
    const { values, touched, fix } = readCountGroup(countFields(state.compare, '_b'), errors, message('what.compare'));
    comparisonMissing = touched ? fix : message('miss.compare');
    if (values && result) {
      const c = compareNps(result.counts, { promoters: values[0]!, passives: values[1]!, detractors: values[2]! });
      if (c.ok) {
        comparison = c.value;
        comparisonMissing = null;
      } else {
        const own = c.errors.filter((e) => e.field.endsWith('_b'));
        comparisonMissing = failed(errors, own).missing;
      }
    }
  }
  return { result: result ? { main: result, comparison, comparisonMissing } : null, errors, missing };
}

/** Answers needed for the margin the visitor typed, from their data's spread when there is some. */
export function planNps(state: NpsState, main: NpsResult | null | undefined): Result<NpsSampleSize> {
  const target = parseIdNumber(state.target, { field: 'target' });
  return target.ok ? npsSampleSize({ marginOfError: target.value, variance: main?.variance ?? null }) : target;
}

export function npsNextSteps(r: NpsResult): Step[] {
  const steps: Step[] = [];
  if (r.percent.detractors >= 20) {
    steps.push({ text: message('step.detractors', { pct: formatPercent(r.percent.detractors) }), href: '/panduan/menghadapi-pelanggan-bermasalah/', link: 'step.detractorsLink' });
  }
  if (r.total < 100) steps.push({ text: message('step.few', { n: formatCount(r.total) }), href: '/panduan/umpan-balik-pelanggan/', link: 'step.fewLink' });
  if (r.percent.passives >= 30) steps.push({ text: message('step.passives'), href: '/panduan/loyalitas-pelanggan/', link: 'step.passivesLink' });
  steps.push({ text: message('step.readNps'), href: '/panduan/mengukur-kepuasan/#net-promoter-score-nps', link: 'step.guideLink' });
  return steps;
}

/** The copyable summary, a message per line. */
export function npsSummary(r: NpsResult, cmp: NpsComparison | null): Message[] {
  const lines = [
    message('sum.nps', { nps: formatNumber(r.nps, 1), band: message(bandKey('nps', npsBand(Math.round(r.nps * 10) / 10).id, 'label')) }),
    message('sum.npsMoe', { moe: formatNumber(r.marginOfError, 1) }),
    message('sum.npsCi', { low: formatNumber(r.interval.low, 1), high: formatNumber(r.interval.high, 1) }),
    message('sum.npsAnswers', {
      n: formatCount(r.total),
      p: formatPercent(r.percent.promoters),
      pa: formatPercent(r.percent.passives),
      d: formatPercent(r.percent.detractors),
    }),
  ];
  if (cmp) lines.push(message('sum.npsCompare', { diff: formatSigned(cmp.difference, 1), p: formatPClause(cmp.pValue) }));
  return lines;
}
