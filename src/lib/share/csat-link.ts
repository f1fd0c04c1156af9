/**
 * CSAT calculator share link (public contract; do not rename parameters):
 *   ?skala=5|7|10&jumlah=c1,…,cK   counts for scores 1…K
 *   ?skala=5|7|10&skor=s1,s2,…     raw scores
 *   &puas=T                        optional lowest score counted as satisfied
 * `jumlah` wins over `skor` when both are present; a missing `skala` means 5.
 */
import { isCsatScale } from '../metrics/csat';
import type { CsatScale } from '../metrics/csat';
import { readList, setIfFilled, setListIfFilled } from './link';
import type { Decoded, LinkIssue } from './link';

export interface CsatLinkState {
  readonly scale: CsatScale;
  readonly mode: 'counts' | 'scores';
  /** One field per score 1…scale. */
  readonly counts: readonly string[];
  readonly scores: string;
  /** Lowest satisfied score as typed; empty = default top two boxes. */
  readonly threshold: string;
}

export const DEFAULT_CSAT_SCALE: CsatScale = 5;

export function emptyCsatState(scale: CsatScale = DEFAULT_CSAT_SCALE): CsatLinkState {
  return { scale, mode: 'counts', counts: new Array<string>(scale).fill(''), scores: '', threshold: '' };
}

export function decodeCsatLink(params: URLSearchParams): Decoded<CsatLinkState> {
  const issues: LinkIssue[] = [];
  const scaleRaw = params.get('skala');
  let scale = DEFAULT_CSAT_SCALE;
  if (scaleRaw !== null) {
    const parsed = Number(scaleRaw.trim());
    if (isCsatScale(parsed)) scale = parsed;
    else {
      issues.push({
        param: 'skala',
        value: scaleRaw,
        message: `Skala “${scaleRaw}” tidak dikenal (pilihan: 1–5, 1–7, 1–10); dipakai skala 1–${DEFAULT_CSAT_SCALE}.`,
      });
    }
  }
  const countsRaw = params.get('jumlah');
  const scores = params.get('skor');
  const threshold = params.get('puas');
  const counts = readList(countsRaw, scale, 'jumlah', issues);
  return {
    state: {
      scale,
      mode: countsRaw === null && scores !== null ? 'scores' : 'counts',
      counts,
      scores: scores ?? '',
      threshold: threshold ?? '',
    },
    issues,
    hasData: countsRaw !== null || scores !== null,
  };
}

/** Always writes `skala`; writes only the active input mode; leaves out empty fields. */
export function encodeCsatLink(state: CsatLinkState): URLSearchParams {
  const params = new URLSearchParams();
  params.set('skala', String(state.scale));
  if (state.mode === 'counts') setListIfFilled(params, 'jumlah', state.counts);
  else setIfFilled(params, 'skor', state.scores);
  setIfFilled(params, 'puas', state.threshold);
  return params;
}
