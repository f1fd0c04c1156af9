/**
 * Reading bands for CES 2.0: the mean agreement on 1–7 with "the business made it easy for me
 * to handle my issue" (7 = strongly agree, very easy).
 *
 * The cut-offs are a rule of thumb, not a standard or a finding of the site's sources: 4 is
 * "neither agree nor disagree" and 5 "somewhat agree", so a mean under 4.5 leans to neutral or
 * worse, and one of 6 or more means most answers were "agree" or "strongly agree".
 */
import { bandOf, type Band } from './bands';

export type CesBandId = 'hard' | 'fair' | 'easy' | 'very-easy';
export type CesBand = Band<CesBandId>;

/** All bands from lowest to highest. */
export const CES_BANDS: readonly CesBand[] = [
  {
    id: 'hard',
    label: 'Perlu perhatian',
    range: 'di bawah 4,50',
    min: null,
    max: 4.5,
    reading: 'Rata-rata jawaban berada di sekitar netral atau di sisi tidak setuju, jadi banyak pelanggan merasa urusannya merepotkan.',
  },
  {
    id: 'fair',
    label: 'Cukup mudah',
    range: '4,50–5,49',
    min: 4.5,
    max: 5.5,
    reading: 'Pelanggan cenderung setuju urusannya mudah, tetapi masih cukup banyak yang merasa repot.',
  },
  {
    id: 'easy',
    label: 'Mudah',
    range: '5,50–5,99',
    min: 5.5,
    max: 6,
    reading: 'Pelanggan umumnya merasa urusannya mudah; cari langkah yang masih membuat sebagian kecil pelanggan repot.',
  },
  {
    id: 'very-easy',
    label: 'Sangat mudah',
    range: '6,00 ke atas',
    min: 6,
    max: null,
    reading: 'Hampir semua pelanggan setuju urusannya mudah; pertahankan cara kerja ini.',
  },
];

/** The band of a CES mean (1–7); NaN falls into the lowest band. */
export function cesBand(mean: number): CesBand {
  return bandOf(CES_BANDS, mean);
}
