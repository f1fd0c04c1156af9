// Synthetic question-bank items for tests (the real bank lives in content/kuis/ and is checked by the build).
import type { BankContext, QuizItem } from '../../../src/schemas/quiz';
import { QUIZ_TOPICS, type QuizTopic } from '../../../src/schemas/quiz-topics';

export const TYPE_IDS: Record<string, string[]> = {
  posisi: ['posisi-internal', 'posisi-eksternal', 'posisi-perantara'],
  hubungan: ['hubungan-loyal', 'hubungan-potensial', 'hubungan-baru', 'hubungan-marah', 'hubungan-diam'],
  karakter: ['karakter-hemat', 'karakter-sulit', 'karakter-berwawasan', 'karakter-berada'],
  dasar: ['dasar-baru', 'dasar-impulsif', 'dasar-marah', 'dasar-ngotot', 'dasar-setia'],
  istilah: ['istilah-pelanggan', 'istilah-konsumen', 'istilah-klien'],
};

export const GUIDE_OF: Record<QuizTopic, string> = {
  posisi: 'jenis-pelanggan/berdasarkan-posisi',
  hubungan: 'jenis-pelanggan/berdasarkan-hubungan',
  karakter: 'jenis-pelanggan/berdasarkan-karakter',
  dasar: 'jenis-pelanggan/lima-tipe-dasar',
  istilah: 'pelanggan-konsumen-klien',
  penanganan: 'menghadapi-pelanggan-bermasalah',
  mengukur: 'mengukur-kepuasan',
  pemulihan: 'pemulihan-layanan',
};

export const ctx: BankContext = {
  typeIds: new Set(Object.values(TYPE_IDS).flat()),
  anchors: new Map<string, Set<string>>([
    ...Object.entries(TYPE_IDS).map(([axis, ids]) => [GUIDE_OF[axis as QuizTopic], new Set([...ids, 'ringkasan'])] as [string, Set<string>]),
    ...(['penanganan', 'mengukur', 'pemulihan'] as const).map((t) => [GUIDE_OF[t], new Set(['lima-langkah', 'empati'])] as [string, Set<string>]),
  ]),
};

const SCENARIO = 'Bu Sari mengambil sepuluh karton mi instan setiap minggu dari distributor. Ia menjualnya lagi di warungnya dekat pasar.';

/**
 * A valid item. For axis topics the options name types of that axis and the answer is `answerType`
 * (default: the n-th type of the axis, cycling); penanganan items carry no types.
 */
export function makeItem(topic: QuizTopic, n: number, extra: { answerType?: string; confusable?: string[]; id?: string } = {}): QuizItem {
  const id = extra.id ?? `${topic.slice(0, 3)}-${String(n).padStart(2, '0')}`;
  const axisTypes = TYPE_IDS[topic];
  if (!axisTypes) {
    return {
      id,
      topic,
      scenario: SCENARIO,
      question: 'Apa langkah pertama yang paling tepat?',
      options: ['a', 'b', 'c'].map((o) => ({ id: o, text: `Langkah ${o}`, explanation: `Penjelasan untuk langkah ${o}.` })),
      answer: 'a',
      guide: `${GUIDE_OF[topic]}#lima-langkah`,
      ...(extra.confusable ? { confusable: extra.confusable } : {}),
    };
  }
  const answerType = extra.answerType ?? (axisTypes[n % axisTypes.length] as string);
  const others = axisTypes.filter((t) => t !== answerType).slice(0, 2);
  const options = [answerType, ...others].map((type, i) => ({
    id: 'abcd'[i] as string,
    text: `Pelanggan ${type}`,
    explanation: `Penjelasan mengapa ${type} ${i === 0 ? 'benar' : 'keliru'}.`,
    type,
  }));
  return {
    id,
    topic,
    scenario: SCENARIO,
    question: `Menurut sumbu ${topic}, pelanggan ini termasuk jenis apa?`,
    options,
    answer: 'a',
    // Alternating, so that every bank of `makeBank` keeps the obvious reading right in half its label items.
    surface: n % 2 ? 'right' : 'wrong',
    guide: `${GUIDE_OF[topic]}#${answerType}`,
    ...(extra.confusable ? { confusable: extra.confusable } : {}),
  };
}

/** `perTopic` items for every topic. */
export function makeBank(perTopic = 10): QuizItem[] {
  return QUIZ_TOPICS.flatMap((topic) => Array.from({ length: perTopic }, (_, i) => makeItem(topic, i + 1)));
}

/** The bank split into files as the build reads them. */
export function asFiles(items: readonly unknown[]): { file: string; items: unknown[] }[] {
  return QUIZ_TOPICS.map((topic) => ({
    file: `content/kuis/${topic}.yaml`,
    items: items.filter((it) => (it as { topic?: string }).topic === topic),
  }));
}

/** Freezes a value and everything reachable from it, so any mutation throws in strict mode. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
