// The end of a session: score, per-topic breakdown, every mistake with both explanations, the
// next steps, and a printable result with a name the trainee types (kept on the page only).
import { useState } from 'preact/hooks';
import { fmt } from '../../i18n/fill';
import { mastery, type Progress } from '../../lib/quiz/progress';
import type { Summary as SessionSummary } from '../../lib/quiz/session';
import { QUIZ_TOPICS, isQuizTopic, type QuizTopic } from '../../schemas/quiz-topics';
import type { ComponentChildren } from 'preact';
import { AnswerReview } from './AnswerReview';
import { Icon } from './icons';
import { SUMMARY_HEADING_ID } from './Question';
import type { GuideLinks, QuizLabels } from './types';
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
  L: QuizLabels;
  /** How the trainee sends the result (a trainer's quiz); only the print box without it. */
  send?: SendSlot | undefined;
  onRetry(): void;
  onNew(): void;
}

export function Summary({ result, retry, topic, topicNames, bankIndex, progress, links, L, send: sendSlot, onRetry, onNew }: Props) {
  const [name, setName] = useState('');
  const [nameMissing, setNameMissing] = useState(false);
  // A retry's score is not the trainer's quiz result, so only the first run is sent.
  const send = retry ? undefined : sendSlot;
  const date = new Intl.DateTimeFormat('id-ID', { dateStyle: 'long' }).format(new Date());
  const verdict = result.pct >= 80 ? L['quiz.verdictHigh'] : result.pct >= 50 ? L['quiz.verdictMid'] : L['quiz.verdictLow'];
  const topics = QUIZ_TOPICS.filter((t) => result.byTopic[t]);
  const known = mastery(progress, bankIndex);
  const masteryTopics = isQuizTopic(topic) ? [topic] : topics;
  return (
    <section class="quiz-summary" aria-labelledby={SUMMARY_HEADING_ID}>
      <div class="print-only quiz-print-head">
        <p>
          {L['quiz.printName']}: <strong>{name.trim() || '………………………………'}</strong>
        </p>
        <p>
          {L['quiz.printDate']}: {date}
        </p>
      </div>
      <h2 id={SUMMARY_HEADING_ID} class="quiz-heading" tabIndex={-1}>
        {retry ? L['quiz.summaryRetry'] : L['quiz.summary']}
      </h2>
      <p class="quiz-score">{fmt(L['quiz.score'], { correct: result.correct, total: result.total, pct: result.pct })}</p>
      <p>{verdict}</p>
      <div class="table-wrap">
        <table>
          <caption>{L['quiz.byTopic']}</caption>
          <thead>
            <tr>
              <th scope="col">{L['quiz.topic']}</th>
              <th scope="col">{L['quiz.right']}</th>
              <th scope="col">{L['quiz.pct']}</th>
            </tr>
          </thead>
          <tbody>
            {topics.map((t) => {
              const s = result.byTopic[t];
              return s ? (
                <tr key={t}>
                  <th scope="row">{topicNames[t] ?? t}</th>
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
        {masteryTopics.map((t) => {
          const m = known[t];
          return (
            <li key={t}>
              {topicNames[t] ?? t}: {fmt(L['quiz.mastery'], { mastered: m.mastered, total: m.total })}
              {m.best !== null && `, ${fmt(L['quiz.best'], { best: m.best })}`}
            </li>
          );
        })}
      </ul>

      <h3>{L['quiz.mistakes']}</h3>
      {result.mistakes.length === 0 ? (
        <p class="quiz-verdict is-right">
          <Icon name="check" />
          {L['quiz.noMistakes']}
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
                <AnswerReview chosen={m.chosen} right={m.right} guide={m.guide} links={links} L={L} />
              </li>
            ))}
          </ol>
          <p>{L['quiz.leitner']}</p>
        </>
      )}

      <div class="quiz-actions no-print">
        {result.mistakes.length > 0 && (
          <button type="button" class="button-primary" onClick={onRetry}>
            {fmt(L['quiz.retry'], { n: result.mistakes.length })}
          </button>
        )}
        <button type="button" onClick={onNew}>
          {L['quiz.restart']}
        </button>
        <a class="button" href="/kuis/">
          {L['quiz.backToList']}
        </a>
      </div>

      <div class="quiz-print-box no-print">
        <h3>{send ? send.title : L['quiz.printTitle']}</h3>
        <label for="kuis-nama">{send ? send.nameLabel : L['quiz.nameLabel']}</label>
        <p id="kuis-nama-hint" class="quiz-hint">
          {send ? send.nameHint : L['quiz.nameHint']}
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
            {L['quiz.print']}
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
