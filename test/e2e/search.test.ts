import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());

/** Result links once they have settled (results re-render while a query is still typed). */
async function resultLinks(page: import('playwright-core').Page): Promise<string[]> {
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
 * The first result's page once it has loaded. Results render as placeholders that fill in as
 * their data arrives, in any order, so the first link on the page is not always the top result.
 */
async function topResult(page: import('playwright-core').Page): Promise<string> {
  let top = '';
  await expect
    .poll(
      async () => {
        const href = await page.locator('pagefind-results li').first().evaluate((li) => li.querySelector('a')?.href ?? '').catch(() => '');
        top = href ? new URL(href).pathname : '';
        return top;
      },
      { timeout: 15_000 },
    )
    .not.toBe('');
  return top;
}

describe('search page', () => {
  it('runs the query from the address (?q=)', async () => {
    const { page, errors } = await b.open('/cari/?q=pelanggan');
    expect(await page.inputValue('#q')).toBe('pelanggan');
    const links = await resultLinks(page);
    expect(links.some((l) => l.startsWith('/panduan/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('indexes only main content: a word of the header alone finds nothing', async () => {
    // "gelap" is on every page, in the header's theme button, and in no guide.
    const { page } = await b.open('/cari/?q=gelap');
    const summary = page.locator('pagefind-summary');
    // Wait for the search to settle: the summary says "Mencari …" until it has an answer.
    await expect.poll(() => summary.innerText(), { timeout: 15_000 }).toMatch(/^(?!Mencari)\S/);
    expect(await summary.innerText()).toMatch(/tidak ditemukan|Tidak ada hasil/);
    expect(await page.locator('pagefind-results a').count()).toBe(0);
    // The same settled wait sees results for a word of the guides, so it is not blind.
    const { page: p2 } = await b.open('/cari/?q=pelanggan');
    await expect.poll(() => p2.locator('pagefind-summary').innerText(), { timeout: 15_000 }).toMatch(/\d+ hasil/);
  });

  it('finds a guide by a word and by another form of it (Indonesian stemming)', async () => {
    // "pembeliannya" is written on no built page, so only stemming it to the root of
    // "pembelian" can find anything; check that here, so the test cannot pass on literal matches.
    const form = 'pembeliannya';
    const literal = builtPages().filter((p) =>
      readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8').toLowerCase().includes(form),
    );
    expect(literal).toEqual([]);
    const { page } = await b.open('/cari/?q=pembelian');
    const base = await topResult(page);
    const { page: p2 } = await b.open(`/cari/?q=${form}`);
    expect(await topResult(p2)).toBe(base);
    expect(base).toMatch(/^\/panduan\/./);
  });

  it('the header form is a plain form that reaches the search page without scripts', async () => {
    const { page } = await b.open('/', { javaScriptEnabled: false });
    await page.fill('#header-q', 'loyal');
    await Promise.all([page.waitForURL('**/cari/?q=loyal'), page.press('#header-q', 'Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Cari');
  });
});

describe('search dialog', () => {
  it('opens with Ctrl+K from any page, shows results, and closes with Escape', async () => {
    const { page, errors } = await b.open('/panduan/');
    // Nothing of the search UI is loaded before first use.
    expect(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => r.name.includes('pagefind')))).toBe(false);
    await page.keyboard.press('Control+k');
    const dialog = page.locator('pagefind-modal dialog');
    await dialog.waitFor({ state: 'visible', timeout: 15_000 });
    await page.keyboard.type('loyal');
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(errors).toEqual([]);
  });

  it('opens from the header form with the typed words', async () => {
    const { page } = await b.open('/', { viewport: { width: 1280, height: 800 } });
    await page.fill('#header-q', 'klien');
    await page.press('#header-q', 'Enter');
    await page.locator('pagefind-modal dialog').waitFor({ state: 'visible', timeout: 15_000 });
    expect(page.url()).not.toContain('/cari/');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  });
});

describe('search filter', () => {
  it('narrows results to one category with native radio buttons', async () => {
    const { page } = await b.open('/cari/?q=pelanggan');
    await resultLinks(page);
    await page.check('input[name="kategori"][value="Referensi"]');
    await expect
      .poll(async () => {
        const links = await page.locator('pagefind-results a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        return links.length > 0 && links.every((l) => l === '/kamus/' || l === '/faq/');
      }, { timeout: 10_000 })
      .toBe(true);
  });
});
