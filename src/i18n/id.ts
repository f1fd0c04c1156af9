/**
 * Every interface string, in Indonesian, in this one file to proofread. Content words live in
 * `content/`; these are the words of the interface around them. Two flat maps: `ui` for pages and
 * layouts (worded on the server by `t` below), and `calc` for the calculator islands and the
 * messages `src/lib/` returns as keys with parameters, kept apart so a calculator's script carries
 * only its own words. The quizzes', the profiler's, the class summary's, the report's and search's
 * words are beside this file (id-*.ts), imported by their pages and scripts alone: a bundle that
 * imports this file would otherwise carry them. Every page and island words with a translator of
 * the dictionaries it shows (`translator(...)`, translate.ts).
 */
import { translator } from './translate';

export const ui = {
  'site.name': 'Paham Pelanggan',
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
  'theme.toDark': 'Pakai tema gelap',
  'theme.toLight': 'Pakai tema terang',
  'search.label': 'Cari di situs',
  'search.placeholder': 'Cari panduan…',
  'search.submit': 'Cari',
  'search.shortcut': 'Ctrl+K',
  'footer.privacy': 'Semua yang Anda ketik tetap di peramban Anda. Tanpa pelacak, tanpa iklan.',
  'footer.sources': 'Disusun dari berbagai sumber tentang pelanggan, ditulis ulang dengan kata-kata sendiri.',
  'guide.updated': 'Diperbarui',
  'guide.readingTime': 'menit baca',
  'guide.toc': 'Daftar isi',
  'guide.breadcrumb': 'Jejak navigasi',
  'guide.home': 'Beranda',
  'guide.prev': 'Sebelumnya',
  'guide.next': 'Berikutnya',
  'guide.related': 'Baca juga',
  'guide.practice': 'Praktikkan',
  'guide.quizLink': 'Berlatih dengan kuis',
  'guide.calculatorLink': 'Hitung dengan kalkulator',
  'guide.anchor': 'Tautan ke bagian ini',
  'callout.tip': 'Kiat',
  'callout.caution': 'Perhatian',
  'callout.example': 'Contoh',
  'summary.title': 'Ringkasan',
  'copy.button': 'Salin teks',
  'survey.scale': 'Skala',
  'print.button': 'Cetak halaman ini',
  'print.howto': 'Tekan tombol di bawah, atau Ctrl+P (di ponsel: menu Bagikan atau Cetak). Pilih kertas A4 dan skala 100% ("Ukuran sebenarnya").',
  'print.preview': 'Pratinjau isi kertas',
  'print.back': 'Kembali ke panduan',
  'card.title': 'Kartu survei pelanggan (A6)',
  'card.description': 'Empat kartu survei ukuran A6 dalam satu lembar A4. Cetak, potong di garis putus-putus, lalu berikan kepada pelanggan bersama pulpen.',
  'card.intro': 'Kartu berisi tiga pertanyaan baku (NPS, CSAT, CES) dan satu pertanyaan terbuka. Karena memuat pertanyaan NPS, bagikan kartu selama satu atau dua minggu tiap tiga bulan, bukan pada setiap kunjungan. Tanpa nama usaha, kartu tercetak dengan garis kosong untuk ditulis tangan. Hasilnya dihitung dengan',
  'card.heading': 'Bantu kami melayani lebih baik',
  'card.business': 'Nama usaha',
  'card.nameLabel': 'Nama usaha untuk dicetak di kartu',
  'card.nameHint': 'Nama ini mengisi ketiga tempat nama usaha di keempat kartu. Nama hanya ada di halaman ini: tidak disimpan dan tidak dikirim ke mana pun. Kosongkan bila ingin menulisnya dengan tangan.',
  'card.nameShare': 'Masukkan nama ke alamat halaman',
  'card.nameShared': 'Alamat halaman ini sekarang memuat nama usaha. Salin alamat itu untuk membagikan kartu yang sudah bernama.',
  'card.nameEmpty': 'Ketik nama usaha dulu.',
  'card.nameCut': 'Nama dari tautan dipotong menjadi {max} karakter supaya muat di kartu.',
  'card.instruction': 'Lingkari satu angka untuk setiap pertanyaan.',
  'card.open': 'Apa yang paling perlu kami perbaiki?',
  'card.contact': 'Boleh kami hubungi soal jawaban ini? Tulis nama dan nomor WhatsApp (tidak wajib):',
  'card.date': 'Tanggal',
  'card.thanks': 'Terima kasih atas waktunya!',
  'diagram.types.title': 'Peta tipe pelanggan menurut cara mengelompokkan',
  'diagram.types.desc': 'Setiap baris adalah satu cara mengelompokkan; setiap kotak adalah satu tipe dan menaut ke kartunya.',
  'diagram.journey.title': 'Lima tahap perjalanan pelanggan',
  'diagram.journey.loop': 'Dari tahap kesetiaan, pelanggan yang kembali memulai lagi dari pembelian.',
  'worksheet.title': 'Lembar kerja peta perjalanan pelanggan',
  'worksheet.description': 'Lembar A4 mendatar untuk memetakan perjalanan pelanggan bersama staf: satu kolom per tahap, satu baris per hal yang diamati.',
  'worksheet.intro': 'Cetak satu lembar untuk satu jenis pelanggan. Isi bersama staf yang melayani langsung, dengan pensil, lalu pilih satu perbaikan untuk dicoba bulan ini.',
  'worksheet.business': 'Usaha',
  'worksheet.customer': 'Pelanggan yang dipetakan',
  'worksheet.date': 'Tanggal',
  'worksheet.team': 'Diisi oleh',
  'worksheet.stage': 'Tahap',
  'tally.title': 'Lembar rekap survei',
  'tally.description': 'Lembar untuk menghitung jawaban kartu survei dengan turus. Urutan barisnya sama dengan kotak isian di kalkulator NPS, CSAT, dan CES, jadi jumlahnya tinggal diketik.',
  'tally.intro': 'Untuk setiap kartu, beri satu turus di baris skor yang dilingkari. Setelah semua kartu dihitung, tulis jumlahnya, lalu ketik angka-angka itu ke kalkulator lewat tautan di bawah setiap tabel.',
  'tally.period': 'Periode',
  'tally.place': 'Cabang atau lokasi',
  'tally.by': 'Dihitung oleh',
  'tally.score': 'Skor',
  'tally.marks': 'Turus',
  'tally.count': 'Jumlah',
  'tally.group': 'Kelompok',
  'tally.total': 'Total jawaban',
  'tally.groupTotals': 'Jumlah per kelompok:',
  'tally.enterGroups': 'Bila hanya menghitung per kelompok, ketik ketiga jumlah ini di isian "Jumlah per kelompok":',
  'tally.enter': 'Ketik jumlah per skor di',
  'nps.group.detractor': 'Detraktor',
  'nps.group.passive': 'Pasif',
  'nps.group.promoter': 'Promotor',
  'tally.blankNote': 'Kartu yang pertanyaannya tidak dijawab, atau yang dilingkari lebih dari satu angka, tidak dihitung untuk pertanyaan itu.',
  'copy.done': 'Teks sudah disalin. Tempelkan di aplikasi obrolan Anda, lalu sesuaikan bagian dalam kurung siku.',
  'copy.selected': 'Teks sudah ditandai. Tekan Ctrl+C (di ponsel: tahan, lalu pilih Salin) untuk menyalinnya.',
  'type.signs': 'Ciri-cirinya',
  'type.example': 'Contoh sehari-hari',
  'type.handle': 'Cara menghadapi',
  'type.avoid': 'Yang perlu dihindari',
  'type.related': 'Terkait',
  'check.title': 'Uji pemahaman',
  'check.intro': 'Coba jawab soal singkat berikut untuk menguji pemahaman Anda. Jawaban tidak disimpan.',
  'check.question': 'Soal {n}',
  'check.noscript': 'Aktifkan JavaScript untuk memeriksa jawaban.',
  'quizPage.readGuide': 'Baca panduannya',
  'quizPage.progress': 'Kemajuan Anda',
  'quizPage.classSummary': 'Rekap kelas',
  'profilerPage.noscript': 'Alat ini memerlukan JavaScript untuk menghitung hasil.',
  'faq.more': 'Baca selengkapnya',
  'category.dasar': 'Dasar-dasar',
  'category.jenis': 'Jenis pelanggan',
  'category.melayani': 'Melayani pelanggan',
  'category.mengukur': 'Mengukur dan alat bantu',
  'notFound.title': 'Halaman tidak ditemukan',
  'offline.title': 'Anda sedang tidak tersambung ke internet',
  'offline.description': 'Halaman ini belum tersimpan di perangkat Anda. Panduan, kalkulator, dan kuis yang sudah tersimpan tetap bisa dibuka tanpa internet.',
  'update.label': 'Pembaruan situs',
  'update.available': 'Versi baru tersedia — muat ulang untuk memakainya. Isian dan kemajuan kuis Anda tetap tersimpan.',
  'update.reload': 'Muat ulang',
  'update.later': 'Nanti saja',
  'report.title': 'Laporan survei',
  'report.description': 'Ubah berkas hasil survei (CSV, TSV, atau Excel) menjadi laporan NPS, CSAT, atau CES per periode dan per cabang atau kanal, lengkap dengan komentar pelanggan. Semua diolah di peramban Anda.',
  'report.privacyLead': 'Berkas Anda tetap di perangkat ini.',
  'report.privacy': 'Berkas Anda tidak diunggah ke mana pun. Berkas dibaca di peramban ini saja dan tidak disimpan, baik di alamat halaman maupun di penyimpanan peramban.',
  'report.noscript': 'Laporan ini membutuhkan JavaScript, karena berkas diolah di peramban Anda. Tanpa itu, hitung satu kolom skor dengan kalkulator NPS, CSAT, atau CES.',
  'report.formatsTitle': 'Berkas yang bisa dibaca',
  'report.calcLink': 'Punya berkas hasil survei lengkap? Buat laporannya',
} as const;


