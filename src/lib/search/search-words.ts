// Checks and shapes a page's own search words (front matter `kata_lain`, src/schemas/search-words.ts).
import type { SearchWords } from '../../schemas/search-words';

/**
 * One line per section key of `words` that names no heading of the page, as the build reports
 * content problems: `file › kata_lain.bagian.<id>: …`, with the ids there are.
 */
export function sectionWordProblems(file: string, words: SearchWords | undefined, headingIds: ReadonlySet<string>): string[] {
  return Object.keys(words?.bagian ?? {})
    .filter((id) => !headingIds.has(id))
    .map((id) => `${file} › kata_lain.bagian.${id}: no heading has this id (headings: ${[...headingIds].join(', ')})`);
}

/**
 * The page's words as one Pagefind metadata value (`data-pagefind-meta`, inline form), or
 * undefined when it has none.
 */
export function pageWordsMeta(metaKey: string, words: SearchWords | undefined): string | undefined {
  const list = words?.halaman;
  return list?.length ? `${metaKey}:${list.join(', ')}` : undefined;
}
