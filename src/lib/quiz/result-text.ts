// The short text a trainee sends their trainer after a trainer's quiz: name, date, score, score
// per topic and the questions missed. Plain lines, so it reads the same in WhatsApp, e-mail or
// a note; the words come from src/i18n/id.ts.
import { fmt } from '../../i18n/fill';
import { QUIZ_TOPICS } from '../../schemas/quiz-topics';
import type { Summary } from './session';

export type ResultTextKey = 'head' | 'name' | 'date' | 'score' | 'topic' | 'missed' | 'missedItem' | 'noMissed' | 'link';

export interface ResultTextOptions {
  readonly name: string;
  /** Already formatted for the reader (e.g. "2 Desember 2026"). */
  readonly date: string;
  readonly topicNames: Readonly<Record<string, string>>;
  /** The trainer's link, so the trainer knows which quiz this was. */
  readonly link: string;
  readonly words: Readonly<Record<ResultTextKey, string>>;
}

export function resultText(result: Summary, { name, date, topicNames, link, words: W }: ResultTextOptions): string {
  const lines = [W.head, fmt(W.name, { name: name.trim() }), fmt(W.date, { date }), fmt(W.score, { correct: result.correct, total: result.total, pct: result.pct })];
  for (const topic of QUIZ_TOPICS) {
    const s = result.byTopic[topic];
    if (s) lines.push(fmt(W.topic, { topic: topicNames[topic] ?? topic, correct: s.correct, total: s.total, pct: s.pct }));
  }
  if (result.mistakes.length === 0) lines.push(W.noMissed);
  else {
    lines.push(W.missed);
    for (const m of result.mistakes) lines.push(fmt(W.missedItem, { id: m.itemId, question: m.question }));
  }
  lines.push(fmt(W.link, { link }));
  return lines.join('\n');
}
