// Above a trainer's quiz: what the link asks for, a plain note when it asked for more questions
// than it can have, and, when the link was damaged, what the page changed to play it anyway
// (never a blank page, never a silent change).
import type { trainerWords } from '../../i18n/id-trainer';
import type { Translate } from '../../i18n/translate';
import type { ParsedLink } from '../../lib/quiz/trainer-link';

interface Props {
  link: ParsedLink;
  topicNames: Record<string, string>;
  t: Translate<typeof trainerWords>;
}

export function TrainerNotes({ link: { params, problems, count, capped }, topicNames, t }: Props) {
  const topics = params.topics.map((topic) => topicNames[topic] ?? topic).join(', ');
  return (
    <div class="quiz-trainer no-print">
      {problems.length > 0 && (
        <div class="quiz-problems" data-link-problems>
          <p>
            <strong>{t('trainer.problems')}</strong>
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>{t({ key: p.key, params: p.values })}</li>
            ))}
          </ul>
        </div>
      )}
      <p class="quiz-note" data-link-about>
        {t('trainer.about', { n: count, topics })}{' '}
        {capped && `${t(capped.limit === 'available' ? 'trainer.cappedAvailable' : 'trainer.cappedMax', { asked: capped.asked, used: capped.used })} `}
        {params.feedback === 'akhir' ? t('trainer.modeEnd') : t('trainer.modeNow')}
      </p>
    </div>
  );
}
