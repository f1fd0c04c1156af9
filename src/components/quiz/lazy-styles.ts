// Styles a quiz script needs only once it runs (feedback, the summary): linked when the script
// loads, so a page's first view does not carry them. Imported as URLs (`?url`), because a plain
// CSS import anywhere in a page script's module graph, dynamic imports included, is inlined into
// the page by Astro. A sheet loaded this way must never be imported plainly as well: the build
// would drop its file. Each sheet is linked once; `'self'` in the policy allows it.
const linked = new Set<string>();

/** Links the stylesheet at `href` (a Vite `?url` import) unless it already is. */
export function linkStyles(href: string): void {
  if (linked.has(href) || typeof document === 'undefined') return;
  linked.add(href);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}
