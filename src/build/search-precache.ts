// What search needs offline, as service worker precache entries: the whole Pagefind index of this
// site and the files that search with it. Precached with the pages when it fits a budget, so a
// visitor who opened one page can search for any words without a connection; over the budget it
// is cached as used, and the search says when a query needs a connection (src/scripts/search-ui.ts).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * At most this many bytes over the wire (text gzipped as a host sends it; the index, fragments and
 * wasm are compressed by Pagefind already) for offline search. The site's index and what loads it
 * came to about 350 KB in December 2026, for 35 pages; each new page adds a few KB.
 */
export const SEARCH_PRECACHE_BUDGET = 400 * 1024;

/** Pagefind's files that searching with the Component UI loads, besides the index itself. */
const RUNTIME = ['pagefind-entry.json', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js', 'pagefind-worker.js'];

export interface SearchPrecache {
  /** Workbox `additionalManifestEntries`: a revision where the file name carries no hash. */
  entries: { url: string; revision: string | null }[];
  /** Bytes over the wire. */
  bytes: number;
  withinBudget: boolean;
}

/** The search files under `dist/pagefind/`, their weight, and whether they fit the budget. */
export function searchPrecache(dist: string, budget = SEARCH_PRECACHE_BUDGET): SearchPrecache {
  const dir = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(dir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
  const languages = Object.values(entry.languages);
  const files = [
    ...RUNTIME,
    ...languages.flatMap((l) => [`pagefind.${l.hash}.pf_meta`, ...(l.wasm ? [`wasm.${l.wasm}.pagefind`] : [])]),
    ...['index', 'fragment', 'filter'].flatMap((sub) => (existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)).map((f) => `${sub}/${f}`) : [])),
  ];
  let bytes = 0;
  const entries = files.map((file) => {
    const content = readFileSync(join(dir, file));
    bytes += /\.(js|css|json)$/.test(file) ? gzipSync(content, { level: 9 }).length : content.length;
    // Index files are named by their content; the others keep their names across builds.
    const hashed = /\.pf_\w+$/.test(file);
    return { url: `/pagefind/${file}`, revision: hashed ? null : createHash('md5').update(content).digest('hex') };
  });
  return { entries, bytes, withinBudget: bytes <= budget };
}
