// Takes a quiz page over: starts (or resumes) the session, keeps what the trainee already did to
// the server's first question (an option chosen, "Periksa" pressed), then renders the quiz over
// that markup once. Preact's `render` reuses the existing elements and corrects what differs, so
// a fresh visitor's question stays exactly where it is, and a trainee whose own order asks
// another question sees it replace the hidden one in the same place.
import { h, render } from 'preact';
import { questionWords } from '../../i18n/id-question';
import { quizWords } from '../../i18n/id-quiz';
import { translator } from '../../i18n/translate';
import { readIndex } from '../../lib/quiz/item-file';
import { current } from '../../lib/quiz/session';
import { topicNames } from '../../lib/quiz/topic-meta';
import { MIXED_TOPIC, type SessionTopic } from '../../schemas/quiz-topics';
import { $session, checkAnswer, choose, nextQuestion, startQuiz, type QuizSetup } from '../../stores/quiz';
import { finishedHere } from './history-entry';
import { fetchedLinks, itemFiles } from './item-files';
import { loadSummary, QuizView, type Focus, type QuizViewProps } from './QuizView';

type ViewProps = Omit<QuizViewProps, 'resumed' | 'nudge' | 'focus' | 'links' | 't' | 'topicNames'>;

/**
 * Starts `setup`, carries over what the trainee did before the script took over, and renders
 * the quiz into `root`.
 */
export async function takeOverQuiz(root: HTMLElement, setup: QuizSetup, seed: string | undefined, view: ViewProps): Promise<void> {
  const resumed = await startQuiz(setup, seed, finishedHere());
  const session = $session.get();
  if (session?.phase === 'done') await loadSummary();
  let nudge = false;
  let focus: Focus | undefined;
  const entry = session && current(session);
  const form = root.querySelector<HTMLElement>('form[data-item]');
  if (entry && session.phase === 'answering' && form?.dataset.item === entry.item.id) {
    const chosen = form.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.value;
    if (chosen) choose(chosen);
    if (root.hasAttribute('data-asked')) {
      if (!checkAnswer()) nudge = true;
      else if (view.deferred) {
        nextQuestion();
        focus = $session.get()?.phase === 'done' ? 'summary' : 'question';
      } else focus = 'next';
      if (!nudge) void loadSummary();
    }
  }
  render(h(QuizView, { ...view, resumed, nudge, focus, links: fetchedLinks, t: translator(questionWords, quizWords), topicNames: topicNames() }), root);
  root.removeAttribute('data-pending');
  root.setAttribute('data-hydrated', '');
}

/** A topic's quiz or the mixed quiz (`/kuis/<topic>/`): a first visit plays the session the server rendered. */
export function startTopicQuiz(root: HTMLElement): Promise<void> {
  const topic = root.dataset.quiz as SessionTopic;
  const index = readIndex(document);
  const seed = new URLSearchParams(location.search).get('seed') || undefined;
  const setup: QuizSetup = { pool: index.stubs, source: itemFiles, topic, typeAxes: new Map(index.axes), firstSeed: topic };
  return takeOverQuiz(root, setup, seed, { topic, pool: index.stubs, tagged: topic === MIXED_TOPIC });
}
