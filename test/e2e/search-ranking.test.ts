// Pagefind's own API over the built index: the page a reader expects comes first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useBrowser } from './context';
import type { Page } from 'playwright-core';
import { SEARCH_OPTIONS } from '../../src/lib/search/options';

const b = useBrowser();
let page: Page;
beforeAll(async () => {
  page = (await b.open('/cari/')).page;
});
afterAll(() => b.closeAll());

async function top(query: string): Promise<string[]> {
  // A string, not a function: the test runner would rewrite a function's dynamic import().
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options(${JSON.stringify(SEARCH_OPTIONS)});
    const search = await pagefind.search(${JSON.stringify(query)});
    const data = await Promise.all(search.results.slice(0, 3).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`);
}

const EXPECTED: [string, string[]][] = [
  ['pelanggan marah', ['/panduan/jenis-pelanggan/berdasarkan-hubungan/', '/panduan/menghadapi-pelanggan-bermasalah/']],
  ['loyal', ['/panduan/loyalitas-pelanggan/']],
  ['churn', ['/kalkulator/churn/', '/panduan/mengukur-kepuasan/']],
  ['klien', ['/panduan/pelanggan-konsumen-klien/']],
  ['pelanggan internal', ['/panduan/jenis-pelanggan/berdasarkan-posisi/']],
  ['CRM', ['/panduan/teknologi-crm/']],
];

describe('search ranking', () => {
  for (const [query, expected] of EXPECTED) {
    it(`"${query}" puts ${expected.join(' or ')} first`, async () => {
      const urls = await top(query);
      expect(expected).toContain(urls[0]);
    });
  }
  it('does not index pages that only list others', async () => {
    const urls = await top('panduan');
    expect(urls).not.toContain('/');
    expect(urls).not.toContain('/panduan/');
  });
});
