import { createHash } from 'node:crypto';

// The `_headers` file that static hosts read (Netlify, Cloudflare Pages): path patterns, each
// followed by indented `Name: value` lines. The build writes it; the test server obeys it, so
// the browser tests run under the same headers visitors get.

/** One block of a `_headers` file: a path pattern and the headers it sets. */
export interface HeaderRule {
  /** Exact path (`/panduan/`) or a pattern with a trailing `*` (`/_astro/*`). */
  path: string;
  /** Header names as written, in order. */
  headers: [name: string, value: string][];
}

/** Reads a `_headers` file; comments (`#`) and blank lines are skipped. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: "${line.trim()}" belongs to no path or has no colon`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** Writes rules back in the same format. */
export function formatHeaders(rules: readonly HeaderRule[]): string {
  return rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/** The rules whose pattern matches `path`, in file order. */
export function rulesFor(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter((r) => (r.path.endsWith('*') ? path.startsWith(r.path.slice(0, -1)) : r.path === path));
}

/**
 * The headers a request for `path` gets: every matching rule applies, in file order, and a later
 * value for the same header (case-insensitive) replaces an earlier one.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const out = new Map<string, [string, string]>();
  for (const rule of rulesFor(rules, path)) {
    for (const [name, value] of rule.headers) out.set(name.toLowerCase(), [name, value]);
  }
  return Object.fromEntries([...out.values()]);
}

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
