// A topic's mastery on /kuis/, from the progress stored in this browser. The server cannot know
// it, so the server HTML (and the first render, to hydrate cleanly) holds an empty line.
import { useEffect, useState } from 'preact/hooks';
import { fmt } from '../../i18n/fill';
import { topicMastery } from '../../lib/quiz/progress';
import { $progress } from '../../stores/progress';
import { useStore } from '../../stores/use-store';
import './quiz.css';

interface Props {
  /** Topic slug or `campuran` (best score only). */
  topic: string;
  /** Item ids of the topic; empty for the mixed quiz. */
  ids: string[];
  labels: { notStarted: string; mastery: string; best: string };
}

export default function Mastery({ topic, ids, labels: L }: Props) {
  const progress = useStore($progress);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  if (!ready) return <div class="quiz-meter" aria-hidden="true"><p>&nbsp;</p></div>;

  const { total, seen, mastered, best } = topicMastery(progress, topic, ids);
  if (seen === 0 && best === null) {
    return <div class="quiz-meter" data-mastery={topic}><p>{L.notStarted}</p></div>;
  }
  const parts = [];
  if (total > 0) parts.push(fmt(L.mastery, { mastered, total }));
  if (best !== null) parts.push(fmt(L.best, { best }));
  const text = parts.join(', ');
  return (
    <div class="quiz-meter" data-mastery={topic}>
      <p>{text.charAt(0).toUpperCase() + text.slice(1)}</p>
      {total > 0 && <progress max={total} value={mastered} aria-hidden="true" />}
    </div>
  );
}
