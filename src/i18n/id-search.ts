// Indonesian strings of the search pop-up and the search page, apart from id.ts so that the search
// code, which loads on first use, carries only its own words.

/** What search says around Pagefind's results. */
export const searchWords = {
  placeholder: 'Cari panduan, istilah, pertanyaan…',
  fewer: 'Tidak ada halaman yang memuat semua kata “{query}”. Hasil di bawah untuk “{used}”.',
  none: 'Tidak ada hasil untuk “{query}”. Mungkin yang Anda perlukan ada di salah satu halaman ini:',
  offline: 'Pencarian untuk “{query}” butuh koneksi internet: bagian indeks pencarian yang diperlukan belum tersimpan di perangkat ini. Sambungkan ke internet, lalu cari lagi.',
  failed: 'Pencarian belum bisa dimuat. Periksa koneksi lalu muat ulang halaman.',
} as const;

/** Pages a search with no result offers: where most owners who come with a problem start. */
export const neededPages: readonly { href: string; title: string; why: string }[] = [
  { href: '/panduan/pemulihan-layanan/', title: 'Memulihkan pelanggan yang kecewa', why: 'balasan siap salin untuk keluhan, ulasan buruk, dan refund' },
  { href: '/panduan/hak-konsumen/', title: 'Hak konsumen dan kewajiban penjual', why: 'garansi, pengembalian, dan pengaduan ke BPSK' },
  { href: '/panduan/mengukur-kepuasan/', title: 'Mengukur kepuasan pelanggan', why: 'NPS, CSAT, CES, dan churn' },
  { href: '/kamus/', title: 'Kamus istilah', why: 'arti istilah yang dipakai di situs ini' },
];
