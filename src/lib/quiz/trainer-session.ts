// The session of a trainer's link, apart from the session engine so topic quizzes do not load it.
import type { QuizItem } from '../../schemas/quiz';
import { createRng, shuffle } from './rng';
import { buildSession, interleave, type QuizSession } from './session';
import { trainerQuery, type TrainerParams } from './trainer-link';
import { TRAINER_TOPIC } from './trainer-topic';

/**
 * The session of a trainer's link: the same items in the same order for everyone, so it depends
 * on the link and the bank only, never on the trainee's progress. Topics take turns (each one's
 * items in their own seeded order, so a topic's draw does not change when another topic grows),
 * then the picks are shuffled and, across topics, interleaved. The session's seed is the link's
 * canonical query, so a stored session is resumed only by the link that made it.
 */
export function createTrainerSession(bank: readonly QuizItem[], params: TrainerParams, typeAxes?: ReadonlyMap<string, string>): QuizSession {
  const { topics, size, seed } = params;
  const pools = topics.map((topic) => shuffle(bank.filter((item) => item.topic === topic), createRng(`${seed}|${topic}`)));
  const picked: QuizItem[] = [];
  for (let round = 0; picked.length < size && pools.some((pool) => pool.length > round); round++) {
    for (const pool of pools) if (round < pool.length && picked.length < size) picked.push(pool[round] as QuizItem);
  }
  const ordered = shuffle(picked, createRng(`${seed}|order`));
  return buildSession(TRAINER_TOPIC, trainerQuery(params), false, topics.length > 1 ? interleave(ordered, typeAxes) : ordered);
}
