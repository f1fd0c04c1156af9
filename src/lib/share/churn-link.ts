/**
 * Churn calculator share link (public contract; do not rename parameters):
 *   ?awal=&hilang=              customers at start and customers lost
 *   ?awal=&akhir=&baru=         start, end and new customers (lost = awal + baru − akhir)
 *   &periode=bulan|tahun        length of the period (default bulan)
 *   &arpu=&margin=              optional, for CLV (margin in percent)
 * `hilang` wins: the flow form is used only when `hilang` is absent and `akhir` or `baru` is set.
 */
import type { ChurnPeriod } from '../metrics/churn';
import { setIfFilled } from './link';
import type { Decoded, LinkIssue } from './link';

export interface ChurnLinkState {
  readonly mode: 'lost' | 'flow';
  readonly start: string;
  readonly lost: string;
  readonly end: string;
  readonly newCustomers: string;
  readonly period: ChurnPeriod;
  readonly arpu: string;
  readonly margin: string;
}

export const EMPTY_CHURN_STATE: ChurnLinkState = {
  mode: 'lost',
  start: '',
  lost: '',
  end: '',
  newCustomers: '',
  period: 'month',
  arpu: '',
  margin: '',
};

const PERIOD_PARAM: Record<ChurnPeriod, string> = { month: 'bulan', year: 'tahun' };

export function decodeChurnLink(params: URLSearchParams): Decoded<ChurnLinkState> {
  const issues: LinkIssue[] = [];
  const start = params.get('awal');
  const lost = params.get('hilang');
  const end = params.get('akhir');
  const added = params.get('baru');
  const arpu = params.get('arpu');
  const margin = params.get('margin');
  const periodRaw = params.get('periode');
  let period: ChurnPeriod = 'month';
  if (periodRaw !== null) {
    const normalized = periodRaw.trim().toLowerCase();
    if (normalized === 'tahun') period = 'year';
    else if (normalized !== 'bulan') {
      issues.push({
        param: 'periode',
        value: periodRaw,
        message: `Periode “${periodRaw}” tidak dikenal (pilihan: bulan atau tahun); dipakai periode bulanan.`,
      });
    }
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
    issues,
    hasData: [start, lost, end, added, arpu, margin].some((value) => value !== null),
  };
}

/** Always writes `periode`; writes only the active form's fields; leaves out empty ones. */
export function encodeChurnLink(state: ChurnLinkState): URLSearchParams {
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
