/**
 * Interpretation bands for NPS.
 *
 * These cut-offs are a widely used rule of thumb, not a finding of the site's sources; they
 * give owners a first plain reading of the number. Boundaries are applied to the unrounded
 * score with half-open ranges: 29.96 is still "Cukup" even though it displays as "30,0".
 */

export type NpsBandId = 'negative' | 'fair' | 'good' | 'very-good' | 'excellent';

export interface NpsBand {
  readonly id: NpsBandId;
  /** Short Indonesian name, e.g. "Baik". */
  readonly label: string;
  /** Range as the legend shows it, e.g. "30–49". */
  readonly range: string;
  /** Inclusive lower bound in NPS points (null = open below). */
  readonly min: number | null;
  /** Exclusive upper bound in NPS points (null = open above). */
  readonly max: number | null;
  /** One plain Indonesian sentence saying what a score in this band means. */
  readonly reading: string;
}

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
  const value = Number.isNaN(nps) ? 0 : nps;
  for (let i = NPS_BANDS.length - 1; i >= 0; i -= 1) {
    const band = NPS_BANDS[i];
    if (band && (band.min === null || value >= band.min)) return band;
  }
  // Unreachable: the first band is open below.
  return NPS_BANDS[0] as NpsBand;
}
