// A quiz on screen, for topic quizzes, the mixed quiz and a trainer's link: one question at a
// time, then the summary. State lives in src/stores/quiz.ts; this component renders it into the
// page's `[data-quiz]` element and moves focus where the trainee needs it next. The summary's
// code (and its styles) load on the first check, so a page's first script stays small.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ItemStub } from '../../lib/quiz/draw';
import { current, summary, type PlayTopic } from '../../lib/quiz/session';
import { $elsewhere, $loadFailed, $progress, $session, checkAnswer, choose, newSession, nextQuestion, retryMistakes, takeOver } from '../../stores/quiz';
import { $storageFailed } from '../../stores/persistent';
import { useStore } from '../../stores/use-store';
import { markEntry } from './history-entry';
import { NEXT_BUTTON_ID, QUESTION_HEADING_ID, SUMMARY_HEADING_ID } from './Question';
import { QuestionScreen, QuizScreen } from './QuestionScreen';
import type { SendSlot } from './Summary';
import type { GuideLinks, QuizT } from './types';
import feedbackCss from './feedback.css?url';
import { linkStyles } from './lazy-styles';

linkStyles(feedbackCss);

type SummaryModule = typeof import('./Summary');
let summaryModule: SummaryModule | undefined;
let loadingSummary: Promise<SummaryModule> | undefined;
/** Loads the summary's code once (on the first check, or when a page opens on a finished session). */
export function loadSummary(): Promise<SummaryModule> {
  loadingSummary ??= import('./Summary').then((m) => (summaryModule = m));
  return loadingSummary;
}

/** Where focus goes after the next render. */
export type Focus = 'question' | 'next' | 'summary';
const FOCUS_ID: Record<Focus, string> = { question: QUESTION_HEADING_ID, next: NEXT_BUTTON_ID, summary: SUMMARY_HEADING_ID };

export interface QuizViewProps {
  topic: PlayTopic;
  /** Every item the page can ask (stubs), for mastery in the summary. */
  pool: readonly ItemStub[];
  topicNames: Record<string, string>;
  /** Guide links of the items fetched so far (filled as they arrive). */
  links: GuideLinks;
  t: QuizT;
  /** Shown above the quiz. */
  notes?: ComponentChildren;
  /** Feedback only in the summary. */
  deferred?: boolean;
  /** Name each question's topic (a quiz over several topics). */
  tagged?: boolean;
  send?: SendSlot | undefined;
  /** Whether the session on screen was resumed from storage. */
  resumed?: boolean;
  /** "Periksa" was pressed with nothing chosen before the script took over. */
  nudge?: boolean;
  /** Where focus goes once the page is taken over (a check pressed before it was). */
  focus?: Focus | undefined;
}

export function QuizView(props: QuizViewProps) {
  return (
    <QuizScreen>
      <QuizBody {...props} />
    </QuizScreen>
  );
}

function QuizBody({ topic, pool, topicNames, links, t, notes, deferred = false, tagged = false, send, ...first }: QuizViewProps) {
  const session = useStore($session);
  const progress = useStore($progress);
  const elsewhere = useStore($elsewhere);
  const unsaved = useStore($storageFailed);
  const failed = useStore($loadFailed);
  const [resumed, setResumed] = useState(first.resumed ?? false);
  const [nudge, setNudge] = useState(first.nudge ?? false);
  const [, setLoaded] = useState(0);
  const focus = useRef<Focus | null>(first.focus ?? null);

  useEffect(() => {
    if (session) markEntry(session);
    if (session?.phase === 'done' && !summaryModule) void loadSummary().then(() => setLoaded((n) => n + 1));
  }, [session]);

  // Before paint, so the next question appears with focus on its heading. A summary still
  // loading keeps the wish until it is there.
  useLayoutEffect(() => {
    const el = focus.current && document.getElementById(FOCUS_ID[focus.current]);
    if (!el) return;
    el.focus();
    focus.current = null;
  });

  /** After a move, focus goes to the next question's heading, or to the summary's. */
  const focusAfterMove = () => {
    focus.current = $session.get()?.phase === 'done' ? 'summary' : 'question';
  };
  const startOver = (action: () => unknown) => {
    const done = () => {
      setResumed(false);
      setNudge(false);
      focusAfterMove();
    };
    const result = action();
    if (!(result instanceof Promise)) return done();
    // Items still being fetched: the session arrives later, and focus follows it there.
    void result.then(() => {
      done();
      setLoaded((n) => n + 1);
    });
  };
  const retryLoad = failed && (
    <p class="quiz-error" role="alert">
      {t('quiz.loadFailed')}{' '}
      <button type="button" class="quiz-link-button" onClick={() => startOver(() => newSession())}>
        {t('quiz.tryAgain')}
      </button>
    </p>
  );

  if (!session) return <>{retryLoad}</>;

  if (session.phase === 'done') {
    const Summary = summaryModule?.Summary;
    return (
      <>
        <p class={unsaved ? 'storage-note message-bad' : 'storage-note'} role="status">
          {unsaved ? t('quiz.notStored') : t('quiz.storedLocally')}
        </p>
        {notes}
        {retryLoad}
        {Summary ? (
          <Summary
            result={summary(session)}
            retry={session.retry}
            topic={topic}
            topicNames={topicNames}
            bankIndex={pool}
            progress={progress}
            links={links}
            t={t}
            send={send}
            onRetry={() => startOver(retryMistakes)}
            onNew={() => startOver(() => newSession())}
          />
        ) : (
          <p>{t('quiz.loading')}</p>
        )}
      </>
    );
  }

  if (elsewhere) {
    return (
      <section class="quiz-card" aria-labelledby={QUESTION_HEADING_ID}>
        <h2 id={QUESTION_HEADING_ID} class="quiz-heading" tabIndex={-1}>
          {t('quiz.elsewhereTitle')}
        </h2>
        <p>{elsewhere === 'moved' ? t('quiz.elsewhereMoved') : t('quiz.elsewhereEnded')}</p>
        <button type="button" class="button-primary" onClick={() => startOver(takeOver)}>
          {elsewhere === 'moved' ? t('quiz.takeOver') : t('quiz.restart')}
        </button>
      </section>
    );
  }

  const entry = current(session);
  if (!entry) return null;
  return (
    <QuestionScreen
      entry={entry}
      index={session.index}
      total={session.entries.length}
      done={session.entries.filter((e) => e.result !== null).length}
      feedback={session.feedback}
      nudge={nudge}
      unsaved={unsaved}
      notes={
        <>
          {notes}
          {retryLoad}
        </>
      }
      resumed={
        resumed && (
          <p class="quiz-note">
            {t('quiz.resumed')}{' '}
            <button type="button" class="quiz-link-button" onClick={() => startOver(() => newSession())}>
              {t('quiz.restart')}
            </button>
          </p>
        )
      }
      topicName={tagged ? topicNames[entry.item.topic] : undefined}
      deferred={deferred}
      links={links}
      t={t}
      onChoose={(id) => {
        setNudge(false);
        choose(id);
      }}
      onCheck={() => {
        if (!checkAnswer()) return setNudge(true);
        setNudge(false);
        void loadSummary();
        if (!deferred) focus.current = 'next';
        // Feedback waits for the summary: saving an answer moves straight on.
        else startOver(nextQuestion);
      }}
      onNext={() => startOver(nextQuestion)}
    />
  );
}
