// Writes dist/sw.js with Workbox after the build. Precached: what a reader needs offline after one
// visit, every page with the scripts and styles it loads and every quiz item's file (a quiz
// fetches its items as it asks them). Not precached, cached at first use instead: any file over
// PRECACHE_MAX (SheetJS, loaded only to read an .xlsx, is the one today), search index chunks,
// and pages too large to precache. The whole search index is precached while it fits its budget
// (src/build/search-precache.ts; over it, index chunks are cached as they are used). An address
// typed without its last slash opens its stored page; a navigation that is neither cached nor
// reachable gets the offline page. A new version waits until the visitor chooses to reload (see
// src/scripts/register-service-worker.ts), never mid-quiz.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SEARCH_PRECACHE_BUDGET, searchPrecache } from './search-precache';

/** The page shown for a navigation that is not cached while the network is down. */
const OFFLINE_PAGE = '/offline/';

/**
 * Files larger than this (raw bytes) are not precached for every visitor but cached when first
 * used: a reader who never opens an .xlsx should not download its reader. Pages today stay well
 * under it (the largest is a guide of about 65 KB); SheetJS is 360 KB.
 */
export const PRECACHE_MAX = 150 * 1024;

/** Workbox manifest entries, as `manifestTransforms` sees them. */
interface ManifestEntry {
  url: string;
  /** Unknown for entries listed by hand (the search index, which has a budget of its own). */
  size?: number;
}

/** Splits the precache list: what stays, and what is left to the first use. */
export function splitBySize<T extends ManifestEntry>(entries: readonly T[], max = PRECACHE_MAX): { kept: T[]; later: T[] } {
  const over = (e: T) => (e.size ?? 0) > max;
  return { kept: entries.filter((e) => !over(e)), later: entries.filter(over) };
}

/**
 * Caches a same-origin Pagefind file under its path alone: its files are told apart by name, so
 * a query (Pagefind's own ?ts=, or anything someone appends) must not make a new entry each time.
 * Serialised into sw.js by Workbox, so it must stand alone.
 */
const byPath = {
  cacheKeyWillBeUsed: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    url.search = '';
    return url.href;
  },
};

/**
 * Offline, an address without its last slash (`/panduan/hak-konsumen`, as people type it) is sent
 * to the address with it when that page is stored, so it opens rather than the offline page.
 * Serialised into sw.js by Workbox, so it must stand alone.
 */
const slashless = {
  handlerDidError: async ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return undefined;
    const stored = await caches.match(new URL(`${url.pathname}/index.html`, url.origin).href, { ignoreSearch: true });
    return stored ? Response.redirect(new URL(`${url.pathname}/${url.search}`, url.origin).href, 301) : undefined;
  },
};

export function serviceWorker(): AstroIntegration {
  return {
    name: 'paham:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Written by the search-index integration, which runs first.
        const search = searchPrecache(fileURLToPath(dir));
        let later: ManifestEntry[] = [];
        const { count, size, warnings } = await generateSW({
          globDirectory: fileURLToPath(dir),
          swDest: fileURLToPath(new URL('sw.js', dir)),
          // Every page and what it loads, and the quiz items; the large social image and the 404
          // page are left out, and so is anything over PRECACHE_MAX (cached on use, below).
          globPatterns: ['**/*.{html,js,css,svg,webmanifest}', 'kuis/soal/*.json', 'icon-192.png', 'apple-touch-icon.png'],
          globIgnores: ['404.html', 'pagefind/**', 'sw.js', 'workbox-*.js'],
          // The search index and what searches with it, listed apart (they are not all js or css).
          additionalManifestEntries: search.withinBudget ? search.entries : [],
          maximumFileSizeToCacheInBytes: Number.MAX_SAFE_INTEGER,
          manifestTransforms: [
            (entries) => {
              const split = splitBySize(entries);
              later = split.later;
              return { manifest: split.kept, warnings: [] };
            },
          ],
          // Hashed file names change with their content; no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // Share links (?promotor=…) and searches (?q=…) are the same page: serve it offline too.
          ignoreURLParametersMatching: [/.*/],
          directoryIndex: 'index.html',
          cleanupOutdatedCaches: true,
          // The new worker waits for the visitor's "muat ulang"; the page posts SKIP_WAITING.
          skipWaiting: false,
          clientsClaim: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: 'production',
          runtimeCaching: [
            {
              // Scripts and styles left out of the precache (SheetJS): their names carry a content
              // hash, so the first copy is good until a new build names another.
              urlPattern: ({ url }) => url.origin === self.location.origin && url.pathname.startsWith('/_astro/'),
              handler: 'CacheFirst',
              options: { cacheName: 'aset', expiration: { maxEntries: 20 } },
            },
            {
              // Pagefind's index and fragment files carry a content hash in their names.
              urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/') && /\.pf_\w+$/.test(url.pathname),
              handler: 'CacheFirst',
              options: { cacheName: 'pencarian-potongan', expiration: { maxEntries: 200 }, plugins: [byPath] },
            },
            {
              // Pagefind asks for its entry file with a new ?ts= each time: keep the latest one,
              // whatever its query, so a search made before works offline.
              urlPattern: ({ url }) => url.pathname === '/pagefind/pagefind-entry.json',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'pencarian-entri',
                networkTimeoutSeconds: 4,
                plugins: [byPath],
                expiration: { maxEntries: 1 },
              },
            },
            {
              // Pagefind's other files (a dozen) keep their names across builds: fresh when online,
              // one entry per file, and never more than a few dozen whatever is asked for.
              urlPattern: ({ url }) => url.pathname.startsWith('/pagefind/'),
              handler: 'NetworkFirst',
              options: { cacheName: 'pencarian', networkTimeoutSeconds: 4, plugins: [byPath], expiration: { maxEntries: 30 } },
            },
            {
              // A page too large to precache is kept when first read; everything else comes from
              // the precache before this route is asked. Unreachable and not kept: the offline page.
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkFirst',
              options: {
                cacheName: 'halaman',
                networkTimeoutSeconds: 4,
                expiration: { maxEntries: 20 },
                // The slash first: a plugin that answers an error ends the search for an answer.
                plugins: [slashless],
                precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` },
              },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        const searchFiles = search.withinBudget ? search.entries.length : 0;
        logger.info(`sw.js: ${count - searchFiles} files of pages and assets precached (${kb(size)}); cached on first use instead: ${later.map((e) => `${e.url} (${kb(e.size ?? 0)})`).join(', ') || 'nothing'}`);
        if (search.withinBudget) logger.info(`sw.js: search index precached, ${search.entries.length} files, ${kb(search.bytes)} over the wire (budget ${kb(SEARCH_PRECACHE_BUDGET)})`);
        else logger.warn(`sw.js: search index is ${kb(search.bytes)} over the wire, over its ${kb(SEARCH_PRECACHE_BUDGET)} budget: not precached, cached as used`);
      },
    },
  };
}
