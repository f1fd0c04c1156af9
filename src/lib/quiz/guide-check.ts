// Which bank items a guide's "Uji pemahaman" shows: the same few on every build (seeded by the
// guide id), preferring items that send readers back to this very guide, unless the guide names them.
import type { QuizItem, QuizOption } from '../../schemas/quiz';
import { createRng, shuffle } from './rng';

/** Items a guide's self-check shows at most. */
export const GUIDE_CHECK_SIZE = 3;

/** How a guide's self-check chooses. */
export interface GuideCheckOptions {
  /** Item ids to show, in this order, instead of the seeded draw (the guide's `uji` front matter). */
  pinned?: readonly string[];
  /** Items at most when drawing. */
  size?: number;
}

/**
 * Up to `size` items of `topic` for guide `guideId`, with their options in a fixed shuffled order;
 * or exactly the `pinned` ones. Throws, naming the id, when a pinned id is not an item of `topic`,
 * so a retired or misspelt item fails the build instead of silently shrinking the self-check.
 */
export function pickGuideCheck(
  bank: readonly QuizItem[],
  topic: string,
  guideId: string,
  { pinned, size = GUIDE_CHECK_SIZE }: GuideCheckOptions = {},
): { item: QuizItem; options: QuizOption[] }[] {
  const pool = bank.filter((item) => item.topic === topic);
  let picked: QuizItem[];
  if (pinned) {
    picked = pinned.map((id) => {
      const item = pool.find((i) => i.id === id);
      if (!item) throw new Error(`"${id}" is not an item of the quiz topic "${topic}"`);
      return item;
    });
  } else {
    const here = (item: QuizItem) => item.guide === guideId || item.guide.startsWith(`${guideId}#`);
    const ordered = shuffle(pool, createRng(`uji|${guideId}`));
    picked = [...ordered.filter(here), ...ordered.filter((item) => !here(item))].slice(0, size);
  }
  return picked.map((item) => ({ item, options: shuffle(item.options, createRng(`uji|${guideId}|${item.id}`)) }));
}
