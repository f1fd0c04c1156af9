/**
 * Reading bands for CSAT, the % of satisfied answers with the default top-two-box definition.
 *
 * The cut-offs are a rule of thumb (many businesses see 75–85% as a healthy CSAT), not a
 * finding of the site's sources; they give owners a first plain reading of the number. They
 * mean little for another definition of "satisfied" (only the top box, say), so the page shows
 * them only for the default.
 */
import { bandOf, type Band } from './bands';

export type CsatBandId = 'low' | 'fair' | 'good' | 'very-good';
export type CsatBand = Band<CsatBandId>;

/** All bands from lowest to highest. */
export const CSAT_BANDS: readonly CsatBand[] = [
  {
    id: 'low',
    label: 'Perlu perhatian',
    range: 'di bawah 70%',
    min: null,
    max: 70,
    reading: 'Banyak pelanggan belum puas, jadi cari tahu keluhan yang paling sering muncul dan tangani lebih dulu.',
  },
  {
    id: 'fair',
    label: 'Cukup',
    range: '70,0–79,9%',
    min: 70,
    max: 80,
    reading: 'Sebagian besar pelanggan puas, tetapi dua sampai tiga dari sepuluh belum; ruang untuk perbaikan masih lebar.',
  },
  {
    id: 'good',
    label: 'Baik',
    range: '80,0–89,9%',
    min: 80,
    max: 90,
    reading: 'Sedikitnya delapan dari sepuluh pelanggan puas; pertahankan yang sudah berjalan sambil menangani keluhan yang tersisa.',
  },
  {
    id: 'very-good',
    label: 'Sangat baik',
    range: '90% ke atas',
    min: 90,
    max: null,
    reading: 'Hampir semua pelanggan puas; jaga mutu ini dan tetap dengarkan keluhan yang jarang muncul.',
  },
];

/** The band of a % satisfied (0–100); NaN falls into the lowest band. */
export function csatBand(percentSatisfied: number): CsatBand {
  return bandOf(CSAT_BANDS, percentSatisfied);
}
