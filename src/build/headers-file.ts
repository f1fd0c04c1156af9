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
