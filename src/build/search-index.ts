// Builds the Pagefind index after Astro has written the pages, then takes out of them what only
// the index needs: owners' own words (front matter `kata_lain`, src/schemas/search-words.ts) travel
// to Pagefind in the HTML and are removed before the pages are served, so no visitor downloads
// them and a guide's first view stays within its 14 KB. Runs before the service worker is
// written, so the worker can precache the index (src/build/service-worker.ts).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { SEARCH_WORDS_META } from '../lib/search/options';

/**
 * Elements Pagefind skips, named here rather than marked in every page (bytes in each guide's first
 * view): heading anchors, whose "Tautan ke bagian ini" would fill snippets, and a guide's links to
 * practise and to related guides, whose words would match the guide (components/GuideFooter.astro).
 */
export const EXCLUDED_FROM_SEARCH = ['.anchor-link', 'section.practice', 'section.related'];

/** Attributes written for the index alone (see Base.astro and components/mdx/Heading.astro). */
const INDEX_ONLY = [
  new RegExp(` data-pagefind-meta="${SEARCH_WORDS_META}:[^"]*"`, 'g'),
  / data-kata-lain="[^"]*"/g,
  / data-pagefind-index-attrs="data-kata-lain"/g,
];

/** `html` without the attributes only the search index reads. */
export function withoutIndexOnly(html: string): string {
  return INDEX_ONLY.reduce((text, re) => text.replace(re, ''), html);
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => join(e.parentPath, e.name));
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'paham:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_SEARCH });
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
        await pagefind.close();
        const problems = [...added.errors, ...written.errors];
        if (problems.length) throw new Error(`Pagefind: ${problems.join('; ')}`);
        let stripped = 0;
        for (const file of await htmlFiles(site)) {
          if (file.startsWith(join(site, 'pagefind'))) continue;
          const html = await readFile(file, 'utf8');
          const lean = withoutIndexOnly(html);
          if (lean !== html) {
            await writeFile(file, lean);
            stripped++;
          }
        }
        const ms = performance.now() - started;
        logger.info(`Pagefind: ${added.page_count} HTML files read in ${(ms / 1000).toFixed(1)} s; search words taken out of ${stripped} pages`);
      },
    },
  };
}
