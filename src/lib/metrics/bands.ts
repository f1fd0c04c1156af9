/**
 * Reading bands: a plain first reading of a figure, from cut-offs that are rules of thumb, not
 * a standard. Ranges are half-open: a band holds `min` and stops short of `max`. Here are only a
 * band's id and cut-offs; its words (its name, its range as the page shows it, its reading) are
 * in its calculator's dictionary (`npsBandWords` in src/i18n/id-nps.ts…) under {@link bandKey}.
 */
import type { CesBandId } from './ces-bands';
import type { CsatBandId } from './csat-bands';
import type { NpsBandId } from './nps-bands';

export interface Band<Id extends string = string> {
  readonly id: Id;
  /** Inclusive lower bound (null = open below). */
  readonly min: number | null;
  /** Exclusive upper bound (null = open above). */
  readonly max: number | null;
}

/** Each metric with bands, and its bands' ids. */
export interface BandIds {
  nps: NpsBandId;
  csat: CsatBandId;
  ces: CesBandId;
}

/** A band's words: its short name ("Baik"), its range as the page shows it ("30–49"), and one sentence on what it means. */
export type BandWord = 'label' | 'range' | 'reading';

/** The keys of a metric's band words, `band.<metric>.<id>.<word>` (`band.nps.good.label`). */
export type BandKey<M extends keyof BandIds = keyof BandIds> = { [K in M]: `band.${K}.${BandIds[K]}.${BandWord}` }[M];

/** A metric's band words: exactly the three words of each of its bands (a dictionary `satisfies` it). */
export type BandWords<M extends keyof BandIds> = Readonly<Record<BandKey<M>, string>>;

/** The dictionary key of a band's word (`bandKey('nps', 'good', 'label')` is `band.nps.good.label`). */
export const bandKey = <M extends keyof BandIds>(metric: M, id: BandIds[M], word: BandWord): BandKey => `band.${metric}.${id}.${word}` as BandKey;

/** The band `value` falls into; `bands` run from lowest to highest and the first is open below. */
export function bandOf<B extends Band>(bands: readonly B[], value: number): B {
  for (let i = bands.length - 1; i > 0; i -= 1) {
    const band = bands[i] as B;
    if (band.min === null || value >= band.min) return band;
  }
  return bands[0] as B;
}
