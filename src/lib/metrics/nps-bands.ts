/**
 * Interpretation bands for NPS.
 *
 * These cut-offs are a widely used rule of thumb, not a finding of the site's sources; they
 * give owners a first plain reading of the number. Ranges are half-open and apply to the value
 * given: 29.96 is "Cukup", so the page passes the value as displayed ("30,0" reads "Baik").
 */
import { bandOf, type Band } from './bands';

export type NpsBandId = 'negative' | 'fair' | 'good' | 'very-good' | 'excellent';

export type NpsBand = Band<NpsBandId>;

/** All bands from lowest to highest, for a legend. */
export const NPS_BANDS: readonly NpsBand[] = [
  {
    id: 'negative',
    label: 'Perlu perhatian',
    range: 'di bawah 0',
    min: null,
    max: 0,
    reading:
      'Pelanggan yang kecewa lebih banyak daripada yang antusias, jadi cari tahu dulu keluhan yang paling sering muncul.',
  },
  {
    id: 'fair',
    label: 'Cukup',
    range: '0–29',
    min: 0,
    max: 30,
    reading:
      'Pelanggan yang antusias sedikit lebih banyak daripada yang kecewa, tetapi ruang untuk perbaikan masih lebar.',
  },
  {
    id: 'good',
    label: 'Baik',
    range: '30–49',
    min: 30,
    max: 50,
    reading:
      'Pelanggan yang antusias jelas lebih banyak daripada yang kecewa; pertahankan yang sudah berjalan sambil menangani keluhan yang tersisa.',
  },
  {
    id: 'very-good',
    label: 'Sangat baik',
    range: '50–69',
    min: 50,
    max: 70,
    reading: 'Sebagian besar pelanggan siap merekomendasikan usaha Anda, dan yang kecewa tinggal sedikit.',
  },
  {
    id: 'excellent',
    label: 'Istimewa',
    range: '70 ke atas',
    min: 70,
    max: null,
    reading: 'Hampir semua pelanggan menjadi pendukung setia; skor setinggi ini jarang tercapai dan layak dijaga.',
  },
];

/** The band an NPS (in points, −100…100) falls into; NaN is treated as 0. */
export function npsBand(nps: number): NpsBand {
  return bandOf(NPS_BANDS, Number.isNaN(nps) ? 0 : nps);
}
