// The service worker, for real: one visit, then the server is gone (not just emulated offline,
// which a service worker's own fetches may ignore), and the site still reads, counts and quizzes.
// Each test serves its own copy of dist/, so it can stop it or deploy a "new version" into it.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../support/paths';
import { serveStatic, type RunningServer } from '../support/static-server';
import { useBrowser } from './context';
import { hydrated, result } from './islands';
import { popUp, topResult } from './search-helpers';
import { t } from '../../src/i18n/id';

const b = useBrowser();
let server: RunningServer | undefined;
let copy: string | undefined;
afterEach(async () => {
  await b.closeAll();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
  server = copy = undefined;
});

async function siteCopy(): Promise<{ url: string; dir: string }> {
  copy = mkdtempSync(join(tmpdir(), 'paham-offline-'));
  cpSync(DIST, copy, { recursive: true });
  server = await serveStatic(copy);
  return { url: server.url, dir: copy };
}

/** Waits until the service worker is installed (everything precached) and controls the page. */
async function installed(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}


describe('offline', () => {
  // One install serves the three parts: a new version offered and taken, then what the worker
  // stored, then what it serves with the server gone.
  it('offers a new version quietly and swaps only when the visitor reloads; after that one visit keeps the whole search index (whatever query Pagefind appends) and, without a network, reads a guide, opens an address typed without its last slash, runs a calculator, answers a quiz question and searches new words', async () => {
    const { url, dir } = await siteCopy();
    const context = await b.context({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${url}/kuis/posisi/?seed=update`);
    await installed(page);
    const prompt = page.locator('[data-update-prompt]');
    expect(await prompt.locator('[role="status"]').innerText()).toBe('');
    expect(await prompt.locator('button').first().isVisible()).toBe(false);

    // Deploy: a changed service worker, then the browser's routine update check.
    const sw = join(dir, 'sw.js');
    writeFileSync(sw, `${readFileSync(sw, 'utf8')}\n// versi berikutnya\n`);
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    await expect.poll(() => prompt.locator('[role="status"]').innerText(), { timeout: 15_000 }).toContain('Versi baru tersedia');
    // Nothing was swapped underneath the page: the old worker still controls it.
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(true);

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Muat ulang' }).click()]);
    await installed(page);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)))).toBe(false);
    expect(await page.locator('[data-update-prompt] [role="status"]').innerText()).toBe('');

    // What the (new) worker stored.
    const stored = await page.evaluate(async () => {
      const precache = (await caches.keys()).find((name) => name.startsWith('workbox-precache'));
      const keys = precache ? (await (await caches.open(precache)).keys()).map((r) => new URL(r.url).pathname) : [];
      return keys.filter((k) => k.startsWith('/pagefind/'));
    });
    // Every file of the index, and what searching loads (the Component UI, Pagefind, its worker and wasm).
    const built = join(DIST, 'pagefind');
    const index = ['index', 'fragment', 'filter'].flatMap((sub) => readdirSync(join(built, sub)).map((f) => `/pagefind/${sub}/${f}`));
    const runtime = ['pagefind-entry.json', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js', 'pagefind-worker.js', 'wasm.id.pagefind'];
    expect(stored).toEqual(expect.arrayContaining([...index, ...runtime.map((f) => `/pagefind/${f}`)]));
    await server!.close();
    server = undefined;
    // Pagefind's ?ts= and any other query are served from there, and nothing more is stored.
    const served = await page.evaluate(async (base) => {
      const texts = await Promise.all([`${base}/pagefind/pagefind-entry.json?ts=1`, `${base}/pagefind/pagefind-component-ui.js?x=2`].map((u) => fetch(u).then((r) => r.ok)));
      const runtimeEntries = await Promise.all((await caches.keys()).filter((n) => n.startsWith('pencarian')).map(async (n) => (await (await caches.open(n)).keys()).length));
      return { texts, runtimeEntries: runtimeEntries.reduce((a, b) => a + b, 0) };
    }, url);
    expect(served).toEqual({ texts: [true, true], runtimeEntries: 0 });
    await context.setOffline(true);

    // A guide never opened before.
    await page.goto(`${url}/panduan/loyalitas-pelanggan/`);
    expect(await page.locator('h1').innerText()).toMatch(/loyal/i);

    // Addresses as people type them, without the last slash: the stored page, at its own address.
    for (const [typed, title] of [['/panduan/hak-konsumen', /Hak Konsumen/], ['/kalkulator/nps', /Kalkulator NPS/]] as const) {
      await page.goto(`${url}${typed}`);
      expect(await page.locator('h1').innerText()).toMatch(title);
      expect(new URL(page.url()).pathname).toBe(`${typed}/`);
    }

    // A calculator, from a share link and by typing; the input survives a reload.
    await page.goto(`${url}/kalkulator/nps/?promotor=3&pasif=2&detraktor=1`);
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('33,3');
    await page.fill('#detraktor', '3');
    await expect.poll(() => result(page, 'nps')).toBe('0,0');
    await page.goto(`${url}/kalkulator/nps/`);
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('0,0');

    // A quiz question, graded with its explanation.
    await page.goto(`${url}/kuis/posisi/?seed=offline`);
    await hydrated(page);
    await page.locator('.quiz-card .quiz-option label').first().click();
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await page.locator('.quiz-feedback').waitFor();
    expect(await page.locator('.quiz-feedback').innerText()).toMatch(/Benar|Kurang tepat/);

    // Search, for words never searched before, on the search page and in the header's pop-up.
    await page.goto(`${url}/cari/?q=refund`);
    expect((await topResult(page)).page).toBe('/panduan/pemulihan-layanan/');
    await page.goto(`${url}/panduan/`);
    expect((await topResult(await popUp(page, 'lapor BPSK'))).page).toMatch(/^\/panduan\/(pelanggan-mengancam-melapor|hak-konsumen)\/$/);

    // What is not cached gets the offline page, which points to what is.
    await page.goto(`${url}/belum-pernah-ada/`);
    expect(await page.locator('h1').innerText()).toBe(t('offline.title'));
    expect(await page.locator('main a[href="/kalkulator/"]').count()).toBe(1);
  });

  it('says a search needs a connection, not that nothing matched, when the index it needs is not stored', async () => {
    const { url } = await siteCopy();
    // No service worker: only what the browser fetched for one search online is at hand. The
    // kept page serves (service workers blocked, and this copy's address is new to it); it is this
    // file's only kept page, so it costs a context as before, and it stays offline until the file
    // ends (a later kept test's reset would take it back online).
    const { page } = await b.kept();
    await page.goto(`${url}/cari/?q=loyal`);
    await topResult(page);
    await server!.close();
    server = undefined;
    await page.context().setOffline(true);
    await page.fill('#q', 'refund');
    await page.press('#q', 'Enter');
    // One read per try, both parts in it: two reads could straddle a re-render.
    await expect
      .poll(() => page.locator('[data-search-note]').innerText(), { timeout: 15_000 })
      .toMatch(/^(?=[\s\S]*butuh koneksi internet)(?=[\s\S]*“refund”)/);
  });
});
