/**
 * Every UI string of the site, in Indonesian, in one flat map. Content words live in
 * `content/`; these are the words of the interface around them.
 */
export const ui = {
  'site.name': 'Paham Pelanggan',
  'site.tagline': 'Kenali pelanggan Anda, ukur kepuasan mereka.',
  'site.description':
    'Panduan berbahasa Indonesia untuk mengenal pelanggan: jenis-jenis pelanggan, cara menghadapinya, loyalitas, serta kalkulator NPS, CSAT, CES, dan churn.',
  'skip.link': 'Langsung ke isi',
  'nav.label': 'Navigasi utama',
  'nav.menu': 'Menu',
  'nav.guides': 'Panduan',
  'nav.quiz': 'Kuis',
  'nav.calculators': 'Kalkulator',
  'nav.glossary': 'Kamus',
  'nav.faq': 'FAQ',
  'theme.toDark': 'Tema gelap',
  'search.label': 'Cari di situs',
  'search.placeholder': 'Cari panduan…',
  'search.submit': 'Cari',
  'search.shortcut': 'Ctrl+K',
  'search.dialogTitle': 'Cari di Paham Pelanggan',
  'search.close': 'Tutup',
  'search.loading': 'Memuat pencarian…',
  'search.failed': 'Pencarian belum bisa dimuat. Coba halaman pencarian.',
  'footer.privacy': 'Semua yang Anda ketik tetap di peramban Anda. Tanpa pelacak, tanpa iklan.',
  'footer.sources': 'Disusun dari berbagai sumber tentang pelanggan, ditulis ulang dengan kata-kata sendiri.',
  'guide.updated': 'Diperbarui',
  'guide.readingTime': 'menit membaca',
  'guide.toc': 'Daftar isi',
  'guide.breadcrumb': 'Remah roti',
  'guide.home': 'Beranda',
  'guide.prev': 'Sebelumnya',
  'guide.next': 'Berikutnya',
  'guide.related': 'Baca juga',
  'guide.practice': 'Praktikkan',
  'guide.quizLink': 'Latih diri dengan kuis',
  'guide.calculatorLink': 'Hitung dengan kalkulator',
  'guide.anchor': 'Tautan ke bagian ini',
  'callout.tip': 'Tips',
  'callout.caution': 'Perhatian',
  'callout.example': 'Contoh',
  'summary.title': 'Ringkasan',
  'type.signs': 'Ciri-cirinya',
  'type.example': 'Contoh sehari-hari',
  'type.handle': 'Cara menghadapi',
  'type.avoid': 'Yang perlu dihindari',
  'type.related': 'Terkait',
  'category.dasar': 'Dasar-dasar',
  'category.jenis': 'Jenis pelanggan',
  'category.melayani': 'Melayani pelanggan',
  'category.mengukur': 'Mengukur dan alat bantu',
  'notFound.title': 'Halaman tidak ditemukan',
} as const;

export type UiKey = keyof typeof ui;

/** Looks up a UI string; keys are checked at compile time. */
export const t = (key: UiKey): string => ui[key];
