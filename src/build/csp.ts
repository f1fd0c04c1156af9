// A page's Content-Security-Policy as the build finishes it: read from the <meta> Astro writes,
// narrowed to the hashes of the page's own inline code, and extended for the header twin.
import { createHash } from 'node:crypto';

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/.exec(tag)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** `'sha256-…'` sources for every inline <script> and <style> body in a page. */
export function inlineHashes(html: string): Set<string> {
  const bodies = [...html.matchAll(/<(script|style)\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2]!);
  return new Set(bodies.map((b) => `'sha256-${createHash('sha256').update(b).digest('base64')}'`));
}

/**
 * Keeps only the hash sources of `policy` that match an inline element of the page. Astro lists
 * the hashes of the whole build on every page; each costs bytes of the first view and allows
 * code the page does not have.
 */
export function trimHashes(policy: string, present: ReadonlySet<string>): string {
  return policy.replace(/ ?'sha(256|384|512)-[^']+'/g, (source) => (present.has(source.trim()) ? source : ''));
}

const HASH = /^'sha(256|384|512)-/;

/**
 * One policy for every address of the site, sent as a header: what any page's policy allows
 * (pages differ only in the hashes of their inline code), plus the header-only directives. A
 * static host answers an unknown address with 404.html under that address's headers, and a
 * worker's policy comes from its own response, so a policy per page path leaves both without
 * one. Each page's <meta> keeps its own narrower policy, and a browser enforces both.
 */
export function sitePolicy(pages: readonly string[], headerOnly: readonly string[]): string {
  const merged = new Map<string, string[]>();
  let shape: string | undefined;
  for (const policy of pages) {
    const directives = policy.split(';').map((d) => d.trim().split(/\s+/)).filter((d) => d[0]);
    // Everything but the hashes must be the same on every page: a page may not widen the site's policy.
    const own = directives.map((d) => d.filter((s) => !HASH.test(s)).join(' ')).join('; ');
    if (shape !== undefined && own !== shape) throw new Error(`pages' policies differ beyond their hashes: "${shape}" and "${own}"`);
    shape = own;
    for (const [name, ...sources] of directives) {
      const list = merged.get(name!) ?? [];
      for (const source of sources) if (!list.includes(source)) list.push(source);
      merged.set(name!, list);
    }
  }
  return [...[...merged].map(([name, sources]) => [name, ...sources].join(' ')), ...headerOnly].join('; ');
}
