// A page's Content-Security-Policy as the build finishes it: read from the <meta> Astro writes,
// narrowed to the hashes of the page's own inline code, and extended for the header twin.
import { createHash } from 'node:crypto';

/** The policy of a page's `<meta http-equiv="content-security-policy">`, or undefined. */
export function metaCsp(html: string): string | undefined {
  const tag = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i.exec(html)?.[0];
  const content = tag && /\scontent="([^"]*)"/.exec(tag)?.[1];
  return content?.replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/**
 * A page's header policy: its meta policy plus the directives a meta element cannot carry
 * (`frame-ancestors`), so the header is the stricter twin of the meta, never a looser one.
 */
export function headerCsp(meta: string, headerOnly: readonly string[]): string {
  const directives = meta
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...headerOnly].join('; ');
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
