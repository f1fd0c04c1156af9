/**
 * CES calculator share link (public contract; do not rename parameters):
 *   ?jumlah=c1,…,c7   counts for scores 1…7
 *   ?skor=s1,s2,…     raw scores
 * `jumlah` wins over `skor` when both are present (the link's issues say so).
 */
import type { CesState } from '../calculators/ces-form';
import { LinkReader, setIfFilled, setListIfFilled, type Decoded } from './link';

export function decodeCesLink(params: URLSearchParams): Decoded<CesState> {
  const link = new LinkReader(params);
  const { values: counts, raw: countsRaw } = link.list('jumlah', 7);
  const scores = link.one('skor');
  if (countsRaw !== null) link.otherForms(['jumlah'], ['skor']);
  return {
    state: { mode: countsRaw === null && scores !== null ? 'scores' : 'counts', counts, scores: scores ?? '' },
    issues: link.issues,
    hasData: countsRaw !== null || scores !== null || link.issues.length > 0,
  };
}

/** Writes only the active input mode; leaves out empty fields. */
export function encodeCesLink(state: CesState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'counts') setListIfFilled(params, 'jumlah', state.counts);
  else setIfFilled(params, 'skor', state.scores, Infinity);
  return params;
}
