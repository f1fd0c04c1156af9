/**
 * Churn calculator share link (public contract; do not rename parameters):
 *   ?awal=&hilang=              customers at start and customers lost
 *   ?awal=&akhir=&baru=         start, end and new customers (lost = awal + baru − akhir)
 *   &periode=bulan|tahun        length of the period (default bulan)
 *   &arpu=&margin=              optional, for CLV (margin in percent)
 * `hilang` wins: the flow form is used only when `hilang` is absent and `akhir` or `baru` is set
 * (the link's issues say when both forms are sent).
 */
import type { ChurnState } from '../calculators/churn-form';
import { message } from '../../i18n/message';
import type { ChurnPeriod } from '../metrics/churn';
import { LinkReader, setIfFilled, type Decoded } from './link';

const PERIOD_PARAM: Record<ChurnPeriod, string> = { month: 'bulan', year: 'tahun' };

export function decodeChurnLink(params: URLSearchParams): Decoded<ChurnState> {
  const link = new LinkReader(params);
  const [start, lost, end, added, arpu, margin] = ['awal', 'hilang', 'akhir', 'baru', 'arpu', 'margin'].map((name) => link.one(name));
  if (lost !== null) link.otherForms(['hilang'], ['akhir', 'baru']);
  const periodRaw = link.one('periode');
  let period: ChurnPeriod = 'month';
  if (periodRaw !== null) {
    const normalized = periodRaw.trim().toLowerCase();
    if (normalized === 'tahun') period = 'year';
    else if (normalized !== 'bulan') link.report('periode', periodRaw, message('link.unknownPeriod', { value: periodRaw.slice(0, 20) }));
  }
  return {
    state: {
      mode: lost === null && (end !== null || added !== null) ? 'flow' : 'lost',
      start: start ?? '',
      lost: lost ?? '',
      end: end ?? '',
      newCustomers: added ?? '',
      period,
      arpu: arpu ?? '',
      margin: margin ?? '',
    },
    issues: link.issues,
    hasData: [start, lost, end, added, arpu, margin].some((value) => value !== null) || link.issues.length > 0,
  };
}

/** Always writes `periode`; writes only the active form's fields; leaves out empty ones. */
export function encodeChurnLink(state: ChurnState): URLSearchParams {
  const params = new URLSearchParams();
  setIfFilled(params, 'awal', state.start);
  if (state.mode === 'lost') setIfFilled(params, 'hilang', state.lost);
  else {
    setIfFilled(params, 'akhir', state.end);
    setIfFilled(params, 'baru', state.newCustomers);
  }
  params.set('periode', PERIOD_PARAM[state.period]);
  setIfFilled(params, 'arpu', state.arpu);
  setIfFilled(params, 'margin', state.margin);
  return params;
}
