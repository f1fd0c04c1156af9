// Owners' words: what an owner with a problem types finds the page that helps, first, both on the
// search page (/cari/?q=) and in the header's pop-up on a phone. The words live in each page's
// `kata_lain` (README, "Search words").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { useBrowser } from './context';
import { nextTopResult, popUp, searchOnPage, topResult } from './search-helpers';

const b = useBrowser();
const PHONE = { viewport: { width: 390, height: 844 } };

/** An owner's query, the pages that answer it (any of them first), and a section it must offer. */
const QUERIES: { q: string; pages: string[]; section?: RegExp; excerpt?: RegExp }[] = [
  // A customer threatens to report: the guide for that moment, or the consumer-law guide.
  { q: 'mau lapor ke BPSK', pages: ['/panduan/pelanggan-mengancam-melapor/', '/panduan/hak-konsumen/'] },
  { q: 'lapor BPSK', pages: ['/panduan/pelanggan-mengancam-melapor/', '/panduan/hak-konsumen/'] },
  // A one-star review: the recovery guide, with its review replies.
  { q: 'review jelek', pages: ['/panduan/pemulihan-layanan/'], section: /^\/panduan\/pemulihan-layanan\/#ulasan-bintang-satu/ },
  // A complaint in chat: the recovery guide's WhatsApp section, though the page says "keluhan".
  { q: 'komplain WhatsApp', pages: ['/panduan/pemulihan-layanan/'], section: /^\/panduan\/pemulihan-layanan\/#keluhan-lewat-whatsapp$/ },
  // NPS went down: the calculator, which compares two periods.
  { q: 'NPS turun', pages: ['/kalkulator/nps/'], excerpt: /periode/i },
];

/** What is wrong with the first result for `want`, or '' when it is right. */
function wrong(found: Awaited<ReturnType<typeof topResult>>, want: (typeof QUERIES)[number]): string {
  if (!want.pages.includes(found.page)) return `"${want.q}": first result ${found.page}`;
  if (want.section && !found.sections.some((s) => want.section!.test(s))) return `"${want.q}": sections ${found.sections.join(', ')}`;
  if (want.excerpt && !want.excerpt.test(found.excerpt)) return `"${want.q}": excerpt ${found.excerpt}`;
  return '';
}

// One page for all the queries of a test (the file's kept page): the first query arrives as a
// visitor's first search does (in the address; in the header's field), and the next ones are
// typed into the same page's search field, as a visitor's next search would be. Both ways run the
// same search of the same Pagefind instance (src/scripts/search-page.ts, the pop-up's own field).
describe('owners find the right page in their own words', () => {
  it('on the search page (/cari/?q=)', async () => {
    const [first, ...next] = QUERIES;
    const { page, errors } = await b.kept(`/cari/?q=${encodeURIComponent(first!.q)}`);
    const problems = [wrong(await topResult(page), first!)];
    for (const want of next) problems.push(wrong(await nextTopResult(page, () => searchOnPage(page, want.q)), want));
    // The address follows the query typed last.
    expect(new URL(page.url()).searchParams.get('q')).toBe(QUERIES.at(-1)!.q);
    expect(problems.filter(Boolean)).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);

  it('in the header pop-up on a phone', async () => {
    const [first, ...next] = QUERIES;
    const { page } = await b.kept('/', PHONE);
    const modal = await popUp(page, first!.q);
    const problems = [wrong(await topResult(modal), first!)];
    for (const want of next) problems.push(wrong(await nextTopResult(modal, () => modal.locator('input').fill(want.q)), want));
    expect(problems.filter(Boolean)).toEqual([]);
  }, 120_000);
});

describe('where the words live', () => {
  it('reach the index, never the pages: the build takes them out once indexed', () => {
    const carrying = builtPages().filter((p) => /data-kata-lain|kata_lain:/.test(readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8')));
    expect(carrying).toEqual([]);
  });
});
