import { describe, expect, it } from 'vitest';
import { cesBandWords } from '../../../src/i18n/id-ces';
import { csatBandWords } from '../../../src/i18n/id-csat';
import { npsBandWords } from '../../../src/i18n/id-nps';
import { wordsOf } from '../../support/all-words';
import { displayed } from '../../../src/lib/format';
import { bandKey, bandOf, type Band, type BandIds, type BandWord } from '../../../src/lib/metrics/bands';
import { CES_BANDS, cesBand } from '../../../src/lib/metrics/ces-bands';
import { CSAT_BANDS, csatBand } from '../../../src/lib/metrics/csat-bands';
import { NPS_BANDS } from '../../../src/lib/metrics/nps-bands';

const DICTIONARIES = { nps: npsBandWords, csat: csatBandWords, ces: cesBandWords };
const WORDS: readonly BandWord[] = ['label', 'range', 'reading'];

/**
 * Bands follow each other without gaps or overlaps; the dictionary holds the three words of
 * each band and nothing else, and each reading is one sentence.
 */
function checkTable<M extends keyof BandIds>(metric: M, bands: readonly Band<BandIds[M]>[]) {
  expect(bands[0]?.min).toBeNull();
  expect(bands.at(-1)?.max).toBeNull();
  for (let i = 1; i < bands.length; i += 1) expect(bands[i]?.min).toBe(bands[i - 1]?.max);
  expect(new Set(bands.map((b) => b.id)).size).toBe(bands.length);
  expect(Object.keys(DICTIONARIES[metric]).sort()).toEqual(bands.flatMap((b) => WORDS.map((w) => bandKey(metric, b.id, w))).sort());
  for (const band of bands) expect(bandOf(bands, band.min ?? -Infinity)).toBe(band);
  for (const reading of wordsOf(metric, bands, 'reading')) {
    expect(reading.trim().endsWith('.')).toBe(true);
    expect(reading.slice(0, -1)).not.toMatch(/[.!?]/);
  }
}

describe('band tables', () => {
  it('are contiguous, with the three words of each band and a one-sentence reading', () => {
    checkTable('nps', NPS_BANDS);
    checkTable('csat', CSAT_BANDS);
    checkTable('ces', CES_BANDS);
  });
});

describe('CSAT bands (% satisfied, top two boxes)', () => {
  it('switches exactly at 70, 80 and 90', () => {
    expect(csatBand(0).id).toBe('low');
    expect(csatBand(69.99).id).toBe('low');
    expect(csatBand(70).id).toBe('fair');
    expect(csatBand(79.99).id).toBe('fair');
    expect(csatBand(80).id).toBe('good');
    expect(csatBand(89.99).id).toBe('good');
    expect(csatBand(90).id).toBe('very-good');
    expect(csatBand(100).id).toBe('very-good');
    expect(csatBand(Number.NaN).id).toBe('low');
  });

  it('reads the value as displayed: 79,96% shows as "80,0%" and is "Baik"', () => {
    expect(csatBand(79.96).id).toBe('fair');
    expect(csatBand(displayed(79.96, 1)).id).toBe('good');
    expect(csatBand(displayed(79.94, 1)).id).toBe('fair');
  });

  it('names its ranges as the page shows them', () => {
    expect(wordsOf('csat', CSAT_BANDS, 'range')).toEqual(['di bawah 70%', '70,0–79,9%', '80,0–89,9%', '90% ke atas']);
    expect(wordsOf('csat', CSAT_BANDS, 'label')).toEqual(['Perlu perhatian', 'Cukup', 'Baik', 'Sangat baik']);
  });
});

describe('CES bands (mean agreement 1–7)', () => {
  it('switches exactly at 4,5, 5,5 and 6', () => {
    expect(cesBand(1).id).toBe('hard');
    expect(cesBand(4.49).id).toBe('hard');
    expect(cesBand(4.5).id).toBe('fair');
    expect(cesBand(5.49).id).toBe('fair');
    expect(cesBand(5.5).id).toBe('easy');
    expect(cesBand(5.99).id).toBe('easy');
    expect(cesBand(6).id).toBe('very-easy');
    expect(cesBand(7).id).toBe('very-easy');
    expect(cesBand(Number.NaN).id).toBe('hard');
  });

  it('reads the value as displayed with two decimals', () => {
    expect(cesBand(displayed(4.4996, 2)).id).toBe('fair');
    expect(cesBand(displayed(4.4949, 2)).id).toBe('hard');
  });

  it('names its ranges as the page shows them', () => {
    expect(wordsOf('ces', CES_BANDS, 'range')).toEqual(['di bawah 4,50', '4,50–5,49', '5,50–5,99', '6,00 ke atas']);
    expect(wordsOf('ces', CES_BANDS, 'label')).toEqual(['Perlu perhatian', 'Cukup mudah', 'Mudah', 'Sangat mudah']);
  });
});
