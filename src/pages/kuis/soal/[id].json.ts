// One quiz item as a static JSON file (src/lib/quiz/item-file.ts): quiz pages fetch the items a
// session asks instead of carrying the whole bank in their HTML.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getBank, guideLinks } from '../../../build/quiz-pages';
import type { ItemFile } from '../../../lib/quiz/item-file';

export const getStaticPaths = (async () => {
  const bank = await getBank();
  const links = await guideLinks(bank);
  return bank.map((item) => ({ params: { id: item.id }, props: { file: { item, link: links[item.guide] ?? null } satisfies ItemFile } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { file: ItemFile }).file), { headers: { 'Content-Type': 'application/json' } });
