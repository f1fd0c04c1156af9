// The quiz island of /kuis/<topic>/: one question at a time, then the summary. State lives in
// src/stores/quiz.ts; this component renders it and moves focus where the trainee needs it next.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuizItem } from '../../schemas/quiz';
import { fmt } from '../../i18n/fill';
import { current, summary } from '../../lib/quiz/session';
import { MIXED_TOPIC, type QuizTopic, type SessionTopic } from '../../schemas/quiz-topics';
import { $progress, $session, checkAnswer, choose, newSession, nextQuestion, retryMistakes, startQuiz } from '../../stores/quiz';
import { useStore } from '../../stores/use-store';
import { NEXT_BUTTON_ID, Question, QUESTION_HEADING_ID } from './Question';
import { Summary, SUMMARY_HEADING_ID } from './Summary';
import type { GuideLinks, QuizLabels } from './types';
import './quiz.css';

interface Props {
  /** The items this page draws from. */
  items: QuizItem[];
  /** Id and topic of every item in the bank, for mastery in the summary (the mixed quiz draws from fewer). */
  allItems?: { id: string; topic: QuizTopic }[];
  topic: SessionTopic;
  /** Type id → axis, for interleaving the mixed quiz. */
  typeAxes: [string, string][];
  topicNames: Record<string, string>;
  links: GuideLinks;
  labels: QuizLabels;
}

type Focus = 'question' | 'next' | 'summary';
const FOCUS_ID: Record<Focus, string> = { question: QUESTION_HEADING_ID, next: NEXT_BUTTON_ID, summary: SUMMARY_HEADING_ID };

export default function Quiz({ items, allItems, topic, typeAxes, topicNames, links, labels: L }: Props) {
  const session = useStore($session);
  const progress = useStore($progress);
  const [resumed, setResumed] = useState(false);
  const [nudge, setNudge] = useState(false);
  const focus = useRef<Focus | null>(null);

  useEffect(() => {
    const seed = new URLSearchParams(location.search).get('seed') || undefined;
    setResumed(startQuiz({ bank: items, topic, typeAxes: new Map(typeAxes) }, seed));
    // Runs once: the page's bank never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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

  const startOver = (action: () => void) => {
    action();
    setResumed(false);
    setNudge(false);
    focus.current = $session.get()?.phase === 'done' ? 'summary' : 'question';
  };

  if (session.phase === 'done') {
    return (
      <div class="quiz">
        <Summary
          result={summary(session)}
          retry={session.retry}
          topic={topic}
          topicNames={topicNames}
          bankIndex={allItems ?? items.map((i) => ({ id: i.id, topic: i.topic }))}
          progress={progress}
          links={links}
          L={L}
          onRetry={() => startOver(retryMistakes)}
          onNew={() => startOver(() => newSession())}
        />
      </div>
    );
  }

  const entry = current(session);
  if (!entry) return null;
  const total = session.entries.length;
  const done = session.entries.filter((e) => e.result !== null).length;

  return (
    <div class="quiz">
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
        topicName={topic === MIXED_TOPIC ? topicNames[entry.item.topic] : undefined}
        links={links}
        L={L}
        onChoose={(id) => {
          setNudge(false);
          choose(id);
        }}
        onCheck={() => {
          if (checkAnswer()) {
            setNudge(false);
            focus.current = 'next';
          } else setNudge(true);
        }}
        onNext={() => {
          setResumed(false);
          nextQuestion();
          focus.current = $session.get()?.phase === 'done' ? 'summary' : 'question';
        }}
      />
    </div>
  );
}
