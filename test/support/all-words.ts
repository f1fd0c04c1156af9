// Unit tests read lib's messages as a page would: worded by a translator, here one over every
// calculator's dictionary and the bands' (a page's has only `calc` and its own).
import { calc } from '../../src/i18n/id';
import { cesBandWords, cesWords } from '../../src/i18n/id-ces';
import { churnWords } from '../../src/i18n/id-churn';
import { csatBandWords, csatWords } from '../../src/i18n/id-csat';
import { npsBandWords, npsWords } from '../../src/i18n/id-nps';
import { scoresWords } from '../../src/i18n/id-scores';
import { translator } from '../../src/i18n/translate';
import { bandKey, type Band, type BandIds, type BandWord } from '../../src/lib/metrics/bands';

export const say = translator(calc, npsWords, csatWords, cesWords, churnWords, scoresWords, npsBandWords, csatBandWords, cesBandWords);

/** One word of each band of a table (`src/lib/metrics/*-bands.ts`), as the pages show it. */
export const wordsOf = <M extends keyof BandIds>(metric: M, bands: readonly Band<BandIds[M]>[], word: BandWord): string[] =>
  bands.map((band) => say(bandKey(metric, band.id, word)));
