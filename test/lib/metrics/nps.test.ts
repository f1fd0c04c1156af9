import { describe, expect, it } from 'vitest';
import { say, wordsOf } from '../../support/all-words';
import { formatNumber } from '../../../src/lib/format';
import { npsFromCounts, npsFromHistogram, npsFromScores, npsGroup } from '../../../src/lib/metrics/nps';
import { NPS_BANDS, npsBand } from '../../../src/lib/metrics/nps-bands';
import { codes, expectAllFinite, value } from './helpers';

const counts = (promoters: number, passives: number, detractors: number) => ({ promoters, passives, detractors });

describe('NPS published values', () => {
  it('D/Pa/P = 1/2/3 gives NPS 33.3 and s² = 5/9', () => {
    const r = value(npsFromCounts(counts(3, 2, 1)));
    expect(r.nps).toBeCloseTo(100 / 3, 12);
    expect(formatNumber(r.nps, 1)).toBe('33,3');
    expect(r.variance).toBeCloseTo(5 / 9, 12);
  });

  it('n = 500 with 40/40/20 % (P/Pa/D) gives NPS 20 ± 6.6', () => {
    const r = value(npsFromCounts(counts(200, 200, 100)));
    expect(r.nps).toBeCloseTo(20, 12);
    expect(r.marginOfError).toBeCloseTo(6.559, 3);
    expect(formatNumber(r.marginOfError, 1)).toBe('6,6');
  });

  it('291/476/395 (P/Pa/D) gives NPS −8.95 ± 4.4 (published −8.9 is truncated, see note)', () => {
    const r = value(npsFromCounts(counts(291, 476, 395)));
    // Exact value is −104/1162 = −8.95009 %: rounds to −9.0, the published −8.9 truncates it.
    expect(r.nps).toBeCloseTo(-8.950086, 5);
    expect(Math.trunc(r.nps * 10) / 10).toBe(-8.9);
    expect(formatNumber(r.nps, 1)).toBe('−9,0');
    expect(r.marginOfError).toBeCloseTo(4.388, 3);
    expect(formatNumber(r.marginOfError, 1)).toBe('4,4');
  });

  it('P/Pa/D 40/30/30 has adjusted-Wald interval [−6.3, 25.7]', () => {
    const r = value(npsFromCounts(counts(40, 30, 30)));
    expect(r.nps).toBeCloseTo(10, 12);
    expect(r.interval.centre).toBeCloseTo((100 * 10) / 103, 10);
    expect(formatNumber(r.interval.low, 1)).toBe('−6,3');
    expect(formatNumber(r.interval.high, 1)).toBe('25,7');
  });

  it('P/Pa/D 9/0/2 has adjusted-Wald interval [8.0, 92.0]', () => {
    const r = value(npsFromCounts(counts(9, 0, 2)));
    expect(r.interval.centre).toBeCloseTo(50, 10);
    expect(r.interval.low).toBeCloseTo(8, 10);
    expect(r.interval.high).toBeCloseTo(92, 10);
    expect(formatNumber(r.interval.low, 1)).toBe('8,0');
    expect(formatNumber(r.interval.high, 1)).toBe('92,0');
  });

  it('rounds last: P = 223, D = 127, n = 500 gives 19.2, not 20', () => {
    const r = value(npsFromCounts(counts(223, 150, 127)));
    expect(r.nps).toBeCloseTo(19.2, 12);
    expect(formatNumber(r.nps, 1)).toBe('19,2');
    // Rounding the shares first (45 % − 25 %) would give 20.
    expect(Math.round(r.percent.promoters) - Math.round(r.percent.detractors)).toBe(20);
  });
});

