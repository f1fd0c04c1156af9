import { GUIDE_CATEGORIES, type GuideCategory } from '../schemas/guide';

/** The fields ordering needs; content entries satisfy it. */
export interface Orderable {
  id: string;
  data: { category: GuideCategory; order: number; title: string };
}

const rank = (c: GuideCategory) => GUIDE_CATEGORIES.indexOf(c);

/** Guides in reading order: by category as the listing shows them, then by `order`, then id. */
export function sortGuides<T extends Orderable>(guides: readonly T[]): T[] {
  return [...guides].sort(
    (a, b) => rank(a.data.category) - rank(b.data.category) || a.data.order - b.data.order || a.id.localeCompare(b.id),
  );
}

/** Guides grouped by category, in reading order, skipping empty categories. */
export function groupGuides<T extends Orderable>(guides: readonly T[]): { category: GuideCategory; guides: T[] }[] {
  const sorted = sortGuides(guides);
  return GUIDE_CATEGORIES.map((category) => ({ category, guides: sorted.filter((g) => g.data.category === category) })).filter(
    (g) => g.guides.length > 0,
  );
}

/** The guides before and after `id` in reading order. */
export function neighbours<T extends Orderable>(guides: readonly T[], id: string): { prev?: T; next?: T } {
  const sorted = sortGuides(guides);
  const i = sorted.findIndex((g) => g.id === id);
  if (i < 0) return {};
  return { prev: sorted[i - 1], next: sorted[i + 1] };
}
