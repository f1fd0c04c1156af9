// Completes dist/_headers after the build: public/_headers holds the site-wide headers, and each
// page gets its Content-Security-Policy as a header too, the same policy as its <meta> (hashes
// differ per page) plus what only a header can say.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerCsp, metaCsp, parseHeaders, type HeaderRule } from '../lib/static-headers';

/** Directives a <meta> policy may not carry: browsers ignore them there, with a console error. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

const urlPath = (file: string) => '/' + file.split(sep).join('/').replace(/(^|\/)index\.html$/, '$1');

export function staticHeaders(): AstroIntegration {
  return {
    name: 'paham:static-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, '_headers');
        const rules: HeaderRule[] = parseHeaders(await readFile(file, 'utf8'));
        const pages = (await readdir(root, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
          .sort();
        for (const page of pages) {
          const csp = metaCsp(await readFile(join(root, page), 'utf8'));
          if (!csp) throw new Error(`${relative(root, join(root, page))}: no content-security-policy <meta>; is security.csp on?`);
          rules.push({ path: urlPath(page), headers: [['Content-Security-Policy', headerCsp(csp, HEADER_ONLY)]] });
        }
        await writeFile(file, formatHeaders(rules));
        logger.info(`_headers: ${pages.length} pages with their policy`);
      },
    },
  };
}