describe('npsFromCounts', () => {
  it('exposes shares, standard error and band', () => {
    const r = value(npsFromCounts(counts(50, 30, 20)));
    expect(r.total).toBe(100);
    expect(r.percent).toEqual({ promoters: 50, passives: 30, detractors: 20 });
    expect(r.standardError).toBeCloseTo(100 * Math.sqrt(r.variance / 100), 12);
    expect(r.marginOfError).toBeCloseTo(1.96 * r.standardError, 12);
    expect(r.band.id).toBe('good');
    expect(r.histogram).toBeNull();
    expectAllFinite(r);
  });

  it('clips the interval at ±100 and keeps zero-variance cases finite', () => {
    const all = value(npsFromCounts(counts(5, 0, 0)));
    expect(all.nps).toBe(100);
    expect(all.variance).toBe(0);
    expect(all.marginOfError).toBe(0);
    expect(all.interval.high).toBeLessThanOrEqual(100);
    expect(all.interval.low).toBeGreaterThanOrEqual(-100);
    expectAllFinite(all);
    const one = value(npsFromCounts(counts(0, 0, 1)));
    expect(one.nps).toBe(-100);
    expect(one.interval.low).toBeGreaterThanOrEqual(-100);
    expectAllFinite(one);
  });

  it('rejects bad counts with Indonesian messages, one per field', () => {
    const bad = npsFromCounts(counts(-1, 2.5, Number.NaN));
    expect(codes(bad)).toEqual({ promoters: 'negative', passives: 'not-whole', detractors: 'not-a-number' });
    if (!bad.ok) {
      expect(bad.errors[0] && say(bad.errors[0].message)).toBe('Jumlah promotor tidak boleh negatif.');
      expect(bad.errors[1] && say(bad.errors[1].message)).toMatch(/bilangan bulat/);
    }
    expect(codes(npsFromCounts(counts(0, 0, 0)))).toEqual({ total: 'zero-total' });
    expect(codes(npsFromCounts(counts(Infinity, 0, 0)))).toEqual({ promoters: 'too-large' });
    expect(codes(npsFromCounts(counts(Number.MAX_SAFE_INTEGER, 1, 0)))).toEqual({ total: 'too-large' });
  });

  it('names second-period fields with the suffix', () => {
    expect(codes(npsFromCounts(counts(-1, 0, 0), '_b'))).toEqual({ promoters_b: 'negative' });
  });
});

describe('histogram and raw scores', () => {
  const histogram = [1, 0, 2, 0, 0, 3, 1, 4, 5, 6, 7];

  it('groups 0–6 / 7–8 / 9–10', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsGroup)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
    const r = value(npsFromHistogram(histogram));
    expect(r.counts).toEqual({ promoters: 13, passives: 9, detractors: 7 });
    expect(r.histogram).toEqual(histogram);
  });

  it('agrees with counts and with raw scores', () => {
    const fromHistogram = value(npsFromHistogram(histogram));
    const scores = histogram.flatMap((count, score) => new Array<number>(count).fill(score));
    const fromScores = value(npsFromScores(scores));
    const fromCounts = value(npsFromCounts(fromHistogram.counts));
    expect(fromScores).toEqual(fromHistogram);
    expect({ ...fromHistogram, histogram: null }).toEqual(fromCounts);
  });

  it('validates histogram length and cells', () => {
    expect(codes(npsFromHistogram([1, 2, 3]))).toEqual({ histogram: 'wrong-length' });
    expect(codes(npsFromHistogram([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2]))).toEqual({ 'histogram.10': 'negative' });
    expect(codes(npsFromHistogram(new Array<number>(11).fill(0)))).toEqual({ total: 'zero-total' });
  });

  it('summarises bad raw scores per reason', () => {
    const r = npsFromScores([9, 11, 11, 7.5, Number.NaN, 3]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.code)).toEqual(['not-a-number', 'not-whole', 'out-of-range']);
      expect(r.errors[2] && say(r.errors[2].message)).toBe('2 skor di luar rentang 0–10, pertama di urutan ke-2.');
    }
    expect(codes(npsFromScores([]))).toEqual({ scores: 'empty' });
  });
});

describe('bands', () => {
  it('covers every score with half-open ranges', () => {
    expect(npsBand(-100).id).toBe('negative');
    expect(npsBand(-0.01).id).toBe('negative');
    expect(npsBand(0).id).toBe('fair');
    expect(npsBand(29.99).id).toBe('fair');
    expect(npsBand(30).id).toBe('good');
    expect(npsBand(49.9).id).toBe('good');
    expect(npsBand(50).id).toBe('very-good');
    expect(npsBand(70).id).toBe('excellent');
    expect(npsBand(100).id).toBe('excellent');
    expect(npsBand(Number.NaN).id).toBe('fair');
  });

  it('names its bands and ranges as the page shows them', () => {
    expect(wordsOf('nps', NPS_BANDS, 'range')).toEqual(['di bawah 0', '0–29', '30–49', '50–69', '70 ke atas']);
    expect(wordsOf('nps', NPS_BANDS, 'label')).toEqual(['Perlu perhatian', 'Cukup', 'Baik', 'Sangat baik', 'Istimewa']);
  });
});
