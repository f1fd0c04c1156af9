// The quiz island of a trainer's link (/kuis/latihan/): the session comes from the address alone,
// the page says what it changed in a damaged link, and the trainee can send the result.
import { useState } from 'preact/hooks';
import { trainerLink, trainerQuery, type ParsedLink } from '../../lib/quiz/trainer-link';
import { createTrainerSession } from '../../lib/quiz/trainer-session';
import { TRAINER_TOPIC } from '../../lib/quiz/trainer-topic';
import { QuizView, type QuizPageProps } from './QuizView';
import { SendResult } from './SendResult';
import type { SendSlot } from './Summary';
import { readTrainerLink, TrainerNotes } from './TrainerNotes';
import type { TrainerLabels } from './types';

export default function TrainerQuiz(props: QuizPageProps & { trainerLabels: TrainerLabels }) {
  const { items, typeAxes, topicNames, trainerLabels: T } = props;
  const [link, setLink] = useState<ParsedLink | null>(null);
  const send: SendSlot | undefined = link
    ? {
        title: T['trainer.sendTitle'],
        nameLabel: T['trainer.nameLabelTrainer'],
        nameHint: T['trainer.nameHintTrainer'],
        nameMissing: T['trainer.nameMissing'],
        render: (p) => <SendResult {...p} topicNames={topicNames} link={trainerLink(link.params)} T={T} />,
      }
    : undefined;
  return (
    <QuizView
      {...props}
      topic={TRAINER_TOPIC}
      setup={() => {
        // Read on mount, never on the server: the address is the quiz.
        const parsed = readTrainerLink(items);
        setLink(parsed);
        const axes = new Map(typeAxes);
        const fixed = { seed: trainerQuery(parsed.params), draw: () => createTrainerSession(items, parsed.params, axes) };
        return { bank: items, topic: TRAINER_TOPIC, typeAxes: axes, fixed };
      }}
      notes={link && <TrainerNotes {...link} topicNames={topicNames} T={T} />}
      deferred={link?.params.feedback === 'akhir'}
      tagged={(link?.params.topics.length ?? 0) > 1}
      send={send}
    />
  );
}
