// The churn calculator's form: customers at start and lost, or start, end and new; the
// period; and optionally ARPU and gross margin for CLV. The result, next steps and summary.
import { formatCount, formatNumber, formatPercent } from '../format';
import { message, type Message } from '../../i18n/message';
import { calculateChurn, type ChurnPeriod, type ChurnResult } from '../metrics/churn';
import { hasStrings } from '../../schemas/shape';
import { addErrors, failed, isBlank, readCountGroup, readOptionalNumber, type Evaluation, type FieldErrors, type Step } from './fields';

export interface ChurnState {
  readonly mode: 'lost' | 'flow';
  readonly start: string;
  readonly lost: string;
  readonly end: string;
  readonly newCustomers: string;
  readonly period: ChurnPeriod;
  readonly arpu: string;
  readonly margin: string;
}

export const EMPTY_CHURN_STATE: ChurnState = { mode: 'lost', start: '', lost: '', end: '', newCustomers: '', period: 'month', arpu: '', margin: '' };

/** Shape check for what storage holds. */
export const isChurnState = (v: unknown): v is ChurnState =>
  hasStrings(v, ['start', 'lost', 'end', 'newCustomers', 'arpu', 'margin']) &&
  (v.mode === 'lost' || v.mode === 'flow') &&
  (v.period === 'month' || v.period === 'year');

/** The period's noun ("bulan", "tahun"), for labels. */
export const PERIOD_WORD: Record<ChurnPeriod, Message> = { month: message('churn.per.month'), year: message('churn.per.year') };

export function evaluateChurn(state: ChurnState): Evaluation<ChurnResult> {
  const errors: FieldErrors = {};
  const fields =
    state.mode === 'lost'
      ? [{ name: 'start', text: state.start }, { name: 'lost', text: state.lost }]
      : [{ name: 'start', text: state.start }, { name: 'end', text: state.end }, { name: 'newCustomers', text: state.newCustomers }];
  const { values, touched, fix } = readCountGroup(fields, errors, message('what.churn'));
  const arpu = readOptionalNumber('arpu', state.arpu, errors);
  const margin = readOptionalNumber('margin', state.margin, errors, true);
  if (!touched) return { result: null, errors, missing: message(state.mode === 'lost' ? 'miss.churnLost' : 'miss.churnFlow') };
  // Churn is measured against the start, so "isi dengan 0" would be the wrong hint here.
  if (isBlank(state.start)) errors.start = message('err.startEmpty');
  if (!values) return { result: null, errors, missing: fix };
  if (values[0] === 0) {
    errors.start = message('err.startPositive');
    return { result: null, errors, missing: message('miss.churnStart') };
  }
  const input =
    state.mode === 'lost'
      ? ({ kind: 'lost', start: values[0]!, lost: values[1]! } as const)
      : ({ kind: 'flow', start: values[0]!, end: values[1]!, newCustomers: values[2]! } as const);
  // CLV is optional: its problems are shown beside ARPU and margin (a message already there from
  // reading the field wins) while churn itself still shows.
  let r = calculateChurn(input, { period: state.period, arpu, marginPercent: margin });
  if (!r.ok && r.errors.every((e) => e.field === 'arpu' || e.field === 'margin')) {
    addErrors(errors, r.errors);
    r = calculateChurn(input, { period: state.period });
  }
  return r.ok ? { result: r.value, errors, missing: null } : failed(errors, r.errors);
}

/** Average lifetime in words: "12,5 bulan", or unbounded when nobody left. */
export function churnLifetime(r: ChurnResult): Message {
  if (r.lifetime.kind === 'no-churn') return message('churn.forever');
  return message('churn.lifetimeValue', { n: formatNumber(r.lifetime.periods, 1), per: PERIOD_WORD[r.lifetime.period] });
}

/** CLV as shown, or null when it was not asked for. */
export function churnClv(r: ChurnResult): Message | string | null {
  if (!r.clv) return null;
  return r.clv.kind === 'no-churn' ? message('churn.clvForever') : formatNumber(r.clv.value, 2);
}

export function churnNextSteps(r: ChurnResult): Step[] {
  return [
    ...(r.monthlyChurnPercent >= 5 ? [{ text: message('step.churnHigh'), href: '/panduan/loyalitas-pelanggan/', link: 'step.churnHighLink' } as const] : []),
    { text: message('step.askLeavers'), href: '/panduan/umpan-balik-pelanggan/', link: 'step.askLeaversLink' },
    { text: message('step.readChurn'), href: '/panduan/mengukur-kepuasan/#churn-rate', link: 'step.guideLink' },
  ];
}

export function churnSummary(r: ChurnResult, period: ChurnPeriod): Message[] {
  const clv = churnClv(r);
  return [
    message('sum.churn', { pct: formatPercent(r.churnPercent), per: PERIOD_WORD[period], lost: formatCount(r.lost), start: formatCount(r.start) }),
    message('sum.retention', { pct: formatPercent(r.retentionPercent) }),
    period === 'month' ? message('sum.yearly', { pct: formatPercent(r.yearlyChurnPercent, 2) }) : message('sum.monthly', { pct: formatPercent(r.monthlyChurnPercent, 2) }),
    message('sum.lifetime', { value: churnLifetime(r) }),
    ...(clv === null ? [] : [message('sum.clv', { value: clv })]),
  ];
}
