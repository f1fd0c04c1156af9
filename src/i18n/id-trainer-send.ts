// Words of "Kirim hasil ke pelatih" and of the result text a trainee sends: loaded with the
// summary of a trainer's quiz, not with its first question.
export const trainerSendWords = {
  'trainer.sendTitle': 'Kirim hasil ke pelatih',
  'trainer.nameLabelTrainer': 'Nama Anda (untuk pelatih dan hasil cetak)',
  'trainer.nameHintTrainer': 'Nama hanya masuk ke teks hasil di bawah. Halaman ini tidak mengirim apa pun: Anda sendiri yang menyalin teksnya atau membukanya di WhatsApp.',
  'trainer.nameMissing': 'Tulis nama Anda dulu, agar pelatih tahu ini hasil siapa.',
  'trainer.copy': 'Salin hasil',
  'trainer.copied': 'Hasil sudah disalin. Tempelkan di pesan untuk pelatih Anda.',
  'trainer.copyFailed': 'Peramban tidak mengizinkan penyalinan otomatis. Pilih teks hasil di bawah, lalu salin.',
  'trainer.whatsapp': 'Buka di WhatsApp',
  'trainer.resultPreview': 'Teks hasil',
  'trainer.resultHead': 'Hasil kuis latihan Paham Pelanggan',
  'trainer.resultName': 'Nama: {name}',
  'trainer.resultDate': 'Tanggal: {date}',
  'trainer.resultScore': 'Skor: {correct} dari {total} soal benar ({pct}%)',
  'trainer.resultTopic': '- {topic}: {correct}/{total} ({pct}%)',
  'trainer.resultMissed': 'Soal yang salah:',
  'trainer.resultMissedItem': '- {topic}: “{scenario}” [{id}]',
  'trainer.resultReread': '  Baca lagi: {href}',
  'trainer.resultNoMissed': 'Semua soal dijawab benar.',
  'trainer.resultWeakest': 'Pelajari lagi: {topic}',
  'trainer.resultLink': 'Kuis: {link}',
} as const;
