// Bundled by class-summary.mjs for the bench: 200 result messages from the real bank, and the
// page's own reading and summing-up code, timed in Node.
import { readPaste } from '../../src/lib/quiz/class-paste';
import { classSummary, type ItemKey } from '../../src/lib/quiz/class-summary';
import type { QuizItem } from '../../src/schemas/quiz';
import { classMessage, wrong, type WaForm } from '../fixtures/quiz/class-messages';

const FORMS: WaForm[] = ['copy-android', 'copy-iphone', 'export-android', 'export-iphone'];

/** `n` messages of four links (30 items each where the topics hold them), as one paste. */
export function classPaste(bank: readonly QuizItem[], n: number): string {
  const links = [
    { topics: ['posisi', 'hubungan', 'karakter'], seed: 'pagi' },
    { topics: ['penanganan', 'pemulihan'], seed: 'siang' },
    { topics: ['mengukur', 'dasar', 'istilah'], seed: 'sore' },
    { topics: ['posisi', 'hubungan', 'karakter'], seed: 'malam' },
  ].map((l) => ({ ...l, size: 30, feedback: 'akhir' as const }));
  return Array.from({ length: n }, (_, i) =>
    classMessage(bank, links[i % 4]!, { name: `Peserta ${i + 1}`, pick: (item, j) => ((i + j) % 3 === 0 ? wrong(item) : item.answer) }, FORMS[i % 4], i % 600),
  ).join('\n');
}

export function summarise(paste: string, bank: readonly QuizItem[]) {
  const keys = new Map<string, ItemKey>(bank.map((i) => [i.id, { id: i.id, topic: i.topic, answer: i.answer, scenario: i.scenario, options: i.options, guide: null }]));
  return classSummary(readPaste(paste), keys);
}
