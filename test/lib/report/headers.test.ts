import { describe, expect, it } from 'vitest';
import { guessMetric, scaleHint, valueScale } from '../../../src/lib/report/headers';

/** Counts of the whole scores 0–10 and how many numbers there are in all. */
function column(name: string, values: readonly number[]) {
  const counts = new Array<number>(11).fill(0);
  for (const v of values) if (Number.isInteger(v) && v >= 0 && v <= 10) counts[v]! += 1;
  return { name, counts, numeric: values.length };
}
const repeat = (values: readonly number[], n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]!);

describe('a scale written in a header', () => {
  it('reads the ways owners write it', () => {
    expect(scaleHint('Kepuasan (1-5)')).toEqual({ min: 1, max: 5 });
    expect(scaleHint('Kepuasan 1–5')).toEqual({ min: 1, max: 5 });
    expect(scaleHint('Seberapa puas Anda? (skala 1 sampai 5)')).toEqual({ min: 1, max: 5 });
    expect(scaleHint('Nilai 1 s.d. 7')).toEqual({ min: 1, max: 7 });
    expect(scaleHint('Nilai 1 s/d 10')).toEqual({ min: 1, max: 10 });
    expect(scaleHint('Rekomendasi (0-10)')).toEqual({ min: 0, max: 10 });
    expect(scaleHint('Rate us from 1 to 5')).toEqual({ min: 1, max: 5 });
  });
  it('is not fooled by other numbers', () => {
    expect(scaleHint('Kepuasan')).toBeNull();
    expect(scaleHint('Pertanyaan 15')).toBeNull();
    expect(scaleHint('Usia 18-25 tahun')).toBeNull();
    expect(scaleHint('Tanggal 2026-11-05')).toBeNull();
  });
});

describe('the scale of a column', () => {
  it('follows nearly all values: a handful of outliers never move it', () => {
    // 3,000 answers of 1–5 and one 6.
    expect(valueScale(column('Skor', [...repeat([1, 2, 3, 4, 5], 3000), 6]))).toEqual({ min: 1, max: 5 });
    expect(valueScale(column('Skor', [...repeat([1, 2, 3, 4, 5], 3000), 0, 0]))).toEqual({ min: 1, max: 5 });
    expect(valueScale(column('Skor', [...repeat([1, 2, 3, 4, 5, 6, 7], 700)]))).toEqual({ min: 1, max: 7 });
    expect(valueScale(column('Skor', [...repeat([0, 5, 9, 10], 400)]))).toEqual({ min: 0, max: 10 });
  });
  it('takes a few answers at their word', () => {
    expect(valueScale(column('Skor', [1, 4, 7, 6]))).toEqual({ min: 1, max: 7 });
    expect(valueScale(column('Skor', [1, 4, 5, 6]))).toEqual({ min: 1, max: 7 });
  });
});

describe('the metric of a score column', () => {
  it('takes the scale from the header over the values', () => {
    expect(guessMetric(column('Kepuasan (1-5)', [...repeat([1, 2, 3, 4, 5], 3000), 6]))).toBe('csat5');
    expect(guessMetric(column('Kepuasan (1-5)', [1, 2, 6, 7, 7]))).toBe('csat5');
    expect(guessMetric(column('Penilaian (skala 1 sampai 7)', [1, 2, 3]))).toBe('csat7');
    expect(guessMetric(column('Nilai (1-10)', [1, 2, 3]))).toBe('csat10');
    expect(guessMetric(column('Nilai (0-10)', [1, 2, 3]))).toBe('nps');
  });
  it('follows nearly all values without a header hint', () => {
    expect(guessMetric(column('Seberapa puas Anda?', [...repeat([1, 2, 3, 4, 5], 3000), 6]))).toBe('csat5');
    expect(guessMetric(column('Seberapa puas Anda?', [1, 4, 5, 3]))).toBe('csat5');
    expect(guessMetric(column('Seberapa mudah urusan Anda?', [1, 4, 7, 6]))).toBe('ces');
    expect(guessMetric(column('Nilai', [0, 4, 7, 10]))).toBe('nps');
    expect(guessMetric(column('Nilai', [1, 4, 7, 6]))).toBe('csat7');
  });
});
