// Indonesian strings of the CES calculator, apart from id.ts so that only the page that shows them loads them.
import type { BandWords } from '../lib/metrics/bands';

/** The CES calculator. */
export const cesWords = {
  'what.ces': 'CES',
  'ces.1': '1 Sangat tidak setuju',
  'ces.2': '2 Tidak setuju',
  'ces.3': '3 Agak tidak setuju',
  'ces.4': '4 Netral',
  'ces.5': '5 Agak setuju',
  'ces.6': '6 Setuju',
  'ces.7': '7 Sangat setuju',
  'ces.status': 'CES rata-rata {mean} dari 7.',
  'ces.figure': 'CES: rata-rata kemudahan (1–7)',
  'ces.higher': 'Makin tinggi makin mudah.',
  'ces.agree': 'Setuju urusannya mudah (5–7)',
  'ces.split': 'Setuju, netral, tidak setuju',
  'ces.agreeBar': 'Setuju (5–7)',
  'ces.neutralBar': 'Netral (4)',
  'ces.disagreeBar': 'Tidak setuju (1–3)',
  'ces.histogram': 'Sebaran jawaban',
  'step.readCes': 'Cara membaca CES:',
  'step.effort': 'Kemudahan masih rendah. Kurangi langkah yang merepotkan pelanggan:',
  'step.effortLink': 'strategi pelayanan',
  'sum.ces': 'CES (1–7, 7 = sangat mudah): rata-rata {mean}',
  'sum.cesAgree': 'Setuju urusannya mudah (5–7): {pct} dari {n} jawaban',
} as const;

/** The CES reading bands' words, also shown by the survey report and the guides' `<Bands>` (src/lib/metrics/ces-bands.ts). */
export const cesBandWords = {
  'band.ces.hard.label': 'Perlu perhatian',
  'band.ces.hard.range': 'di bawah 4,50',
  'band.ces.hard.reading': 'Rata-rata jawaban berada di sekitar netral atau di sisi tidak setuju, jadi banyak pelanggan merasa urusannya merepotkan.',
  'band.ces.fair.label': 'Cukup mudah',
  'band.ces.fair.range': '4,50–5,49',
  'band.ces.fair.reading': 'Pelanggan cenderung setuju urusannya mudah, tetapi masih cukup banyak yang merasa repot.',
  'band.ces.easy.label': 'Mudah',
  'band.ces.easy.range': '5,50–5,99',
  'band.ces.easy.reading': 'Pelanggan umumnya merasa urusannya mudah; cari langkah yang masih membuat sebagian kecil pelanggan repot.',
  'band.ces.very-easy.label': 'Sangat mudah',
  'band.ces.very-easy.range': '6,00 ke atas',
  'band.ces.very-easy.reading': 'Hampir semua pelanggan setuju urusannya mudah; pertahankan cara kerja ini.',
} as const satisfies BandWords<'ces'>;
