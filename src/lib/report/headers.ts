// What header words say about a column, and the metric a score column most likely holds. Pure
// and free of the parsing code, so the confirm step can re-guess the metric when the visitor
// picks another score column without loading the reader.
import type { MetricId } from './metric-ids';

/** Only what guessMetric needs of a column (see ColumnInfo in detect.ts). */
export interface ScoreColumn {
  readonly name: string;
  readonly min: number;
  readonly max: number;
}

export const WORDS = {
  date: /tanggal|waktu|stempel|timestamp|date|time|tgl|jam/i,
  /** When the answer was sent: preferred over when it was started (or last edited). */
  submitted: /end\s*date|enddate|completion|completed|submit|recorded|timestamp|stempel|selesai|penyelesaian|kirim|dikirim/i,
  /** When the form was opened, or another time that is not the answer's. */
  notSubmitted: /start|mulai|stage|modified|diubah|modifikasi/i,
  nps: /rekomendasi|merekomendasikan|recommend|\bnps\b|0\s*[-–]\s*10/i,
  ces: /mudah|kemudahan|effort|\bces\b/i,
  csat: /puas|kepuasan|satisf|\bcsat\b|rating|penilaian|bintang/i,
  segment: /cabang|outlet|toko|gerai|kanal|channel|saluran|produk|layanan|kota|wilayah|branch|store|product|service|region|kategori|jenis/i,
  comment: /komentar|saran|alasan|masukan|kritik|ulasan|catatan|pesan|mengapa|kenapa|comment|feedback|reason|why|review/i,
};

/** The metric a score column most likely holds, from its header words, then its values. */
export function guessMetric(column: ScoreColumn): MetricId {
  const { name, min, max } = column;
  if (WORDS.nps.test(name)) return 'nps';
  if (WORDS.ces.test(name)) return 'ces';
  const csatScale = max <= 5 ? 'csat5' : max <= 7 ? 'csat7' : 'csat10';
  if (WORDS.csat.test(name)) return csatScale;
  if (min === 0 || max > 7) return 'nps';
  return csatScale;
}