export type UiKey = keyof typeof ui;

/**
 * The pages' and layouts' translator: `t(key, params)`, keys and `{placeholders}` checked at
 * compile time (src/i18n/translate.ts). Pure, so a script that imports `calc` alone drops it.
 */
export const t = /* @__PURE__ */ translator(ui);

/**
 * Calculator islands and the messages of `src/lib/` (field errors, what is still missing, link
 * problems, next steps, copyable summaries). `calc` holds what every calculator uses; each
 * calculator's own words are in `id-<calculator>.ts` beside this file, and the pasted-scores
 * input's in `id-scores.ts` (it loads on use): one module can only travel whole, and a page must
 * carry only the words it can show within its 25 KB of script. Each island words them with its
 * own translator, `translator(calc, npsWords)` (src/i18n/translate.ts). `{name}` takes a
 * parameter; a parameter that is a message (`message('label.promoters')`, `range.*`) is replaced
 * by its words, text is shown as given; `{Name}` with a capital starts the sentence with a capital.
 */
export const calc = {
  'label.count': 'jumlah',
  'label.promoters': 'jumlah promotor',
  'label.passives': 'jumlah pasif',
  'label.detractors': 'jumlah detraktor',
  'label.score': 'jumlah skor {score}',
  'label.target': 'margin kesalahan',
  'range.target': 'antara 0,1 dan 100 poin',
  'range.unit': 'antara 0 dan 1',
  'label.variance': 'varians',
  'err.notNumber': '{Label} harus berupa angka.',
  'err.negative': '{Label} tidak boleh negatif.',
  'err.tooLarge': '{Label} terlalu besar.',
  'err.notWhole': '{Label} harus bilangan bulat (tanpa koma).',
  'err.outOfRange': '{Label} harus {range}.',
  'err.zeroTotal': 'Semua jumlah masih nol. Isi minimal satu jawaban.',
  'err.totalTooLarge': 'Total jawaban terlalu besar untuk dihitung dengan tepat.',
  'err.wrongLength': 'Dibutuhkan {expected} jumlah (skor {min} sampai {max}), tetapi yang terisi {n}.',
  'err.fieldEmpty': 'Kolom ini masih kosong.',
  'err.noPercent': 'Tulis angkanya saja, tanpa tanda %.',
  'err.badNumber': '“{text}” bukan angka. Contoh penulisan yang benar: 1.234 atau 0,75.',
  'err.numberTooLarge': 'Angka ini terlalu besar.',
  'err.countEmpty': 'Jumlah masih kosong. Isi dengan 0 jika tidak ada.',
  'err.badCount': '“{text}” bukan angka. Tulis jumlah seperti 12 atau 1.234.',
  'err.noScores': 'Belum ada skor. Masukkan minimal satu skor.',
  'err.scoresNotNumber': '{count} skor bukan angka, pertama di urutan ke-{at}.',
  'err.scoresNotWhole': '{count} skor bukan bilangan bulat, pertama di urutan ke-{at}.',
  'err.scoresOutOfRange': '{count} skor di luar rentang {min}–{max}, pertama di urutan ke-{at}.',
  'err.noUsableScores': 'Tidak ada skor {min}–{max} yang bisa dipakai dari data ini.',
  'err.allZero': 'Jumlah semua jawaban masih 0.',
  'miss.fillBlanks': 'Isi juga kolom yang masih kosong untuk melihat {what}.',
  'miss.fixMarked': 'Perbaiki isian yang ditandai untuk melihat {what}.',
  'miss.pasteScores': 'Tempel skor ({min}–{max}) atau unggah berkas untuk melihat {what}.',
  'miss.noValidScores': 'Belum ada skor yang valid.',
  'miss.countsPerScore': 'Isi jumlah jawaban untuk tiap skor {min} sampai {max} untuk melihat {what}.',
  'miss.allZero': 'Jumlah semua jawaban masih 0; isi minimal satu jawaban.',
  'miss.link': 'Tautan ini berisi isian yang tidak bisa dipakai apa adanya (lihat pesan bertanda ⚠). Periksa isian itu; hasil muncul setelah Anda mengubah sesuatu.',
  'link.tooMany': 'Tautan berisi {n} angka untuk “{param}”, padahal hanya ada {length} kolom. Angka setelah yang ke-{length} ({extra}) tidak dipakai.',
  'link.repeated': 'Tautan berisi “{param}” {n} kali; yang dipakai hanya yang pertama ({value}).',
  'link.otherForm': 'Tautan ini membawa data dalam dua bentuk sekaligus. Yang dipakai {used}; {unused} tidak dipakai.',
  'link.notCarried': 'Isian ini terlalu panjang untuk ikut dalam tautan ({n} karakter); tautan yang disalin tidak membawanya.',
  'form.heading': 'Data survei Anda',
  'form.clear': 'Hapus semua isian',
  'form.result': 'Hasil',
  'form.dataShape': 'Bentuk data',
  'form.countsPerScore': 'Jumlah jawaban per skor',
  'form.scoresOrFile': 'Daftar skor atau berkas',
  'form.countsLegend': 'Jumlah jawaban untuk tiap skor',
  'form.score': 'Skor {score}',
  'form.range': '{min} sampai {max}',
  'form.linkIssues': 'Tautan yang Anda buka berisi isian yang tidak bisa dipakai apa adanya. Pesannya ada di samping isian yang bersangkutan.',
  'field.warn': '⚠ ',
  'scores.loading': 'Memuat kolom skor…',
  'result.answers': 'Jumlah jawaban',
  'result.bandNote': 'Kategori ini sekadar patokan umum, bukan standar resmi.',
  'result.bandRange': 'rentang {range}',
  'result.nextSteps': 'Langkah berikutnya',
  'result.dataTable': 'Tabel data',
  'result.score': 'Skor',
  'result.count': 'Jumlah',
  'result.percent': 'Persentase',
  'result.histCaption': 'Jumlah dan persentase jawaban untuk tiap skor',
  'result.range': '{low} sampai {high}',
  'share.link': 'Salin tautan',
  'share.result': 'Salin hasil',
  'share.print': 'Cetak',
  'share.linkDone': 'Tautan disalin. Siapa pun yang membukanya melihat angka yang sama.',
  'share.resultDone': 'Hasil disalin sebagai teks.',
  'share.failed': 'Tidak bisa menyalin otomatis. Salin teks di bawah secara manual.',
  'share.textLabel': 'Teks untuk disalin',
  'storage.saved': 'Isian disimpan di peramban ini sampai Anda menghapusnya.',
  'storage.failed':
    'Isian Anda tetap bisa dihitung, tetapi tidak bisa disimpan di peramban ini (penyimpanan penuh atau diblokir, misalnya di mode penyamaran). Setelah halaman dimuat ulang, isian akan hilang. Untuk menyimpannya, kosongkan sebagian data situs di pengaturan peramban atau buka halaman ini di jendela biasa. Tautan salinan tetap membawa angka Anda.',
  'step.few': 'Baru {n} jawaban. Perbanyak jawaban agar hasilnya lebih pasti:',
  'step.fewLink': 'cara mengumpulkan umpan balik',
  'step.guideLink': 'panduan mengukur kepuasan',
} as const;

import type { cesWords } from './id-ces';
import type { churnWords } from './id-churn';
import type { csatWords } from './id-csat';
import type { npsWords } from './id-nps';
import type { scoresWords } from './id-scores';

/** Every calculator string, of every calculator: what `src/lib/` may say (`message.ts`). */
export type CalcStrings = typeof calc & typeof npsWords & typeof csatWords & typeof cesWords & typeof churnWords & typeof scoresWords;

/** Every calculator string's key. */
export type CalcKey = keyof CalcStrings;
