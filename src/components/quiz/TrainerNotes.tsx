// Above a trainer's quiz: what the link asks for, a plain note when it asked for more questions
// than it can have, and, when the link was damaged, what the page changed to play it anyway
// (never a blank page, never a silent change).
import { fmt } from '../../i18n/fill';
import type { ParsedLink } from '../../lib/quiz/trainer-link';
import type { TrainerLabels } from './types';

interface Props {
  link: ParsedLink;
  topicNames: Record<string, string>;
  T: TrainerLabels;
}

export function TrainerNotes({ link: { params, problems, count, capped }, topicNames, T }: Props) {
  const topics = params.topics.map((t) => topicNames[t] ?? t).join(', ');
  return (
    <div class="quiz-trainer no-print">
      {problems.length > 0 && (
        <div class="quiz-problems" data-link-problems>
          <p>
            <strong>{T['trainer.problems']}</strong>
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{fmt(T[p.key], p.values)}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="quiz-note" data-link-about>
        {fmt(T['trainer.about'], { n: count, topics })}{' '}
        {capped && `${fmt(T[capped.limit === 'available' ? 'trainer.cappedAvailable' : 'trainer.cappedMax'], { asked: capped.asked, used: capped.used })} `}
        {params.feedback === 'akhir' ? T['trainer.modeEnd'] : T['trainer.modeNow']}
      </p>
    </div>
  );
}
