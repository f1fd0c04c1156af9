// The question bank and customer types as pages need them, at build time. The `quiz` loader has
// already checked the bank; here every guide anchor an item points to is checked once more
// against the heading ids Astro really rendered, so the two readings of a guide cannot drift.
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AXIS_GUIDE, guideHref, typeHref } from '../lib/axes';
import { componentAnchorsFromMdx } from './guide-anchors';
import { QUIZ_TOPICS, type QuizTopic } from '../schemas/quiz-topics';
import type { QuizItem } from '../schemas/quiz';
import type { GuideLink, QuizIndex } from '../lib/quiz/item-file';
import { stubOf } from '../lib/quiz/draw';

let bank: Promise<QuizItem[]> | undefined;

/** Every item, by topic (in QUIZ_TOPICS order), then in file order. */
export function getBank(): Promise<QuizItem[]> {
  bank ??= load();
  return bank;
}

async function load(): Promise<QuizItem[]> {
  const entries = await getCollection('quiz');
  const items = entries.map((e) => e.data);
  const order = (t: QuizTopic) => QUIZ_TOPICS.indexOf(t);
  items.sort((a, b) => order(a.topic) - order(b.topic));
  await checkRenderedAnchors(items);
  return items;
}

async function checkRenderedAnchors(items: readonly QuizItem[]): Promise<void> {
  const guides = new Map((await getCollection('guides')).map((g) => [g.id, g]));
  const types = await getCollection('types');
  const typesByAxis = new Map<string, string[]>();
  for (const t of types) typesByAxis.set(t.data.axis, [...(typesByAxis.get(t.data.axis) ?? []), t.id]);
  const cache = new Map<string, Set<string>>();
  const anchorsOf = async (guide: CollectionEntry<'guides'>) => {
    let set = cache.get(guide.id);
    if (!set) {
      const { headings } = await render(guide);
      set = new Set([...headings.map((h) => h.slug), ...componentAnchorsFromMdx(guide.body ?? '', typesByAxis)]);
      cache.set(guide.id, set);
    }
    return set;
  };
  const problems: string[] = [];
  for (const item of items) {
    const [id = '', anchor] = item.guide.split('#', 2);
    const guide = guides.get(id);
    if (!guide) problems.push(`content/kuis/${item.topic}.yaml › ${item.id} › guide: Guide "${id}" does not exist`);
    else if (anchor && !(await anchorsOf(guide)).has(anchor)) {
      problems.push(`content/kuis/${item.topic}.yaml › ${item.id} › guide: Guide "${id}" renders no element with id "${anchor}"`);
    }
  }
  if (problems.length > 0) throw new Error(`The question bank links to missing anchors:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
}

/** Link and label for every distinct `guide` target of the items. */
export async function guideLinks(items: readonly QuizItem[]): Promise<Record<string, GuideLink>> {
  const out: Record<string, GuideLink> = {};
  const guides = new Map((await getCollection('guides')).map((g) => [g.id, g]));
  const types = new Map((await getCollection('types')).map((t) => [t.id, t.data.name]));
  for (const target of new Set(items.map((i) => i.guide))) {
    const [id = '', anchor] = target.split('#', 2);
    const guide = guides.get(id);
    if (!guide) continue;
    const title = guide.data.navTitle ?? guide.data.title;
    let section: string | undefined;
    if (anchor) section = types.get(anchor) ?? (await render(guide)).headings.find((h) => h.slug === anchor)?.text;
    if (anchor === 'ringkasan') section = 'Ringkasan';
    out[target] = { href: guideHref(id) + (anchor ? `#${anchor}` : ''), label: section ? `${section} (${title})` : title };
  }
  return out;
}

/** A customer type as quiz and profiler islands need it. */
export interface TypeInfo {
  id: string;
  name: string;
  axis: CollectionEntry<'types'>['data']['axis'];
  href: string;
  summary: string;
  handle: string[];
  avoid: string[];
}

/** Customer types sorted by axis (AXIS_GUIDE order) then `order`: the profiler's tie-break order. */
export async function getTypes(): Promise<TypeInfo[]> {
  const axes = Object.keys(AXIS_GUIDE);
  const entries = (await getCollection('types')).sort(
    (a, b) => axes.indexOf(a.data.axis) - axes.indexOf(b.data.axis) || a.data.order - b.data.order,
  );
  return entries.map((e) => ({
    id: e.id,
    name: e.data.name,
    axis: e.data.axis,
    href: typeHref(e.id, e.data.axis),
    summary: e.data.summary,
    handle: e.data.handle,
    avoid: e.data.avoid,
  }));
}

/** Item counts per topic. */
export function countByTopic(items: readonly QuizItem[]): Record<QuizTopic, number> {
  const out = Object.fromEntries(QUIZ_TOPICS.map((t) => [t, 0])) as Record<QuizTopic, number>;
  for (const item of items) out[item.topic]++;
  return out;
}

/** Quiz topics that have questions in the bank, for links from guides. */
export async function quizTopics(): Promise<ReadonlySet<string>> {
  return new Set((await getCollection('quiz')).map((e) => e.data.topic));
}

/**
 * The index a quiz page draws from: stubs of `pool` (in bank order). A pool over several topics
 * is interleaved, so its stubs keep types and confusable lists and the index gives the types'
 * axes; a topic's session only orders its items, so ids and topic are enough.
 */
export async function quizIndex(pool: readonly QuizItem[]): Promise<QuizIndex> {
  if (new Set(pool.map((item) => item.topic)).size <= 1) return { stubs: pool.map(({ id, topic }) => ({ id, topic })), axes: [] };
  return { stubs: pool.map(stubOf), axes: (await getTypes()).map((type) => [type.id, type.axis] as const) };
}
