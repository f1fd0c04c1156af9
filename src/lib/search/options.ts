// How this site asks Pagefind to search, in one place for the search page, the header's pop-up
// and the tests that query the index directly.

/** Pagefind metadata key that carries a page's own search words (front matter `kata_lain.halaman`). */
export const SEARCH_WORDS_META = 'kata_lain';

/**
 * Options for every Pagefind instance on the site. Pagefind searches metadata and boosts pages
 * whose metadata matches (title 5× by default); owners' words for a page weigh like its title, so
 * "komplain" finds the guide about *keluhan* before a page that mentions a complaint in passing.
 */
export const SEARCH_OPTIONS = {
  ranking: { metaWeights: { title: 5, [SEARCH_WORDS_META]: 5 } },
} as const;
