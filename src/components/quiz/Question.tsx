// The question card, the one markup of a question everywhere: scenario, the question as the
// legend of a fieldset of native radio buttons, a "Periksa jawaban" button, and a status region
// that announces the feedback. Nothing is graded when a radio changes, so arrow keys can move
// through the options freely. Rendered on the server too, without handlers: a quiz page's first
// question, which the quiz script takes over (`data-item` says which item it shows), and the
// cards of a guide's "Uji pemahaman" (GuideCheck.astro), which a few lines of script grade with
// no framework (src/scripts/guide-check.ts).
import type { Feedback, SessionEntry } from '../../lib/quiz/session';
import { AnswerReview } from './AnswerReview';
import { Icon } from './icons';
import type { GuideLinks, QuestionT } from './types';

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
  t: QuestionT;
  /**
   * The card's heading: on a quiz page the one question is an h2 (`kuis-soal`, where focus goes
   * after a move) saying "Soal n dari total"; a guide's check numbers its cards as h3s under its
   * own heading.
   */
  heading?: { level: 2 | 3; id: string; text: string };
  /** The radio group's name and the options' id prefix; `jawaban-<item id>` by default. */
  name?: string;
  /** Absent on the server. */
  onChoose?(optionId: string): void;
  onCheck?(): void;
  onNext?(): void;
}

export function Question({ entry, index, total, feedback, nudge, topicName, deferred = false, links, t, heading, name, onChoose, onCheck, onNext }: Props) {
  const { item } = entry;
  const checked = feedback !== null;
  const graded = checked && !deferred;
  const last = index === total - 1;
  const group = name ?? `jawaban-${item.id}`;
  const { level, id: headingId, text } = heading ?? { level: 2, id: QUESTION_HEADING_ID, text: t('quiz.questionOf', { n: index + 1, total }) };
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <form
      class="quiz-card"
      aria-labelledby={headingId}
      data-item={item.id}
      onSubmit={(e) => {
        e.preventDefault();
        if (!checked) onCheck?.();
      }}
    >
      <Heading id={headingId} class="quiz-heading" tabIndex={-1}>
        {text}
      </Heading>
      {topicName && <p class="quiz-tag">{t('quiz.topicTag', { topic: topicName })}</p>}
      <p class="quiz-scenario">{item.scenario}</p>
      <fieldset class="quiz-options" disabled={checked}>
        <legend>{item.question}</legend>
        {entry.options.map((o) => {
          const id = `${group}-${o.id}`;
          const isRight = graded && o.id === item.answer;
          const isWrongChoice = graded && o.id === entry.chosen && !isRight;
          return (
            <div class={`quiz-option${isRight ? ' is-right' : ''}${isWrongChoice ? ' is-wrong' : ''}`} key={o.id}>
              <input type="radio" id={id} name={group} value={o.id} checked={entry.chosen === o.id} onChange={() => onChoose?.(o.id)} />
              <label for={id}>
                <span class="quiz-option-text">{o.text}</span>
                {isRight && (
                  <span class="quiz-mark">
                    <Icon name="check" />
                    {t('quiz.markRight')}
                  </span>
                )}
                {isWrongChoice && (
                  <span class="quiz-mark">
                    <Icon name="cross" />
                    {t('quiz.markChosen')}
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
            {deferred ? t('quiz.save') : t('quiz.check')}
          </button>
        </div>
      )}
      <div role="status" class="quiz-status">
        {nudge && !checked && <p class="quiz-nudge">{t('quiz.chooseFirst')}</p>}
        {feedback && (deferred ? <p>{t('quiz.savedAnswer')}</p> : <FeedbackView feedback={feedback} links={links} t={t} />)}
      </div>
      {checked && (
        <div class="quiz-actions">
          <button type="button" id={NEXT_BUTTON_ID} class="button-primary" onClick={() => onNext?.()}>
            {last ? t('quiz.toSummary') : t('quiz.next')}
            <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </form>
  );
}

function FeedbackView({ feedback, links, t }: { feedback: Feedback; links: GuideLinks; t: QuestionT }) {
  const { correct } = feedback;
  return (
    <div class={`quiz-feedback ${correct ? 'is-right' : 'is-wrong'}`}>
      <p class="quiz-verdict">
        <Icon name={correct ? 'check' : 'cross'} />
        <strong>{correct ? t('quiz.correct') : t('quiz.wrong')}</strong>
      </p>
      <AnswerReview chosen={feedback.chosen} right={feedback.right} guide={feedback.guide} links={links} t={t} />
    </div>
  );
}
