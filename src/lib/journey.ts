/**
 * The customer journey as the site teaches it: five stages, and the rows of the worksheet staff
 * fill in for each stage. The journey guide's diagram and the printable worksheet both draw from
 * here, so they never disagree.
 */

export interface JourneyStage {
  readonly id: string;
  readonly name: string;
  /** What the customer is doing at this stage, in one short phrase. */
  readonly doing: string;
}

export const JOURNEY_STAGES: readonly JourneyStage[] = [
  { id: 'kesadaran', name: 'Kesadaran', doing: 'mulai mengenal usaha Anda' },
  { id: 'pertimbangan', name: 'Pertimbangan', doing: 'membandingkan dan bertanya' },
  { id: 'pembelian', name: 'Pembelian', doing: 'memesan dan membayar' },
  { id: 'pemakaian', name: 'Pemakaian dan layanan', doing: 'menerima, memakai, meminta bantuan' },
  { id: 'kesetiaan', name: 'Kesetiaan', doing: 'kembali, merekomendasikan, atau pergi' },
];

/** The worksheet's rows: what the team writes down for every stage. */
export const WORKSHEET_ROWS: readonly { readonly id: string; readonly label: string; readonly hint: string }[] = [
  { id: 'tindakan', label: 'Yang dilakukan pelanggan', hint: 'langkah nyata, dari sudut pandang pelanggan' },
  { id: 'titik-sentuh', label: 'Titik sentuh', hint: 'tempat, orang, atau saluran yang ditemui pelanggan' },
  { id: 'perasaan', label: 'Yang dipikirkan dan dirasakan pelanggan', hint: 'tulis dengan kata-kata pelanggan' },
  { id: 'masalah', label: 'Titik masalah', hint: 'yang membuat pelanggan terhambat, bingung, atau kesal' },
  { id: 'momen', label: 'Momen penentu', hint: 'saat yang membuat pelanggan bertahan atau pergi' },
  { id: 'perbaikan', label: 'Perbaikan yang akan dicoba', hint: 'satu langkah kecil, siapa, kapan' },
];
