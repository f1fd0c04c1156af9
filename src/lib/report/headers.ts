// What header words say about a column, and the metric a score column most likely holds. Pure
// and free of the parsing code, so the confirm step can re-guess the metric when the visitor
// picks another score column without loading the reader.
import type { MetricId } from './metric-ids';

/** Only what guessMetric needs of a column (see ColumnInfo in detect.ts). */
export interface ScoreColumn {
  readonly name: string;
  /** Cells holding each whole number 0–10 (`counts[5]`: fives). */
  readonly counts: readonly number[];
  /** Cells that read as numbers, whole or not, in 0–10 or not. */
  readonly numeric: number;
}

export interface Scale {
  readonly min: number;
  readonly max: number;
}

/**
 * A scale written in a header: "(1-5)", "1–5", "skala 1 sampai 5", "1 s.d. 7", "1 s/d 10",
 * "0-10", "1 to 5". Only the scales survey tools use: 0 or 1 up to 5, 7 or 10.
 */
export function scaleHint(name: string): Scale | null {
  const m = /(?:^|[^\d.,/-])([01])\s*(?:[-–—]|s\.?\s?d\.?|s\/d|sampai|hingga|to)\s*(5|7|10)(?![\d.,/-]*\d)/i.exec(name);
  return m ? { min: Number(m[1]), max: Number(m[2]) } : null;
}

/** Numbers a column may hold outside its scale before they count: a handful, 1 in 100. */
export const fewOf = (numeric: number): number => Math.floor(numeric / 100);

/**
 * The scale nearly all of a column's values say: the smallest of 1–5, 1–7, 1–10 (0–10 when
 * zeros are more than a handful) that leaves out at most {@link fewOf} of them. A stray 6 among
 * 3,000 answers of 1–5 is rejected in the report, and never moves the scale.
 */
export function valueScale(column: Pick<ScoreColumn, 'counts' | 'numeric'>): Scale {
  const few = fewOf(column.numeric);
  const inRange = (min: number, max: number) => column.counts.slice(min, max + 1).reduce((sum, c) => sum + c, 0);
  const min = (column.counts[0] ?? 0) > few ? 0 : 1;
  const max = [5, 7].find((top) => column.numeric - inRange(min, top) <= few) ?? 10;
  return { min, max };
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
  segment: /cabang|outlet|toko|gerai|kanal|channel|saluran|produk|layanan|kota|wilayah|branch|store|product|service|region|kategori|jenis|\blewat\b|melalui|\bvia\b/i,
  comment: /komentar|saran|alasan|masukan|kritik|ulasan|catatan|pesan|mengapa|kenapa|perbaik|usul|comment|feedback|reason|why|review|improve/i,
  /** Columns survey tools add about the response, not the customer's answers (matched whole). */
  metadata: /^(#|id|respondent id|collector id|response ?id|ip ?address|email( address)?|first name|last name|name|nama|custom data \d+|network id|response type|tags|status|finished|progress|duration( \(in seconds\))?|distribution ?channel|user ?language|recipient ?(last name|first name|email)|external ?(data )?reference|location ?(latitude|longitude)|last modified time)$/i,
};

/**
 * The metric a score column most likely holds: the header's words say which metric, a scale
 * written in the header says its range, and without one the range nearly all values say.
 */
export function guessMetric(column: ScoreColumn): MetricId {
  const { name } = column;
  if (WORDS.nps.test(name)) return 'nps';
  if (WORDS.ces.test(name)) return 'ces';
  const hinted = scaleHint(name);
  const { min, max } = hinted ?? valueScale(column);
  const csatScale = max <= 5 ? 'csat5' : max <= 7 ? 'csat7' : 'csat10';
  if (WORDS.csat.test(name) || (hinted && min === 1)) return csatScale;
  if (min === 0 || max > 7) return 'nps';
  return csatScale;
}
