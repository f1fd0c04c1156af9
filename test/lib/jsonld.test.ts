import { describe, expect, it } from 'vitest';
import { article, breadcrumbList, webSite } from '../../src/lib/jsonld';

const site = new URL('https://pahampelanggan.id/');

describe('structured data', () => {
  it('builds a WebSite with a SearchAction to the search page', () => {
    const ld = webSite(site) as { potentialAction: { target: { urlTemplate: string } } };
    expect(ld.potentialAction.target.urlTemplate).toBe('https://pahampelanggan.id/cari/?q={search_term_string}');
  });
  it('numbers breadcrumb items from 1 with absolute URLs', () => {
    const ld = breadcrumbList(site, [{ href: '/', label: 'Beranda' }, { href: '/panduan/', label: 'Panduan' }]) as {
      itemListElement: { position: number; item: string }[];
    };
    expect(ld.itemListElement.map((i) => [i.position, i.item])).toEqual([
      [1, 'https://pahampelanggan.id/'],
      [2, 'https://pahampelanggan.id/panduan/'],
    ]);
  });
  it('dates an article by its last update', () => {
    const ld = article(site, { path: '/panduan/x/', title: 'X', description: 'Y', updated: new Date('2026-11-22') }) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Article', dateModified: '2026-11-22', inLanguage: 'id', mainEntityOfPage: 'https://pahampelanggan.id/panduan/x/' });
  });
});
