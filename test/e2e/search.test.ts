import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { useBrowser } from './context';
import { nextTopResult, popUp, resultLinks, searchOnPage, topResult } from './search-helpers';
import { t } from '../../src/i18n/id';

const b = useBrowser();
afterEach(() => b.closeAll());

describe('search page', () => {
  it('runs the query from the address (?q=)', async () => {
    const { page, errors } = await b.kept('/cari/?q=pelanggan');
    expect(await page.inputValue('#q')).toBe('pelanggan');
    const links = await resultLinks(page);
    expect(links.some((l) => l.startsWith('/panduan/'))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('indexes only main content: the header and footer are not in a page\'s indexed text', async () => {
    // (A header word cannot be searched for instead: Pagefind also matches a query by a short
    // indexed word it starts with, so "gelap" finds "Pasal 7 huruf g".)
    const { page } = await b.kept('/cari/');
    const content = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('loyalitas');
      return (await search.results[0].data()).content;
    })()`)) as string;
    expect(content).toMatch(/loyalitas/i);
    for (const chrome of [t('skip.link'), t('theme.toDark'), t('nav.label'), t('footer.privacy')]) expect(content).not.toContain(chrome);
  });

  it('finds a guide by a word and by another form of it (Indonesian stemming)', async () => {
    // "pembelianku" is written on no built page, so only stemming it to the root of
    // "pembelian" can find anything; check that here, so the test cannot pass on literal matches.
    const form = 'pembelianku';
    const literal = builtPages().filter((p) =>
      readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8').toLowerCase().includes(form),
    );
    expect(literal).toEqual([]);
    const { page } = await b.kept('/cari/?q=pembelian');
    const base = await topResult(page);
    expect((await nextTopResult(page, () => searchOnPage(page, form))).page).toBe(base.page);
    expect(base.page).toMatch(/^\/panduan\/./);
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
    const { page, errors } = await b.kept('/panduan/');
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
    const { page } = await b.kept('/', { viewport: { width: 1280, height: 800 } });
    await page.fill('#header-q', 'klien');
    await page.press('#header-q', 'Enter');
    await page.locator('pagefind-modal dialog').waitFor({ state: 'visible', timeout: 15_000 });
    expect(page.url()).not.toContain('/cari/');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
  });
});

describe('search filter', () => {
  it('narrows results to one category with native radio buttons', async () => {
    const { page } = await b.kept('/cari/?q=pelanggan');
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

describe('when words find nothing', () => {
  it('searches again with fewer words, and says so', async () => {
    // Both words are in the index, never on one page. (Pagefind already skips a word the index
    // does not hold at all.)
    const { page, errors } = await b.kept('/cari/?q=garansi%20churn');
    const note = page.locator('[data-search-note]');
    await expect.poll(() => note.innerText(), { timeout: 15_000 }).toContain('“garansi churn”');
    expect(await note.innerText()).toContain('“garansi”');
    expect((await topResult(page)).page).toBe('/panduan/hak-konsumen/');
    // The address keeps what the visitor typed.
    expect(new URL(page.url()).searchParams.get('q')).toBe('garansi churn');
    expect(errors).toEqual([]);
  });

  const NEEDED = ['/panduan/pemulihan-layanan/', '/panduan/hak-konsumen/', '/panduan/mengukur-kepuasan/', '/kamus/'];
  const neededLinks = (scope: import('playwright-core').Locator) =>
    scope.locator('[data-search-note] a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

  it('shows the pages most owners need when nothing matches, on the search page', async () => {
    const { page } = await b.kept('/cari/?q=qwxzv');
    await expect.poll(() => neededLinks(page.locator('main')), { timeout: 15_000 }).toEqual(NEEDED);
    await expect(page.locator('[data-search-note]').innerText()).resolves.toContain('qwxzv');
  });

  it('shows the same pages in the header pop-up', async () => {
    const { page } = await b.kept('/', { viewport: { width: 390, height: 844 } });
    const modal = await popUp(page, 'qwxzv');
    await expect.poll(() => neededLinks(modal), { timeout: 15_000 }).toEqual(NEEDED);
    // A new search clears them.
    await modal.locator('input').fill('loyal');
    await expect.poll(() => neededLinks(modal), { timeout: 15_000 }).toEqual([]);
    expect((await topResult(modal)).page).toBe('/panduan/loyalitas-pelanggan/');
  });
});

describe('what a result shows', () => {
  it('snippets carry no heading-anchor text, and a one-letter heading is never a section', async () => {
    const texts: string[] = [];
    const sections: string[] = [];
    const queries = ['refund', 'churn rate', 'klien', 'pelanggan marah'];
    const { page } = await b.kept(`/cari/?q=${queries[0]}`);
    for (const [i, q] of queries.entries()) {
      // The first query from the address, the next ones typed into the page's field.
      if (i === 0) await topResult(page);
      else await nextTopResult(page, () => searchOnPage(page, q));
      // Pagefind fills a result in when its placeholder (`.pf-skeleton`) comes within 50 px of
      // the view: wait until every result in view has its data; those are the results read
      // (results further down stay placeholders and have no excerpt yet).
      await page.waitForFunction(() =>
        [...document.querySelectorAll('pagefind-results .pf-skeleton')].every((el) => el.getBoundingClientRect().top > innerHeight + 50),
      );
      texts.push(...(await page.locator('.pf-result-excerpt, .pf-heading-excerpt').allInnerTexts()));
      sections.push(...(await page.locator('.pf-heading-link').allInnerTexts()));
    }
    expect(texts.length).toBeGreaterThan(5);
    expect(texts.filter((t) => /Tautan ke bagian ini/.test(t))).toEqual([]);
    expect(sections.filter((s) => s.trim().length <= 1)).toEqual([]);
  }, 120_000);

  it('the phone pop-up has one close button', async () => {
    const { page } = await b.kept('/', { viewport: { width: 390, height: 844 } });
    const modal = await popUp(page, 'refund');
    await topResult(modal);
    const close = modal.getByRole('button', { name: /tutup/i });
    const visible = await close.evaluateAll((els) => els.filter((e) => (e as HTMLElement).checkVisibility()).length);
    expect(visible).toBe(1);
    await close.first().click();
    await modal.locator('dialog').waitFor({ state: 'hidden' });
  });
});
