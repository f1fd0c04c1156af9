/**
 * NPS calculator share link (public contract; do not rename parameters):
 *   ?promotor=&pasif=&detraktor=          counts per group
 *   ?jumlah=c0,…,c10                      counts for scores 0…10
 *   ?skor=s1,s2,…                         raw scores
 *   &promotor_b=&pasif_b=&detraktor_b=    optional second period (counts)
 *   &target=                              optional margin of error wanted, in points, for
 *                                         "how many answers are needed" (default 5)
 * When several inputs are present, counts win over `jumlah`, which wins over `skor`.
 */
import { readList, setIfFilled, setListIfFilled } from './link';
import type { Decoded, LinkIssue } from './link';

export type NpsInputMode = 'counts' | 'histogram' | 'scores';

export interface NpsCountFields {
  readonly promoters: string;
  readonly passives: string;
  readonly detractors: string;
}

export interface NpsLinkState {
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

export const EMPTY_NPS_COUNTS: NpsCountFields = { promoters: '', passives: '', detractors: '' };

export const EMPTY_NPS_STATE: NpsLinkState = {
  mode: 'counts',
  counts: EMPTY_NPS_COUNTS,
  histogram: new Array<string>(11).fill(''),
  scores: '',
  compare: null,
  target: DEFAULT_NPS_TARGET,
};

function readCounts(params: URLSearchParams, suffix: string): NpsCountFields | null {
  const promoters = params.get(`promotor${suffix}`);
  const passives = params.get(`pasif${suffix}`);
  const detractors = params.get(`detraktor${suffix}`);
  if (promoters === null && passives === null && detractors === null) return null;
  return { promoters: promoters ?? '', passives: passives ?? '', detractors: detractors ?? '' };
}

export function decodeNpsLink(params: URLSearchParams): Decoded<NpsLinkState> {
  const issues: LinkIssue[] = [];
  const counts = readCounts(params, '');
  const compare = readCounts(params, '_b');
  const histogramRaw = params.get('jumlah');
  const scores = params.get('skor');
  const target = params.get('target');
  const histogram = readList(histogramRaw, 11, 'jumlah', issues);
  let mode: NpsInputMode = 'counts';
  if (counts === null && histogramRaw !== null) mode = 'histogram';
  else if (counts === null && scores !== null) mode = 'scores';
  return {
    state: { mode, counts: counts ?? EMPTY_NPS_COUNTS, histogram, scores: scores ?? '', compare, target: target ?? DEFAULT_NPS_TARGET },
    issues,
    hasData: counts !== null || compare !== null || histogramRaw !== null || scores !== null || target !== null,
  };
}

function writeCounts(params: URLSearchParams, fields: NpsCountFields, suffix: string): void {
  setIfFilled(params, `promotor${suffix}`, fields.promoters);
  setIfFilled(params, `pasif${suffix}`, fields.passives);
  setIfFilled(params, `detraktor${suffix}`, fields.detractors);
}

/**
 * Writes only the active input mode (plus the second period); empty fields are left out. The
 * planning margin is written only when it differs from the default, even when blank, so the
 * link opens with the field as it was.
 */
export function encodeNpsLink(state: NpsLinkState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'counts') writeCounts(params, state.counts, '');
  else if (state.mode === 'histogram') setListIfFilled(params, 'jumlah', state.histogram);
  else setIfFilled(params, 'skor', state.scores);
  if (state.compare) writeCounts(params, state.compare, '_b');
  if (state.target !== DEFAULT_NPS_TARGET) params.set('target', state.target);
  return params;
}
