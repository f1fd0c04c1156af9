// The text a trainee sends their trainer after a trainer's quiz: name, date, score, score per
// topic, each item missed (its topic, the first words of its scenario, the guide section to
// reread), the topic to study next, the link, and a last machine-readable line that "Rekap
// kelas" reads back (result-code.ts). Plain lines, so it reads the same in WhatsApp, e-mail or a
// note; the words come from src/i18n/id-trainer-send.ts, through the page's translator. A public contract: README, "The result
// message".
import type { trainerSendWords } from '../../i18n/id-trainer-send';
import type { Translate } from '../../i18n/translate';
import { QUIZ_TOPICS, type QuizTopic } from '../../schemas/quiz-topics';
import { formatResultCode } from './result-code';
import type { Summary } from './session';
import type { TrainerParams } from './trainer-link';

export interface ResultTextOptions {
  readonly name: string;
  /** Already formatted for the reader (e.g. "2 Desember 2026"). */
  readonly date: string;
  readonly topicNames: Readonly<Record<string, string>>;
  /** The trainer's link (full address), so the trainer knows which quiz this was. */
  readonly link: string;
  /** The link as read: its topics, size and seed go into the code line. */
  readonly params: Pick<TrainerParams, 'topics' | 'size' | 'seed'>;
  /** Full address of the guide section to reread, by an item's `guide` target; none when unknown. */
  readonly guideHref: (guide: string) => string | undefined;
  /** The words: a translator of the result message's strings. */
  readonly t: Translate<typeof trainerSendWords>;
}

/** Words of a scenario shown for a missed item: enough to recognise it, short enough for a chat. */
const SCENARIO_WORDS = 8;

export function scenarioStart(scenario: string, words = SCENARIO_WORDS): string {
  const all = scenario.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ').replace(/[,.;:]$/, '')}…`;
}

/**
 * The topic to study next: the lowest share right among the topics with a miss (then the most
 * misses, then bank order); none when nothing was missed.
 */
export function weakestTopic(result: Summary): QuizTopic | undefined {
  let weakest: QuizTopic | undefined;
  for (const topic of QUIZ_TOPICS) {
    const s = result.byTopic[topic];
    if (!s || s.correct === s.total) continue;
    const w = weakest && result.byTopic[weakest];
    const share = s.correct / s.total;
    if (!w || share < w.correct / w.total || (share === w.correct / w.total && s.total - s.correct > w.total - w.correct)) weakest = topic;
  }
  return weakest;
}

export function resultText(result: Summary, options: ResultTextOptions): string {
  const { date, topicNames, link, params, guideHref, t } = options;
  const name = options.name.replace(/\s+/g, ' ').trim();
  const topicName = (topic: string) => topicNames[topic] ?? topic;
  const lines = [t('trainer.resultHead'), t('trainer.resultName', { name }), t('trainer.resultDate', { date }), t('trainer.resultScore', { correct: result.correct, total: result.total, pct: result.pct })];
  for (const topic of QUIZ_TOPICS) {
    const s = result.byTopic[topic];
    if (s) lines.push(t('trainer.resultTopic', { topic: topicName(topic), correct: s.correct, total: s.total, pct: s.pct }));
  }
  if (result.mistakes.length === 0) lines.push(t('trainer.resultNoMissed'));
  else {
    lines.push(t('trainer.resultMissed'));
    for (const m of result.mistakes) {
      lines.push(t('trainer.resultMissedItem', { topic: topicName(m.topic), scenario: scenarioStart(m.scenario), id: m.itemId }));
      const href = guideHref(m.guide);
      if (href) lines.push(t('trainer.resultReread', { href }));
    }
  }
  const weakest = weakestTopic(result);
  if (weakest) lines.push(t('trainer.resultWeakest', { topic: topicName(weakest) }));
  lines.push(t('trainer.resultLink', { link }));
  lines.push(formatResultCode(name, { topics: params.topics, size: params.size, seed: params.seed, answers: result.answers }));
  return lines.join('\n');
}
