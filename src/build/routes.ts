// Links to quiz pages are only drawn when the page is built, so no guide links to nothing.
// (Every calculator in src/lib/calculators/registry.ts has its page; the browser tests check it.)
// Checked on disk at build time: globbing the page modules would pull every page's CSS into each page.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const pagesDir = join(process.cwd(), 'src', 'pages');

function pageExists(dir: string, name: string): boolean {
  return existsSync(join(pagesDir, dir, `${name}.astro`)) || existsSync(join(pagesDir, dir, name, 'index.astro'));
}

/** `/kuis/<topic>/` when the quiz route exists and the bank has that topic. */
export function quizHref(topic: string, topics: ReadonlySet<string>): string | undefined {
  return topics.has(topic) && pageExists('kuis', '[topic]') ? `/kuis/${topic}/` : undefined;
}
