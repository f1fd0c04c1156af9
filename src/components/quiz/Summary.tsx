// The end of a session: score, per-topic breakdown, every mistake with both explanations, the
// next steps, and a printable result with a name the trainee types (kept on the page only).
import { useState } from 'preact/hooks';
import { mastery, type Progress } from '../../lib/quiz/progress';
import type { Summary as SessionSummary } from '../../lib/quiz/session';
import { QUIZ_TOPICS, isQuizTopic, type QuizTopic } from '../../schemas/quiz-topics';
import type { ComponentChildren } from 'preact';
import { AnswerReview } from './AnswerReview';
import { Icon } from './icons';
import { SUMMARY_HEADING_ID } from './Question';
import type { GuideLinks, QuizT } from './types';
import { linkStyles } from './lazy-styles';
import summaryCss from './summary.css?url';

linkStyles(summaryCss);

/** Sending the result somewhere (a trainer's quiz): its words and the controls, given the name. */
export interface SendSlot {
  readonly title: string;
  readonly nameLabel: string;
  readonly nameHint: string;
  readonly nameMissing: string;
  render(props: { result: SessionSummary; name: string; date: string; onNameMissing(): void }): ComponentChildren;
}

interface Props {
  result: SessionSummary;
  retry: boolean;
  /** The page's topic, or `campuran`. */
  topic: string;
  topicNames: Record<string, string>;
  /** Id and topic of every item of the page, for mastery. */
  bankIndex: readonly { id: string; topic: QuizTopic }[];
  progress: Progress;
  links: GuideLinks;
  t: QuizT;
  /** How the trainee sends the result (a trainer's quiz); only the print box without it. */
  send?: SendSlot | undefined;
  onRetry(): void;
  onNew(): void;
}

export function Summary({ result, retry, topic, topicNames, bankIndex, progress, links, t, send: sendSlot, onRetry, onNew }: Props) {
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  // A retry's score is not the trainer's quiz result, so only the first run is sent.
  const send = retry ? undefined : sendSlot;
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
  const verdict = result.pct >= 80 ? t('quiz.verdictHigh') : result.pct >= 50 ? t('quiz.verdictMid') : t('quiz.verdictLow');
  const topics = QUIZ_TOPICS.filter((topic) => result.byTopic[topic]);
  const known = mastery(progress, bankIndex);
  const masteryTopics = isQuizTopic(topic) ? [topic] : topics;
  return (
    <section class="quiz-summary" aria-labelledby={SUMMARY_HEADING_ID}>
      <div class="print-only quiz-print-head">
        <p>
          {t('quiz.printName')}: <strong>{name.trim() || '………………………………'}</strong>
        </p>
        <p>
          {t('quiz.printDate')}: {date}
        </p>
      </div>
      <h2 id={SUMMARY_HEADING_ID} class="quiz-heading" tabIndex={-1}>
        {retry ? t('quiz.summaryRetry') : t('quiz.summary')}
      </h2>
      <p class="quiz-score">{t('quiz.score', { correct: result.correct, total: result.total, pct: result.pct })}</p>
      <p>{verdict}</p>
      <div class="table-wrap">
        <table>
          <caption>{t('quiz.byTopic')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quiz.topic')}</th>
              <th scope="col">{t('quiz.right')}</th>
              <th scope="col">{t('quiz.pct')}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => {
              const s = result.byTopic[topic];
              return s ? (
                <tr key={topic}>
                  <th scope="row">{topicNames[topic] ?? topic}</th>
                  <td>
                    {s.correct}/{s.total}
                  </td>
                  <td>{s.pct}%</td>
                </tr>
              ) : null;
            })}
          </tbody>
        </table>
      </div>
      <ul class="quiz-mastery-list">
        {masteryTopics.map((topic) => {
          const m = known[topic];
          return (
            <li key={topic}>
              {topicNames[topic] ?? topic}: {t('quiz.mastery', { mastered: m.mastered, total: m.total })}
              {m.best !== null && `, ${t('quiz.best', { best: m.best })}`}
            </li>
          );
        })}
      </ul>

      <h3>{t('quiz.mistakes')}</h3>
      {result.mistakes.length === 0 ? (
        <p class="quiz-verdict is-right">
          <Icon name="check" />
          {t('quiz.noMistakes')}
        </p>
      ) : (
        <>
          <ol class="quiz-review">
            {result.mistakes.map((m) => (
              <li key={m.itemId}>
                <p class="quiz-scenario">{m.scenario}</p>
                <p>
                  <strong>{m.question}</strong>
                </p>
                <AnswerReview chosen={m.chosen} right={m.right} guide={m.guide} links={links} t={t} />
              </li>
            ))}
          </ol>
          <p>{t('quiz.leitner')}</p>
        </>
      )}

      <div class="quiz-actions no-print">
        {result.mistakes.length > 0 && (
          <button type="button" class="button-primary" onClick={onRetry}>
            {t('quiz.retry', { n: result.mistakes.length })}
          </button>
        )}
        <button type="button" onClick={onNew}>
          {t('quiz.restart')}
        </button>
        <a class="button" href="/kuis/">
          {t('quiz.backToList')}
        </a>
      </div>

      <div class="quiz-print-box no-print">
        <h3>{send ? send.title : t('quiz.printTitle')}</h3>
        <label for="kuis-nama">{send ? send.nameLabel : t('quiz.nameLabel')}</label>
        <p id="kuis-nama-hint" class="quiz-hint">
          {send ? send.nameHint : t('quiz.nameHint')}
        </p>
        <div class="quiz-print-row">
          <input
            id="kuis-nama"
            type="text"
            autocomplete="name"
            aria-describedby={nameMissing ? 'kuis-nama-hint kuis-nama-error' : 'kuis-nama-hint'}
            aria-invalid={nameMissing || undefined}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setNameMissing(false);
            }}
          />
          <button type="button" onClick={() => window.print()}>
            {t('quiz.print')}
          </button>
        </div>
        {nameMissing && (
          <p id="kuis-nama-error" class="quiz-error">
            {send?.nameMissing}
          </p>
        )}
        {send?.render({
          result,
          name,
          date,
          onNameMissing: () => {
            setNameMissing(true);
            document.getElementById('kuis-nama')?.focus();
          },
        })}
      </div>
    </section>
  );
}
