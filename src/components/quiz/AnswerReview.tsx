// "Your answer" and, when it was wrong, "the right answer", each with why, then where to read
// up: the same markup in the feedback after a question and in the summary's list of mistakes.
import { withStop } from '../../i18n/fill';
import type { OptionView } from '../../lib/quiz/session';
import { Icon } from './icons';
import type { GuideLinks, QuestionLabels } from './types';

interface Props {
  chosen: OptionView;
  right: OptionView;
  /** The item's `guide` target. */
  guide: string;
  links: GuideLinks;
  L: QuestionLabels;
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

export function AnswerReview({ chosen, right, guide, links, L }: Props) {
  const correct = chosen.id === right.id;
  const link = links[guide];
  return (
    <>
      <Line label={L['quiz.yourAnswer']} option={chosen} ok={correct} />
      {!correct && <Line label={L['quiz.rightAnswer']} option={right} ok />}
      {link && (
        <p class="quiz-readmore">
          {L['quiz.readMore']}: <a href={link.href}>{link.label}</a>
        </p>
      )}
    </>
  );
}
