/**
 * CSAT calculator share link (public contract; do not rename parameters):
 *   ?skala=5|7|10&jumlah=c1,…,cK   counts for scores 1…K
 *   ?skala=5|7|10&skor=s1,s2,…     raw scores
 *   &puas=T                        optional lowest score counted as satisfied
 * `jumlah` wins over `skor` when both are present (the link's issues say so); a missing `skala` means 5.
 */
import { DEFAULT_CSAT_SCALE, type CsatState } from '../calculators/csat-form';
import { message } from '../../i18n/message';
import type { CsatScale } from '../metrics/csat';
import { LinkReader, setIfFilled, setListIfFilled, type Decoded } from './link';

/** Exactly "5", "7" or "10" (spaces aside): "1e1", "10,0" or "abc" are not a scale. */
function readScale(raw: string): CsatScale | null {
  const text = raw.trim();
  return text === '5' || text === '7' || text === '10' ? (Number(text) as CsatScale) : null;
}

export function decodeCsatLink(params: URLSearchParams): Decoded<CsatState> {
  const link = new LinkReader(params);
  const scaleRaw = link.one('skala');
  let scale = DEFAULT_CSAT_SCALE;
  if (scaleRaw !== null) {
    const read = readScale(scaleRaw);
    if (read) scale = read;
    else link.report('skala', scaleRaw, message('link.unknownScale', { value: scaleRaw.slice(0, 20) }));
  }
  const { values: counts, raw: countsRaw } = link.list('jumlah', scale);
  const scores = link.one('skor');
  if (countsRaw !== null) link.otherForms(['jumlah'], ['skor']);
  const threshold = link.one('puas');
  return {
    state: { scale, mode: countsRaw === null && scores !== null ? 'scores' : 'counts', counts, scores: scores ?? '', threshold: threshold ?? '' },
    issues: link.issues,
    hasData: countsRaw !== null || scores !== null || link.issues.length > 0,
  };
}

/** Always writes `skala`; writes only the active input mode; leaves out empty fields. */
export function encodeCsatLink(state: CsatState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('skala', String(state.scale));
  if (state.mode === 'counts') setListIfFilled(params, 'jumlah', state.counts);
  else setIfFilled(params, 'skor', state.scores, Infinity);
  setIfFilled(params, 'puas', state.threshold);
  return params;
}
