// One question: scenario, the question as the legend of a fieldset of native radio buttons, a
// "Periksa jawaban" button, and a status region that announces the feedback. Nothing is graded
// when a radio changes, so arrow keys can move through the options freely. Rendered on the server
// too (the first question of a quiz page), without handlers: the form is readable, and its
// radios work, before the quiz script takes it over (`data-item` says which item it shows).
import type { Feedback, SessionEntry } from '../../lib/quiz/session';
import { fmt } from '../../i18n/fill';
import { AnswerReview } from './AnswerReview';
import { Icon } from './icons';
import type { GuideLinks, QuestionLabels } from './types';

export const QUESTION_HEADING_ID = 'kuis-soal';
export const NEXT_BUTTON_ID = 'kuis-berikutnya';
/** The summary's heading, where focus goes when a session ends. */
export const SUMMARY_HEADING_ID = 'kuis-hasil';

interface Props {
  entry: SessionEntry;
  /** 0-based position and session length. */
  index: number;
  total: number;
  feedback: Feedback | null;
  /** Shown in the status region when "Periksa" is pressed with nothing chosen. */
  nudge: boolean;
  /** Topic name to show on each question (mixed quiz), else undefined. */
  topicName?: string | undefined;
  /** Feedback only in the summary (a trainer's choice): answers are saved, not graded on screen. */
  deferred?: boolean;
  links: GuideLinks;
  L: QuestionLabels;
  /** Absent on the server. */
  onChoose?(optionId: string): void;
  onCheck?(): void;
  onNext?(): void;
}

export function Question({ entry, index, total, feedback, nudge, topicName, deferred = false, links, L, onChoose, onCheck, onNext }: Props) {
  const { item } = entry;
  const checked = feedback !== null;
  const graded = checked && !deferred;
  const last = index === total - 1;
  const name = `jawaban-${item.id}`;
  return (
    <form
      class="quiz-card"
      aria-labelledby={QUESTION_HEADING_ID}
      data-item={item.id}
      onSubmit={(e) => {
        e.preventDefault();
        if (!checked) onCheck?.();
      }}
    >
      <h2 id={QUESTION_HEADING_ID} class="quiz-heading" tabIndex={-1}>
        {fmt(L['quiz.questionOf'], { n: index + 1, total })}
      </h2>
      {topicName && <p class="quiz-tag">{fmt(L['quiz.topicTag'], { topic: topicName })}</p>}
      <p class="quiz-scenario">{item.scenario}</p>
      <fieldset class="quiz-options" disabled={checked}>
        <legend>{item.question}</legend>
        {entry.options.map((o) => {
          const id = `${name}-${o.id}`;
          const isRight = graded && o.id === item.answer;
          const isWrongChoice = graded && o.id === entry.chosen && !isRight;
          return (
            <div class={`quiz-option${isRight ? ' is-right' : ''}${isWrongChoice ? ' is-wrong' : ''}`} key={o.id}>
              <input type="radio" id={id} name={name} value={o.id} checked={entry.chosen === o.id} onChange={() => onChoose?.(o.id)} />
              <label for={id}>
                <span class="quiz-option-text">{o.text}</span>
                {isRight && (
                  <span class="quiz-mark">
                    <Icon name="check" />
                    {L['quiz.markRight']}
                  </span>
                )}
                {isWrongChoice && (
                  <span class="quiz-mark">
                    <Icon name="cross" />
                    {L['quiz.markChosen']}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </fieldset>
      {!checked && (
        <div class="quiz-actions">
          <button type="submit" class="button-primary">
            {deferred ? L['quiz.save'] : L['quiz.check']}
          </button>
        </div>
      )}
      <div role="status" class="quiz-status">
        {nudge && !checked && <p class="quiz-nudge">{L['quiz.chooseFirst']}</p>}
        {feedback && (deferred ? <p>{L['quiz.savedAnswer']}</p> : <FeedbackView feedback={feedback} links={links} L={L} />)}
      </div>
      {checked && (
        <div class="quiz-actions">
          <button type="button" id={NEXT_BUTTON_ID} class="button-primary" onClick={() => onNext?.()}>
            {last ? L['quiz.toSummary'] : L['quiz.next']}
            <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </form>
  );
}

function FeedbackView({ feedback, links, L }: { feedback: Feedback; links: GuideLinks; L: QuestionLabels }) {
  const { correct } = feedback;
  return (
    <div class={`quiz-feedback ${correct ? 'is-right' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <Icon name={correct ? 'check' : 'cross'} />
        <strong>{correct ? L['quiz.correct'] : L['quiz.wrong']}</strong>
      </p>
      <AnswerReview chosen={feedback.chosen} right={feedback.right} guide={feedback.guide} links={links} L={L} />
    </div>
  );
}
