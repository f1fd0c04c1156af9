// The session of a trainer's link, apart from the session engine so topic quizzes do not load it.
import type { QuizItem } from '../../schemas/quiz';
import { createRng, shuffle } from './rng';
import { buildSession, interleave, type Drawable } from './draw';
import type { QuizSession } from './session';
import { trainerQuery, type TrainerParams } from './trainer-link';
import { TRAINER_TOPIC } from './trainer-topic';

/**
 * The items of a trainer's link, in order: the same for everyone, since they depend on the link
 * and the pool only, never on the trainee's progress. Topics take turns (each one's items in
 * their own seeded order, so a topic's draw does not change when another topic grows), then the
 * picks are shuffled and, across topics, interleaved. The pool may be stubs (its order is the
 * bank's): a page draws before it fetches the items.
 */
export function drawTrainer<T extends Drawable>(pool: readonly T[], params: TrainerParams, typeAxes?: ReadonlyMap<string, string>): T[] {
  const { topics, size, seed } = params;
  const pools = topics.map((topic) => shuffle(pool.filter((item) => item.topic === topic), createRng(`${seed}|${topic}`)));
  const picked: T[] = [];
  for (let round = 0; picked.length < size && pools.some((p) => p.length > round); round++) {
    for (const p of pools) if (round < p.length && picked.length < size) picked.push(p[round] as T);
  }
  const ordered = shuffle(picked, createRng(`${seed}|order`));
  return topics.length > 1 ? interleave(ordered, typeAxes) : ordered;
}

/** The session of a trainer's link; its seed is the link's canonical query, so a stored session is resumed only by the link that made it. */
export function createTrainerSession(bank: readonly QuizItem[], params: TrainerParams, typeAxes?: ReadonlyMap<string, string>): QuizSession {
  return buildSession(TRAINER_TOPIC, trainerQuery(params), false, drawTrainer(bank, params, typeAxes));
}
