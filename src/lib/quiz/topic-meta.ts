// How the quizzes present themselves: names and one-line descriptions per topic, and where to
// read up. The question bank itself is content/kuis/.
import { AXIS_GUIDE, AXIS_LABEL } from '../axes';
import { MIXED_TOPIC, type QuizTopic, type SessionTopic } from '../../schemas/quiz-topics';

export interface TopicMeta {
  /** Short name, as a card title and in per-topic breakdowns. */
  readonly name: string;
  /** One sentence on what the quiz trains. */
  readonly description: string;
  /** The guide to read first (guide id). */
  readonly guide: string;
}

export const TOPIC_META: Record<SessionTopic, TopicMeta> = {
  posisi: {
    name: AXIS_LABEL.posisi,
    description: 'Orang dalam, pemakai, atau penyalur? Bedakan pelanggan internal, eksternal, dan perantara.',
    guide: AXIS_GUIDE.posisi,
  },
  hubungan: {
    name: AXIS_LABEL.hubungan,
    description: 'Kenali pelanggan loyal, potensial, baru, yang sedang marah, dan yang diam-diam menjauh.',
    guide: AXIS_GUIDE.hubungan,
  },
  karakter: {
    name: AXIS_LABEL.karakter,
    description: 'Layani pelanggan yang hemat, sulit, berwawasan, dan berada dengan cara yang pas.',
    guide: AXIS_GUIDE.karakter,
  },
  dasar: {
    name: AXIS_LABEL.dasar,
    description: 'Pelanggan baru, impulsif, marah, ngotot, dan setia: tanda-tandanya dan cara menanganinya.',
    guide: AXIS_GUIDE.dasar,
  },
  istilah: {
    name: AXIS_LABEL.istilah,
    description: 'Kapan seseorang tepat disebut pelanggan, konsumen, atau klien.',
    guide: AXIS_GUIDE.istilah,
  },
  penanganan: {
    name: 'Menangani pelanggan bermasalah',
    description: 'Langkah yang tepat saat pelanggan datang membawa keluhan, dari empati sampai tindak lanjut.',
    guide: 'menghadapi-pelanggan-bermasalah',
  },
  mengukur: {
    name: 'Membaca NPS, CSAT, CES, dan churn',
    description: 'Pilih metrik yang tepat, hitung dengan benar, dan baca angkanya tanpa tertipu sampel kecil atau skala yang berbeda.',
    guide: 'mengukur-kepuasan',
  },
  pemulihan: {
    name: 'Memulihkan pelanggan yang kecewa',
    description: 'Balasan pertama untuk keluhan di obrolan dan ulasan bintang satu, batas wewenang staf, dan pelanggan yang mengancam melapor: langkah yang memulihkan kepercayaan.',
    guide: 'pemulihan-layanan',
  },
  [MIXED_TOPIC]: {
    name: 'Kuis campuran',
    description: 'Soal dari semua topik, disusun berselang-seling agar tipe yang mudah tertukar muncul berdekatan.',
    guide: 'jenis-pelanggan',
  },
};

/** Topic names for islands (plain object, serialisable). */
export function topicNames(): Record<string, string> {
  return Object.fromEntries(Object.entries(TOPIC_META).map(([k, v]) => [k, v.name]));
}

export type { QuizTopic };
