// What a quiz question on screen says: every quiz page's first view, a trainer link's first
// question, the feedback after "Periksa", and the guides' "Uji pemahaman". A file of its own
// because a module travels whole: a trainer link's first view carries these words and not the
// rest of the quiz's (id-quiz.ts).
export const questionWords = {
  'quiz.storedLocally': 'Kemajuan Anda hanya tersimpan di peramban ini.',
  'quiz.notStored':
    'Kuis tetap bisa dikerjakan, tetapi kemajuan Anda tidak bisa disimpan di peramban ini (penyimpanan penuh atau diblokir, misalnya di mode penyamaran). Setelah halaman dimuat ulang, kemajuan akan hilang. Untuk menyimpannya, kosongkan sebagian data situs di pengaturan peramban atau buka kuis di jendela biasa.',
  'quiz.progress': 'Kemajuan: {done} dari {total} soal diperiksa',
  'quiz.questionOf': 'Soal {n} dari {total}',
  'quiz.topicTag': 'Topik: {topic}',
  'quiz.check': 'Periksa jawaban',
  'quiz.save': 'Simpan jawaban',
  'quiz.chooseFirst': 'Pilih salah satu jawaban dulu, lalu periksa.',
  'quiz.savedAnswer': 'Jawaban tersimpan. Penjelasannya ada di hasil akhir.',
  'quiz.correct': 'Benar.',
  'quiz.wrong': 'Kurang tepat.',
  'quiz.yourAnswer': 'Jawaban Anda',
  'quiz.rightAnswer': 'Jawaban yang benar',
  'quiz.markRight': 'Jawaban yang benar',
  'quiz.markChosen': 'Pilihan Anda',
  'quiz.readMore': 'Baca lagi',
  'quiz.next': 'Soal berikutnya',
  'quiz.toSummary': 'Lihat hasil',
} as const;
