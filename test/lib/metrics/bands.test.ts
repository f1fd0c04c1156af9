import { describe, expect, it } from 'vitest';
import { displayed } from '../../../src/lib/format';
import { bandOf, type Band } from '../../../src/lib/metrics/bands';
import { CES_BANDS, cesBand } from '../../../src/lib/metrics/ces-bands';
import { CSAT_BANDS, csatBand } from '../../../src/lib/metrics/csat-bands';
import { NPS_BANDS } from '../../../src/lib/metrics/nps-bands';

/** Bands follow each other without gaps or overlaps, and say what they mean in one sentence. */
function checkTable(bands: readonly Band[]) {
  expect(bands[0]?.min).toBeNull();
  expect(bands.at(-1)?.max).toBeNull();
  for (let i = 1; i < bands.length; i += 1) expect(bands[i]?.min).toBe(bands[i - 1]?.max);
  expect(new Set(bands.map((b) => b.id)).size).toBe(bands.length);
  for (const band of bands) {
    expect(band.label.length).toBeGreaterThan(2);
    expect(band.reading.trim().endsWith('.')).toBe(true);
    expect(band.reading.slice(0, -1)).not.toMatch(/[.!?]/);
    expect(bandOf(bands, band.min ?? -Infinity)).toBe(band);
  }
}

describe('band tables', () => {
  it('are contiguous, with a one-sentence reading per band', () => {
    checkTable(NPS_BANDS);
    checkTable(CSAT_BANDS);
    checkTable(CES_BANDS);
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
    expect(CSAT_BANDS.map((b) => b.range)).toEqual(['di bawah 70%', '70,0–79,9%', '80,0–89,9%', '90% ke atas']);
    expect(CSAT_BANDS.map((b) => b.label)).toEqual(['Perlu perhatian', 'Cukup', 'Baik', 'Sangat baik']);
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
    expect(CES_BANDS.map((b) => b.range)).toEqual(['di bawah 4,50', '4,50–5,49', '5,50–5,99', '6,00 ke atas']);
  });
});
