// Completes the policy after the build. Each page's <meta> policy keeps only the hashes of the
// inline code that page has; then dist/_headers (public/_headers holds the site-wide headers)
// gets the site's policy for every address (`/*`), plus what only a header can say: unknown
// addresses (answered with 404.html) and worker scripts need it as much as the pages do.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { inlineHashes, metaCsp, sitePolicy, trimHashes } from './csp';
import { formatHeaders, parseHeaders, type HeaderRule } from './headers-file';

/** Directives a <meta> policy may not carry: browsers ignore them there, with a console error. */
const HEADER_ONLY = ["frame-ancestors 'none'"];

export function pagePolicies(): AstroIntegration {
  return {
    name: 'paham:page-policies',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const file = join(root, '_headers');
        const rules: HeaderRule[] = parseHeaders(await readFile(file, 'utf8'));
        const policies: string[] = [];
        const pages = (await readdir(root, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${sep}`))
          .sort();
        for (const page of pages) {
          const html = await readFile(join(root, page), 'utf8');
          const csp = metaCsp(html);
          if (!csp) throw new Error(`${relative(root, join(root, page))}: no content-security-policy <meta>; is security.csp on?`);
          const trimmed = trimHashes(csp, inlineHashes(html));
          // The policy governs only what follows it: move it up to right after <meta charset>.
          const meta = `<meta http-equiv="content-security-policy" content="${trimmed}">`;
          const moved = html.replace(/<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i, '').replace(/<meta charset="utf-8">/i, `$&${meta}`);
          if (!moved.includes(meta)) throw new Error(`${page}: no <meta charset="utf-8"> to put the policy after`);
          await writeFile(join(root, page), moved);
          policies.push(trimmed);
        }
        const everywhere = rules.find((r) => r.path === '/*');
        const csp: [string, string] = ['Content-Security-Policy', sitePolicy(policies, HEADER_ONLY)];
        if (everywhere) everywhere.headers.push(csp);
        else rules.unshift({ path: '/*', headers: [csp] });
        await writeFile(file, formatHeaders(rules));
        logger.info(`_headers: the site's policy for every address, from ${pages.length} pages`);
      },
    },
  };
}
