// Words of a trainer's quiz (/kuis/latihan/), in two parts: `trainerPageWords`, what the page's
// HTML says (rendered on the server), and `trainerWords`, what the trainer's quiz script shows
// above the questions (a link's first view carries only these).
export const trainerPageWords = {
  'trainer.title': 'Kuis latihan dari pelatih',
  'trainer.description': 'Kuis mengenali pelanggan yang disusun pelatih Anda: semua anggota tim mendapat soal yang sama, lalu mengirimkan hasilnya kepada pelatih.',
  'trainer.bare': 'Halaman ini memutar kuis yang disusun pelatih untuk timnya. Buka tautan yang dikirim pelatih Anda (biasanya lewat WhatsApp): tautan itu menentukan topik, jumlah soal, dan urutannya.',
  'trainer.bareMake': 'Ingin menyusun kuis untuk tim Anda sendiri? Pilih topik dan jumlah soal di',
  'trainer.bareOwn': 'Ingin berlatih sendiri? Pilih salah satu',
  'trainer.intro': 'Kuis ini disusun oleh pelatih Anda: semua yang membuka tautan yang sama mendapat soal yang sama dengan urutan yang sama. Di akhir, kirim hasilnya kepada pelatih. Hasil kuis ini tidak mengubah skor terbaik Anda di kuis per topik.',
  'trainer.noscript': 'Kuis dari pelatih memerlukan JavaScript: soalnya diundi dari tautan di peramban Anda. Aktifkan JavaScript, lalu buka lagi tautannya.',
} as const;

export const trainerWords = {
  'trainer.problems': 'Tautan latihan ini tidak lengkap atau rusak. Kuis tetap bisa dikerjakan dengan perubahan berikut:',
  'trainer.topicUnknown': 'Topik “{topics}” tidak dikenal, jadi dilewati.',
  'trainer.topicMissing': 'Tidak ada topik yang bisa dipakai, jadi soal diambil dari semua topik.',
  'trainer.sizeRange': 'Jumlah soal “{given}” harus bilangan bulat 5 sampai 30, jadi dipakai {used} soal.',
  'trainer.sizeNotWhole': 'Jumlah soal “{given}” bukan bilangan bulat, jadi dipakai {used} soal.',
  'trainer.twice': 'Tautan menyebut “{name}” dua kali; yang dipakai “{used}”, sedangkan “{ignored}” diabaikan.',
  'trainer.sizeMissing': 'Tautan tidak menyebut jumlah soal, jadi dipakai {used} soal.',
  'trainer.cappedAvailable': 'Tautan meminta {asked} soal, tetapi topiknya berisi {used} soal, jadi semuanya dipakai.',
  'trainer.cappedMax': 'Tautan meminta {asked} soal; satu kuis berisi paling banyak {used} soal, jadi dipakai {used} soal.',
  'trainer.seedMissing': 'Tautan tidak memuat kode soal (seed), jadi dipakai kode “{used}”. Semua yang membuka tautan yang sama tetap mendapat soal yang sama.',
  'trainer.seedGarbled': 'Kode soal (seed) di tautan rusak, jadi dipakai kode “{used}”. Bila soal Anda harus sama dengan rekan Anda, minta tautan yang utuh kepada pelatih.',
  'trainer.feedbackUnknown': 'Pilihan penjelasan “{given}” tidak dikenal (yang dikenal: langsung, akhir), jadi penjelasan ditampilkan setelah setiap jawaban.',
  'trainer.about': 'Kuis dari pelatih: {n} soal dari topik {topics}.',
  'trainer.modeNow': 'Penjelasan tampil setelah setiap jawaban.',
  'trainer.modeEnd': 'Penjelasan baru tampil di akhir kuis.',
} as const;
