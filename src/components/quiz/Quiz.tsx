// The quiz island of /kuis/<topic>/ and /kuis/campuran/: a session drawn by the trainee's
// progress, or from the address's `?seed=` when it has one.
import { MIXED_TOPIC, type SessionTopic } from '../../schemas/quiz-topics';
import { QuizView, type QuizPageProps } from './QuizView';

export default function Quiz(props: QuizPageProps & { topic: SessionTopic }) {
  const { items, topic, typeAxes } = props;
  return (
    <QuizView
      {...props}
      setup={() => ({ bank: items, topic, typeAxes: new Map(typeAxes) })}
      seed={typeof location === 'undefined' ? undefined : new URLSearchParams(location.search).get('seed') || undefined}
      tagged={topic === MIXED_TOPIC}
    />
  );
}
