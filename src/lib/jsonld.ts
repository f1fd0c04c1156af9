// Builders for schema.org structured data; pure so tests can check their shape.
const ORG = { '@type': 'Organization', name: 'Paham Pelanggan' } as const;

export function breadcrumbList(site: URL, items: { href: string; label: string }[]): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: item.label,
      item: new URL(item.href, site).href,
    })),
  };
}

export function article(site: URL, a: { path: string; title: string; description: string; updated: Date }): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: a.title,
    description: a.description,
    inLanguage: 'id',
    dateModified: a.updated.toISOString().slice(0, 10),
    mainEntityOfPage: new URL(a.path, site).href,
    author: ORG,
    publisher: ORG,
  };
}

export function webSite(site: URL): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: 'Paham Pelanggan',
    url: site.href,
    inLanguage: 'id',
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: new URL('/cari/?q={search_term_string}', site).href },
      'query-input': 'required name=search_term_string',
    },
  };
}
