// Quiz topics that have questions in the bank (content/kuis/), for links from guides.
import { getCollection } from 'astro:content';

export async function quizTopics(): Promise<ReadonlySet<string>> {
  const items = await getCollection('quiz');
  return new Set(items.map((e) => e.data.topic));
}
