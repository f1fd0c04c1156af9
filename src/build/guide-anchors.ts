// Anchors a guide offers, read from its MDX source without rendering it, so the question bank can
// be checked while collections load (`astro sync`). The build re-checks against the real heading
// ids (src/lib/quiz-bank.ts), so a drift between this reading and Astro's shows up as an error.

/**
 * Heading id as Astro makes it (github-slugger): lowercase, punctuation and symbols dropped,
 * spaces to hyphens. Letters, marks, digits, `-` and `_` stay.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

/** A slugger that numbers repeats (`-1`, `-2`, …) like github-slugger does within one document. */
export function createSlugger(): (text: string) => string {
  const seen = new Map<string, number>();
  return (text) => {
    const base = slugify(text);
    let slug = base;
    while (seen.has(slug)) {
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      slug = `${base}-${n}`;
    }
    seen.set(slug, 0);
    return slug;
  };
}

/** Plain text of a Markdown heading line: tags, emphasis, code ticks and link targets removed. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`~]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Slugs of a guide's `#`–`######` headings, read from its MDX source (fenced code skipped). */
export function headingAnchorsFromMdx(source: string): Set<string> {
  const anchors = new Set<string>();
  const slug = createSlugger();
  let fenced = false;
  for (const line of stripFrontMatter(source).split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const h = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (h) anchors.add(slug(headingText(h[2] ?? '')));
  }
  return anchors;
}

/**
 * Anchors that components add: the ids of `<TypeCard id>` and of every type on the axis of a
 * `<TypeList axis>`, and `ringkasan` when the guide has a `<Ringkasan>` box.
 */
export function componentAnchorsFromMdx(source: string, typesByAxis: ReadonlyMap<string, readonly string[]>): Set<string> {
  const body = stripFrontMatter(source);
  const anchors = new Set<string>();
  for (const m of body.matchAll(/<TypeCard\s[^>]*\bid="([^"]+)"/g)) anchors.add(m[1] as string);
  for (const m of body.matchAll(/<TypeList\s[^>]*\baxis="([^"]+)"/g)) {
    for (const id of typesByAxis.get(m[1] as string) ?? []) anchors.add(id);
  }
  if (/<Ringkasan[\s>]/.test(body)) anchors.add('ringkasan');
  return anchors;
}

/** Every anchor of a guide: heading slugs and component anchors. */
export function anchorsFromMdx(source: string, typesByAxis: ReadonlyMap<string, readonly string[]>): Set<string> {
  return new Set([...headingAnchorsFromMdx(source), ...componentAnchorsFromMdx(source, typesByAxis)]);
}

function stripFrontMatter(source: string): string {
  return source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, '');
}
