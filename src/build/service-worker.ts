// Writes dist/sw.js with Workbox after the build: the pages and their assets are precached so
// guides, calculators and quizzes open offline, and so is the whole search index while it fits its
// budget (src/build/search-precache.ts; over it, index chunks are cached as they are used); an
// address typed without its last slash opens its stored page; a navigation that is neither cached
// nor reachable gets the offline page. A new version waits
// until the visitor chooses to reload (see src/scripts/register-service-worker.ts), never mid-quiz.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW } from 'workbox-build';
import { SEARCH_PRECACHE_BUDGET, searchPrecache } from './search-precache';

/** The page shown for a navigation that is not cached while the network is down. */
const OFFLINE_PAGE = '/offline/';

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
        const { count, size, warnings } = await generateSW({
          globDirectory: fileURLToPath(dir),
          swDest: fileURLToPath(new URL('sw.js', dir)),
          // Every page and what it loads; the large social image and the 404 page are left out.
          globPatterns: ['**/*.{html,js,css,svg,webmanifest}', 'icon-192.png', 'apple-touch-icon.png'],
          globIgnores: ['404.html', 'pagefind/**', 'sw.js', 'workbox-*.js'],
          // The search index and what searches with it, listed apart (they are not all js or css).
          additionalManifestEntries: search.withinBudget ? search.entries : [],
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
              urlPattern: ({ request }) => request.mode === 'navigate',
              handler: 'NetworkOnly',
              // The slash first: a plugin that answers an error ends the search for an answer.
              options: { plugins: [slashless], precacheFallback: { fallbackURL: `${OFFLINE_PAGE}index.html` } },
            },
          ],
        });
        for (const w of warnings) logger.warn(w);
        const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
        const searchFiles = search.withinBudget ? search.entries.length : 0;
        logger.info(`sw.js: ${count - searchFiles} files of pages and assets precached (${kb(size)})`);
        if (search.withinBudget) logger.info(`sw.js: search index precached, ${search.entries.length} files, ${kb(search.bytes)} over the wire (budget ${kb(SEARCH_PRECACHE_BUDGET)})`);
        else logger.warn(`sw.js: search index is ${kb(search.bytes)} over the wire, over its ${kb(SEARCH_PRECACHE_BUDGET)} budget: not precached, cached as used`);
      },
    },
  };
}
