/**
 * CES calculator share link (public contract; do not rename parameters):
 *   ?jumlah=c1,…,c7   counts for scores 1…7
 *   ?skor=s1,s2,…     raw scores
 * `jumlah` wins over `skor` when both are present.
 */
import { readList, setIfFilled, setListIfFilled } from './link';
import type { Decoded, LinkIssue } from './link';

export interface CesLinkState {
  readonly mode: 'counts' | 'scores';
  /** Seven fields for scores 1…7. */
  readonly counts: readonly string[];
  readonly scores: string;
}

export const EMPTY_CES_STATE: CesLinkState = { mode: 'counts', counts: new Array<string>(7).fill(''), scores: '' };

export function decodeCesLink(params: URLSearchParams): Decoded<CesLinkState> {
  const issues: LinkIssue[] = [];
  const countsRaw = params.get('jumlah');
  const scores = params.get('skor');
  const counts = readList(countsRaw, 7, 'jumlah', issues);
  return {
    state: { mode: countsRaw === null && scores !== null ? 'scores' : 'counts', counts, scores: scores ?? '' },
    issues,
    hasData: countsRaw !== null || scores !== null,
  };
}

/** Writes only the active input mode; leaves out empty fields. */
export function encodeCesLink(state: CesLinkState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.mode === 'counts') setListIfFilled(params, 'jumlah', state.counts);
  else setIfFilled(params, 'skor', state.scores);
  return params;
}
