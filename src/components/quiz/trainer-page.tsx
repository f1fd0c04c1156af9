// The script of a trainer's link (/kuis/latihan/?topik=…&jumlah=…&seed=…&umpan=…). A static host
// sends one page for every link, so the first question cannot be in its HTML: the page reserves
// its place, and this script draws the link's session from the index in the page, fetches the
// first item alone and shows it (the same markup a topic page gets from the server). The rest of
// the session's items, and the summary's code, load when the trainee first touches the question.
// A bare /kuis/latihan/ is not a link: the page explains itself and this script does nothing.
import { render } from 'preact';
import { questionWords } from '../../i18n/id-question';
import { trainerWords } from '../../i18n/id-trainer';
import { translator } from '../../i18n/translate';
import { readIndex } from '../../lib/quiz/item-file';
import { buildSession } from '../../lib/quiz/draw';
import { FINISHED_KEY, savedSessionKey } from '../../lib/quiz/storage-keys';
import { isTrainerLink, parseTrainerLink, trainerQuery, type ParsedLink } from '../../lib/quiz/trainer-link';
import { drawTrainer } from '../../lib/quiz/trainer-session';
import { TRAINER_TOPIC } from '../../lib/quiz/trainer-topic';
import { topicNames } from '../../lib/quiz/topic-meta';
import type { QuizSetup } from '../../stores/quiz';
import { fetchedLinks, itemFiles } from './item-files';
import { QuestionScreen, QuizScreen } from './QuestionScreen';
import { TrainerNotes } from './TrainerNotes';
import { whenWoken } from './wake';

/**
 * Whether this trainee has a run of this link to come back to: a finished one in this history
 * entry, or an unfinished one stored. Peeked at without loading the stores (they load on take-over).
 */
function ownRun(seed: string): boolean {
  try {
    if ((history.state as Record<string, unknown> | null)?.[FINISHED_KEY] != null) return true;
    return (JSON.parse(localStorage.getItem(savedSessionKey(TRAINER_TOPIC)) ?? 'null') as { seed?: unknown } | null)?.seed === seed;
  } catch {
    return false;
  }
}

/**
 * A new task. Loading the link's page is several pieces of main-thread work (evaluating the
 * modules, drawing the session, drawing the first question, laying it out); each in a task of
 * its own keeps every task short, so a phone stays responsive while the question comes (a task
 * over 50 ms is what Total Blocking Time counts, and a phone is about 4× slower than this
 * machine: docs/benchmarks.md, "Long tasks on the quiz pages' load").
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function startTrainerQuiz(root: HTMLElement): Promise<void> {
  await nextTask();
  const index = readIndex(document);
  const counts: Record<string, number> = {};
  for (const stub of index.stubs) counts[stub.topic] = (counts[stub.topic] ?? 0) + 1;
  const link: ParsedLink = parseTrainerLink(location.search, counts);
  const typeAxes = new Map(index.axes);
  const ids = drawTrainer(index.stubs, link.params, typeAxes).map((stub) => stub.id);
  const seed = trainerQuery(link.params);
  const setup: QuizSetup = { pool: index.stubs, source: itemFiles, topic: TRAINER_TOPIC, typeAxes, fixed: { seed, ids } };
  const names = topicNames();
  const notes = <TrainerNotes link={link} topicNames={names} t={translator(trainerWords)} />;
  const deferred = link.params.feedback === 'akhir';
  const tagged = link.params.topics.length > 1;

  // A first visit sees the first question as soon as that one item is here; a trainee coming
  // back to an unfinished or finished run of this link goes straight to it.
  const [first] = ids;
  if (!ownRun(seed) && first && (await itemFiles.load([first]))) {
    await nextTask();
    const item = itemFiles.get(first);
    const entry = item && buildSession(TRAINER_TOPIC, seed, false, [item]).entries[0];
    if (entry) {
      // Drawn apart and moved in as plain markup, so the quiz later takes it over as it takes
      // over a topic page's server HTML, reusing every element.
      const scratch = document.createElement('div');
      render(
        <QuizScreen>
          <QuestionScreen
          entry={entry}
          index={0}
          total={ids.length}
          done={0}
          feedback={null}
          nudge={false}
          unsaved={false}
          notes={notes}
          topicName={tagged ? names[item.topic] : undefined}
          deferred={deferred}
          links={fetchedLinks}
          t={translator(questionWords)}
          />
        </QuizScreen>,
        scratch,
      );
      root.replaceChildren(...scratch.childNodes);
      root.removeAttribute('data-pending');
      await whenWoken(root);
    }
  }

  const [page, { sendSlot }] = await Promise.all([import('./quiz-page'), import('./SendResult')]);
  const send = sendSlot(link.params, names, fetchedLinks);
  await page.takeOverQuiz(root, setup, undefined, { topic: TRAINER_TOPIC, pool: index.stubs, notes, deferred, tagged, send });
}

const root = document.querySelector<HTMLElement>('[data-quiz]');
if (root && isTrainerLink(location.search)) void startTrainerQuiz(root);
