// A quiz page while a question is asked: what is stored, the trainer's notes, the progress, and
// the question. The server renders it for the first question of a quiz page; the quiz script
// renders the same markup over it (src/components/quiz/quiz-page.tsx), so it takes the page over
// without moving anything. Its styles (quiz.css, question.css) are imported by the pages, not
// here: CSS imported anywhere in a page script's graph is inlined into the page a second time.
import type { ComponentChildren } from 'preact';
import type { Feedback, SessionEntry } from '../../lib/quiz/session';
import { Question } from './Question';
import type { GuideLinks, QuestionT } from './types';

interface Props {
  entry: SessionEntry;
  /** 0-based position, session length, and how many are checked. */
  index: number;
  total: number;
  done: number;
  feedback: Feedback | null;
  nudge: boolean;
  /** Storage turned out blocked or full: say progress will not be kept. */
  unsaved: boolean;
  /** Shown above the progress (a trainer's link: what it asks, what it changed). */
  notes?: ComponentChildren;
  /** "Melanjutkan sesi…" with its restart button, when an unfinished session was resumed. */
  resumed?: ComponentChildren;
  topicName?: string | undefined;
  deferred?: boolean;
  links: GuideLinks;
  t: QuestionT;
  onChoose?(optionId: string): void;
  onCheck?(): void;
  onNext?(): void;
}

/**
 * The one element a quiz root holds, whatever it shows: Preact's `render` over server markup
 * removes what it does not reuse only inside an element, never at the root it renders into.
 */
export function QuizScreen({ children }: { children: ComponentChildren }) {
  return <div class="quiz-screen">{children}</div>;
}

export function QuestionScreen({ entry, index, total, done, unsaved, notes, resumed, t, ...question }: Props) {
  return (
    <>
      {/* What happens to progress, said only once it is known: storage can be blocked or full. */}
      <p class={unsaved ? 'storage-note message-bad' : 'storage-note'} role="status">
        {unsaved ? t('quiz.notStored') : t('quiz.storedLocally')}
      </p>
      {notes}
      <div class="quiz-progress">
        <label for="kuis-kemajuan">{t('quiz.progress', { done, total })}</label>
        <progress id="kuis-kemajuan" max={total} value={done} />
      </div>
      {resumed}
      <Question key={`${index}|${entry.item.id}`} entry={entry} index={index} total={total} t={t} {...question} />
    </>
  );
}
