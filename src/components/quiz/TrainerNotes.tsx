// Above a trainer's quiz: what the link asks for and, when the link was damaged, what the page
// changed to play it anyway (never a blank page, never a silent change).
import { fmt } from '../../i18n/fill';
import { parseTrainerLink, type LinkProblem, type ParsedLink, type TrainerParams } from '../../lib/quiz/trainer-link';
import type { QuizItem } from '../../schemas/quiz';
import { QUIZ_TOPICS } from '../../schemas/quiz-topics';
import type { TrainerLabels } from './types';

/** The address's trainer link, read against the topics the bank has (in bank order). */
export function readTrainerLink(bank: readonly QuizItem[]): ParsedLink {
  const counts: Record<string, number> = {};
  for (const topic of QUIZ_TOPICS) {
    const n = bank.filter((item) => item.topic === topic).length;
    if (n > 0) counts[topic] = n;
  }
  return parseTrainerLink(location.search, counts);
}

interface Props {
  params: TrainerParams;
  problems: readonly LinkProblem[];
  topicNames: Record<string, string>;
  T: TrainerLabels;
}

export function TrainerNotes({ params, problems, topicNames, T }: Props) {
  const topics = params.topics.map((t) => topicNames[t] ?? t).join(', ');
  return (
    <div class="quiz-trainer no-print">
      {problems.length > 0 && (
        <div class="quiz-problems" data-link-problems>
          <p>
            <strong>{T['trainer.problems']}</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>{fmt(T[p.key], p.values)}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="quiz-note">
        {fmt(T['trainer.about'], { n: params.size, topics })}{' '}
        {params.feedback === 'akhir' ? T['trainer.modeEnd'] : T['trainer.modeNow']}
      </p>
    </div>
  );
}
