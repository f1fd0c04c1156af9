// What the search browser tests share: reading Pagefind's results once they have settled, in the
// search page or the header's pop-up.
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';

const path = (href: string) => {
  const url = new URL(href);
  return url.pathname + url.hash;
};

/** Result links once they have settled (results re-render while a query is still typed). */
export async function resultLinks(page: Page): Promise<string[]> {
  let links: string[] = [];
  await expect
    .poll(
      async () => {
        links = await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        return links.length;
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  return links;
}

/**
 * The first result once it has loaded: its page and the sections under it. Results render as
 * placeholders that fill in as their data arrives, in any order, so the first link on the page
 * is not always the top result. The list can also be drawn again while a new query settles, so
 * the page, sections and excerpt are read from one element in one go, never across two drawings.
 */
export async function topResult(scope: Page | Locator): Promise<{ page: string; sections: string[]; excerpt: string }> {
  const first = scope.locator('pagefind-results li.pf-result').first();
  let found = { page: '', sections: [] as string[], excerpt: '' };
  await expect
    .poll(
      async () => {
        const read = await first
          .evaluate((li) => ({
            href: li.querySelector('a.pf-result-link')?.getAttribute('href') ?? '',
            sections: [...li.querySelectorAll('a.pf-heading-link')].map((a) => (a as HTMLAnchorElement).href),
            excerpt: (li.querySelector('.pf-result-excerpt') as HTMLElement | null)?.innerText ?? '',
          }))
          .catch(() => ({ href: '', sections: [], excerpt: '' }));
        found = { page: read.href ? new URL(read.href, 'http://x').pathname : '', sections: read.sections.map(path), excerpt: read.excerpt };
        return found.page;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return found;
}

/** Opens the header's search pop-up on `page` with `query` typed into the header field. */
export async function popUp(page: Page, query: string): Promise<Locator> {
  await page.fill('#header-q', query);
  await page.press('#header-q', 'Enter');
  const modal = page.locator('pagefind-modal');
  await modal.locator('dialog').waitFor({ state: 'visible', timeout: 15_000 });
  return modal;
}

/**
 * The first result of a new search on a page that already shows results: `search` runs it (a
 * query typed into the page's own field, as a visitor's next search is). The results on screen
 * are marked first; Pagefind empties its list when a search starts and fills it anew, so a
 * result without the mark is the new search's, and the marked ones are gone by then.
 */
export async function nextTopResult(scope: Page | Locator, search: () => Promise<void>): Promise<Awaited<ReturnType<typeof topResult>>> {
  await scope.locator('pagefind-results li.pf-result').evaluateAll((lis) => lis.forEach((li) => li.setAttribute('data-read', '')));
  await search();
  await scope.locator('pagefind-results li.pf-result:not([data-read])').first().waitFor({ state: 'attached', timeout: 15_000 });
  return topResult(scope);
}

/** Types `query` into the search page's own field and sends it (Enter). */
export async function searchOnPage(page: Page, query: string): Promise<void> {
  await page.fill('#q', query);
  await page.press('#q', 'Enter');
}
