// Which bank items a guide's "Uji pemahaman" shows: the same few on every build (seeded by the
// guide id), preferring items that send readers back to this very guide.
import type { QuizItem, QuizOption } from '../../schemas/quiz';
import { createRng, shuffle } from './rng';

/** Items a guide's self-check shows at most. */
export const GUIDE_CHECK_SIZE = 3;

/** Up to `size` items of `topic` for guide `guideId`, with their options in a fixed shuffled order. */
export function pickGuideCheck(
  bank: readonly QuizItem[],
  topic: string,
  guideId: string,
  size: number = GUIDE_CHECK_SIZE,
): { item: QuizItem; options: QuizOption[] }[] {
  const pool = bank.filter((item) => item.topic === topic);
  const here = (item: QuizItem) => item.guide === guideId || item.guide.startsWith(`${guideId}#`);
  const ordered = shuffle(pool, createRng(`uji|${guideId}`));
  const picked = [...ordered.filter(here), ...ordered.filter((item) => !here(item))].slice(0, size);
  return picked.map((item) => ({ item, options: shuffle(item.options, createRng(`uji|${guideId}|${item.id}`)) }));
}
