// "Your answer" and, when it was wrong, "the right answer", each with why, then where to read
// up: the same markup in the feedback after a question and in the summary's list of mistakes.
import { withStop } from '../../lib/quiz/with-stop';
import type { OptionView } from '../../lib/quiz/session';
import { Icon } from './icons';
import type { GuideLinks, QuestionT } from './types';

interface Props {
  chosen: OptionView;
  right: OptionView;
  /** The item's `guide` target. */
  guide: string;
  links: GuideLinks;
  t: QuestionT;
}

function Line({ label, option, ok }: { label: string; option: OptionView; ok: boolean }) {
  return (
    <p class={`quiz-answer ${ok ? 'is-right' : 'is-wrong'}`}>
      <Icon name={ok ? 'check' : 'cross'} />
      <span>
        <strong>{`${label}: ${withStop(option.text)}`}</strong> {option.explanation}
      </span>
    </p>
  );
}

export function AnswerReview({ chosen, right, guide, links, t }: Props) {
  const correct = chosen.id === right.id;
  const link = links[guide];
  return (
    <>
      <Line label={t('quiz.yourAnswer')} option={chosen} ok={correct} />
      {!correct && <Line label={t('quiz.rightAnswer')} option={right} ok />}
      {link && (
        <p class="quiz-readmore">
          {t('quiz.readMore')}: <a href={link.href}>{link.label}</a>
        </p>
      )}
    </>
  );
}
