/**
 * NPS calculator share link (public contract; do not rename parameters):
 *   ?promotor=&pasif=&detraktor=          counts per group
 *   ?jumlah=c0,…,c10                      counts for scores 0…10
 *   ?skor=s1,s2,…                         raw scores
 *   &promotor_b=&pasif_b=&detraktor_b=    optional second period (counts)
 *   &target=                              optional margin of error wanted, in points, for
 *                                         "how many answers are needed" (default 5)
 * When several inputs are present, counts win over `jumlah`, which wins over `skor`, and the
 * link's issues say which one is used.
 */
import { DEFAULT_NPS_TARGET, EMPTY_NPS_COUNTS, type NpsCountFields, type NpsInputMode, type NpsState } from '../calculators/nps-form';
import { LinkReader, MAX_LINK_FIELD_CHARS, setIfFilled, setListIfFilled, type Decoded } from './link';

/** Link parameter of each count field. */
export const NPS_COUNT_PARAM: Record<keyof NpsCountFields, string> = { promoters: 'promotor', passives: 'pasif', detractors: 'detraktor' };

function readCounts(link: LinkReader, suffix: string): NpsCountFields | null {
  const [promoters, passives, detractors] = (['promoters', 'passives', 'detractors'] as const).map((k) => link.one(`${NPS_COUNT_PARAM[k]}${suffix}`));
  if (promoters === null && passives === null && detractors === null) return null;
  return { promoters: promoters ?? '', passives: passives ?? '', detractors: detractors ?? '' };
}

export function decodeNpsLink(params: URLSearchParams): Decoded<NpsState> {
  const link = new LinkReader(params);
  const counts = readCounts(link, '');
  const compare = readCounts(link, '_b');
  const { values: histogram, raw: histogramRaw } = link.list('jumlah', 11);
  const scores = link.one('skor');
  const target = link.one('target');
  let mode: NpsInputMode = 'counts';
  if (counts === null && histogramRaw !== null) mode = 'histogram';
  else if (counts === null && scores !== null) mode = 'scores';
  if (counts !== null) link.otherForms(Object.values(NPS_COUNT_PARAM), ['jumlah', 'skor']);
  else if (histogramRaw !== null) link.otherForms(['jumlah'], ['skor']);
  return {
    state: { mode, counts: counts ?? EMPTY_NPS_COUNTS, histogram, scores: scores ?? '', compare, target: target ?? DEFAULT_NPS_TARGET },
    issues: link.issues,
    hasData: counts !== null || compare !== null || histogramRaw !== null || scores !== null || target !== null || link.issues.length > 0,
  };
}

function writeCounts(params: URLSearchParams, fields: NpsCountFields, suffix: string): void {
  for (const key of ['promoters', 'passives', 'detractors'] as const) setIfFilled(params, `${NPS_COUNT_PARAM[key]}${suffix}`, fields[key]);
}

/**
 * Writes only the active input mode (plus the second period); empty fields are left out. The
 * planning margin is written only when it differs from the default, even when blank, so the
 * link opens with the field as it was.
 */
export function encodeNpsLink(state: NpsState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'counts') writeCounts(params, state.counts, '');
  else if (state.mode === 'histogram') setListIfFilled(params, 'jumlah', state.histogram);
  // Raw scores: the store sends long lists as counts per score instead (see scored-form).
  else setIfFilled(params, 'skor', state.scores, Infinity);
  if (state.compare) writeCounts(params, state.compare, '_b');
  if (state.target !== DEFAULT_NPS_TARGET && state.target.length <= MAX_LINK_FIELD_CHARS) params.set('target', state.target);
  return params;
}
