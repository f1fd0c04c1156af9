// A quiz on screen, for the islands of /kuis/<topic>/ (Quiz.tsx) and of a trainer's link
// (TrainerQuiz.tsx): one question at a time, then the summary. State lives in
// src/stores/quiz.ts; this component renders it and moves focus where the trainee needs it next.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuizItem } from '../../schemas/quiz';
import { fmt } from '../../i18n/fill';
import { current, summary, type PlayTopic } from '../../lib/quiz/session';
import type { QuizTopic } from '../../schemas/quiz-topics';
import { $elsewhere, $progress, $session, checkAnswer, choose, newSession, nextQuestion, retryMistakes, startQuiz, takeOver, type QuizSetup } from '../../stores/quiz';
import { $storageFailed } from '../../stores/persistent';
import { useStore } from '../../stores/use-store';
import { finishedHere, markEntry } from './history-entry';
import { NEXT_BUTTON_ID, Question, QUESTION_HEADING_ID } from './Question';
import { Summary, SUMMARY_HEADING_ID, type SendSlot } from './Summary';
import type { GuideLinks, QuizLabels } from './types';
import './quiz.css';

/** What the islands hand over from their page (plain data). */
export interface QuizPageProps {
  /** The items this page draws from. */
  items: QuizItem[];
  /** Id and topic of every item in the bank, for mastery in the summary (the mixed quiz draws from fewer). */
  allItems?: { id: string; topic: QuizTopic }[] | undefined;
  /** Type id → axis, for interleaving the mixed and trainer quizzes. */
  typeAxes: [string, string][];
  topicNames: Record<string, string>;
  links: GuideLinks;
  labels: QuizLabels;
}

interface Props extends QuizPageProps {
  topic: PlayTopic;
  /** The setup to start with, made once on mount (it may read the address). */
  setup(): QuizSetup;
  /** The `?seed=` of the address, if the setup honours one. */
  seed?: string | undefined;
  /** Shown above the quiz. */
  notes?: ComponentChildren;
  /** Feedback only in the summary. */
  deferred?: boolean;
  /** Name each question's topic (a quiz over several topics). */
  tagged?: boolean;
  send?: SendSlot | undefined;
}

type Focus = 'question' | 'next' | 'summary';
const FOCUS_ID: Record<Focus, string> = { question: QUESTION_HEADING_ID, next: NEXT_BUTTON_ID, summary: SUMMARY_HEADING_ID };

export function QuizView({ items, allItems, topic, topicNames, links, labels: L, setup, seed, notes, deferred = false, tagged = false, send }: Props) {
  const session = useStore($session);
  const progress = useStore($progress);
  const elsewhere = useStore($elsewhere);
  const unsaved = useStore($storageFailed);
  const [resumed, setResumed] = useState(false);
  const [nudge, setNudge] = useState(false);
  const focus = useRef<Focus | null>(null);

  useEffect(() => {
    setResumed(startQuiz(setup(), seed, finishedHere()));
    // Runs once: the page's bank never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  useEffect(() => {
    if (session) markEntry(session);
  }, [session]);

  // Before paint, so the next question appears with focus on its heading.
  useLayoutEffect(() => {
    if (!focus.current) return;
    document.getElementById(FOCUS_ID[focus.current])?.focus();
    focus.current = null;
  });

  if (!session) {
    return (
      <div class="quiz quiz-loading">
        <p>{L['quiz.loading']}</p>
      </div>
    );
  }

  // What happens to progress, said only once it is known: storage can be blocked or full.
  const stored = (
    <p class={unsaved ? 'storage-note message-bad' : 'storage-note'} role="status">
      {unsaved ? L['quiz.notStored'] : L['quiz.storedLocally']}
    </p>
  );

  /** After a move, focus goes to the next question's heading, or to the summary's. */
  const focusAfterMove = () => {
    focus.current = $session.get()?.phase === 'done' ? 'summary' : 'question';
  };
  const startOver = (action: () => void) => {
    action();
    setResumed(false);
    setNudge(false);
    focusAfterMove();
  };

  if (session.phase === 'done') {
    return (
      <div class="quiz">
        {stored}
        {notes}
        <Summary
          result={summary(session)}
          retry={session.retry}
          topic={topic}
          topicNames={topicNames}
          bankIndex={allItems ?? items.map((i) => ({ id: i.id, topic: i.topic }))}
          progress={progress}
          links={links}
          L={L}
          send={send}
          onRetry={() => startOver(retryMistakes)}
          onNew={() => startOver(() => newSession())}
        />
      </div>
    );
  }

  if (elsewhere) {
    return (
      <div class="quiz">
        <section class="quiz-card" aria-labelledby={QUESTION_HEADING_ID}>
          <h2 id={QUESTION_HEADING_ID} class="quiz-heading" tabIndex={-1}>
            {L['quiz.elsewhereTitle']}
          </h2>
          <p>{elsewhere === 'moved' ? L['quiz.elsewhereMoved'] : L['quiz.elsewhereEnded']}</p>
          <button type="button" class="button-primary" onClick={() => startOver(takeOver)}>
            {elsewhere === 'moved' ? L['quiz.takeOver'] : L['quiz.restart']}
          </button>
        </section>
      </div>
    );
  }

  const entry = current(session);
  if (!entry) return null;
  const total = session.entries.length;
  const done = session.entries.filter((e) => e.result !== null).length;

  return (
    <div class="quiz">
      {stored}
      {notes}
      <div class="quiz-progress">
        <label for="kuis-kemajuan">{fmt(L['quiz.progress'], { done, total })}</label>
        <progress id="kuis-kemajuan" max={total} value={done} />
      </div>
      {resumed && (
        <p class="quiz-note">
          {L['quiz.resumed']}{' '}
          <button type="button" class="quiz-link-button" onClick={() => startOver(() => newSession())}>
            {L['quiz.restart']}
          </button>
        </p>
      )}
      <Question
        key={`${session.seed}|${entry.item.id}`}
        entry={entry}
        index={session.index}
        total={total}
        feedback={session.feedback}
        nudge={nudge}
        topicName={tagged ? topicNames[entry.item.topic] : undefined}
        deferred={deferred}
        links={links}
        L={L}
        onChoose={(id) => {
          setNudge(false);
          choose(id);
        }}
        onCheck={() => {
          if (!checkAnswer()) return setNudge(true);
          setNudge(false);
          if (!deferred) focus.current = 'next';
          // Feedback waits for the summary: saving an answer moves straight on.
          else startOver(nextQuestion);
        }}
        onNext={() => startOver(nextQuestion)}
      />
    </div>
  );
}
