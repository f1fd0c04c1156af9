// Checks over the built files in dist/: links, budgets, metadata. No browser needed,
// but they need the build that the e2e global setup makes.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bank } from './quiz-helpers';
import { pageWeight } from '../bench/weights.mjs';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { parseHeaders, rulesFor } from '../../src/build/headers-file';
import { CALCULATORS, calculatorPath } from '../../src/lib/calculators/registry';

const pages = builtPages();
const html = new Map(pages.map((p) => [p, readFileSync(join(DIST, p.endsWith('/') ? `${p}index.html` : p), 'utf8')]));
const idsOf = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

describe('internal links', () => {
  it('every internal link and anchor on every page resolves', () => {
    const broken: string[] = [];
    for (const [page, text] of html) {
      for (const m of text.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
        const href = m[1]!.replaceAll('&amp;', '&');
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const url = new URL(href, `http://x${page}`);
        const target = url.pathname;
        const file = target.endsWith('/') ? join(DIST, target, 'index.html') : join(DIST, target);
        if (!existsSync(file)) {
          broken.push(`${page} → ${href} (no page)`);
          continue;
        }
        const hash = decodeURIComponent(url.hash.slice(1));
        if (hash && !idsOf(html.get(target) ?? readFileSync(file, 'utf8')).has(hash)) broken.push(`${page} → ${href} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('no vendor from the source documents is named anywhere in the build', () => {
    const vendors = /blazwa|hashmicro|mekari|qontak|bc\.game|bcgame|kasir pintar|crm-leads|hash retail/i;
    const named = pages.filter((p) => vendors.test(html.get(p)!));
    expect(named).toEqual([]);
  });
});

describe('metadata', () => {
  it('every page has a unique title, a description and a canonical URL', () => {
    const titles = new Map<string, string>();
    for (const [page, text] of html) {
      const title = /<title>([^<]+)<\/title>/.exec(text)?.[1];
      expect(title, page).toBeTruthy();
      if (page !== '/404.html') {
        expect(titles.get(title!), `${page} repeats the title of ${titles.get(title!)}`).toBeUndefined();
        titles.set(title!, page);
      }
      expect(text, page).toMatch(/<meta name="description" content="[^"]{40,}"/);
      expect(text, page).toMatch(/<link rel="canonical" href="https:\/\/pahampelanggan\.id\//);
      expect(text, page).toMatch(/<meta property="og:title"/);
    }
  });

  it('publishes a sitemap, robots.txt naming it, and a web manifest', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain('Sitemap: https://pahampelanggan.id/sitemap-index.xml');
    const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('https://pahampelanggan.id/panduan/');
    expect(sitemap).not.toContain('404');
    expect(JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')).lang).toBe('id');
  });
});

describe('the calculator list', () => {
  it('every registered calculator is built and linked from /kalkulator/, and every calculator page is registered', () => {
    const registered = CALCULATORS.map((c) => calculatorPath(c.slug));
    expect(registered.filter((p) => !pages.includes(p))).toEqual([]);
    const list = html.get('/kalkulator/') ?? '';
    expect(registered.filter((p) => !list.includes(`href="${p}"`))).toEqual([]);
    // The survey report reads whole files and is not a calculator of the list.
    const built = pages.filter((p) => /^\/kalkulator\/[^/]+\/$/.test(p) && p !== '/kalkulator/laporan/');
    expect(built.sort()).toEqual([...registered].sort());
  });
});

describe('script budget', () => {
  const guides = pages.filter((p) => p.startsWith('/panduan/'));
  it('guide pages ship no framework runtime and at most 4 KB of script before interaction', () => {
    expect(guides.length).toBeGreaterThan(1);
    const over = guides
      .map((p) => ({ p, w: pageWeight(DIST, p) }))
      .filter(({ w }) => w.jsGzip > 4096 || w.frameworkRuntime)
      .map(({ p, w }) => `${p}: ${w.jsGzip} B, runtime ${w.frameworkRuntime}`);
    expect(over).toEqual([]);
  });

  it('every guide renders after one round trip: HTML and render-blocking CSS within 14 KB (gzip -9)', () => {
    const over = guides
      .map((p) => ({ p, w: pageWeight(DIST, p) }))
      .filter(({ w }) => w.firstViewGzip > 14 * 1024)
      .map(({ p, w }) => `${p}: ${w.firstViewGzip} B`);
    expect(over).toEqual([]);
  });

  it('the home page renders after one round trip (14 KB, gzip -9) and runs no island: only the script every page has', () => {
    const home = pageWeight(DIST, '/');
    // The control: a page with nothing but the header's script.
    const control = pageWeight(DIST, '/kamus/');
    expect(home.firstViewGzip).toBeLessThanOrEqual(14 * 1024);
    expect(home.frameworkRuntime).toBe(false);
    expect(html.get('/')).not.toContain('<astro-island');
    expect(home.jsFiles).toEqual(control.jsFiles);
  });

  it('each calculator page runs at most 25 KB of script (gzip) before interaction, and loads at most 21 KB more on use (SheetJS apart)', () => {
    const weights = CALCULATORS.map((c) => ({ p: calculatorPath(c.slug), readsScores: c.readsScores, w: pageWeight(DIST, calculatorPath(c.slug)) }));
    // On use: the scores input and the parse worker (the report's reader, Papa Parse as published),
    // on the pages that read scores; SheetJS only when an .xlsx is opened, as on the report page.
    expect(weights.filter(({ readsScores }) => readsScores).every(({ w }) => w.jsOnUseGzip - w.sheetJsGzip > 3000)).toBe(true);
    const over = weights
      .filter(({ w }) => w.jsGzip > 25 * 1024 || w.jsOnUseGzip - w.sheetJsGzip > 21 * 1024)
      .map(({ p, w }) => `${p}: ${w.jsGzip} B before interaction, ${w.jsOnUseGzip - w.sheetJsGzip} B on use and ${w.sheetJsGzip} B of SheetJS for an .xlsx`);
    expect(over).toEqual([]);
  });

  it('the survey report page runs at most 30 KB of script (gzip) before interaction; its view, worker and SheetJS load on use', () => {
    const w = pageWeight(DIST, '/kalkulator/laporan/');
    expect(w.jsGzip).toBeLessThanOrEqual(30 * 1024);
    const files = readdirSync(join(DIST, '_astro'));
    const worker = files.filter((f) => /^report-worker.*\.js$/.test(f));
    const sheetjs = files.filter((f) => /^xlsx.*\.js$/.test(f));
    expect(worker).toHaveLength(1);
    expect(sheetjs).toHaveLength(1);
    // Neither is part of what the page runs up front, and SheetJS is not inside the worker.
    expect(w.jsFiles.some((f) => /report-worker|xlsx|ReportView/.test(f))).toBe(false);
    expect(readFileSync(join(DIST, '_astro', worker[0]!), 'utf8')).not.toContain('SheetJS');
  });

  it('a topic quiz page is at most 20 KB of HTML', () => {
    expect(html.get('/kuis/posisi/')!.length).toBeLessThanOrEqual(20 * 1024);
  });

  it('quiz pages do not load the calculators\' shared code', () => {
    for (const p of ['/kuis/', '/kuis/posisi/']) expect(pageWeight(DIST, p).jsFiles.filter((f) => /\/calc\./.test(f)), p).toEqual([]);
  });
});

describe('static host files', () => {
  const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));

  it('_headers gives every address the policy, unknown ones and workers too, and never sets a header twice for one path', () => {
    const paths = [...pages, '/halaman-yang-tidak-ada/', '/_astro/report-worker.x.js', '/_astro/x.js', '/pagefind/fragment/x.pf_fragment', '/pagefind/pagefind.js', '/sw.js'];
    for (const path of paths) {
      const names = rulesFor(rules, path).flatMap((r) => r.headers.map(([n]) => n.toLowerCase()));
      expect(names.filter((n, i) => names.indexOf(n) !== i), path).toEqual([]);
      expect(names, path).toContain('content-security-policy');
    }
    expect(rulesFor(rules, '/_astro/x.js').flatMap((r) => r.headers)).toContainEqual(['Cache-Control', 'public, max-age=31536000, immutable']);
  });

  it('the service worker precaches every guide, calculator and quiz page, and the offline page', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => '/' + m[1]!.replace(/index\.html$/, '')));
    const wanted = pages.filter((p) => /^\/(panduan|kalkulator|kuis|offline)\//.test(p) || p === '/');
    expect(wanted.length).toBeGreaterThan(25);
    expect(wanted.filter((p) => !precached.has(p))).toEqual([]);
    expect(precached.has('/404.html')).toBe(false);
  });

  it('precaches what a quiz fetches, and leaves SheetJS to be cached when an .xlsx is first read', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]!));
    const items = readdirSync(join(DIST, 'kuis/soal'));
    expect(items).toHaveLength(bank.length);
    expect(items.filter((f) => !precached.has(`kuis/soal/${f}`))).toEqual([]);
    const sheetjs = readdirSync(join(DIST, '_astro')).filter((f) => /^xlsx.*\.js$/.test(f));
    expect(sheetjs).toHaveLength(1);
    expect(precached.has(`_astro/${sheetjs[0]}`)).toBe(false);
    expect(sw).toContain('"aset"');
  });
});
