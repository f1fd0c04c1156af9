// The service worker, for real: one visit, then the server is gone (not just emulated offline,
// which a service worker's own fetches may ignore), and the site still reads, counts and quizzes.
// Each test serves its own copy of dist/, so it can stop it or deploy a "new version" into it.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DIST } from '../support/paths';
import { serveStatic, type RunningServer } from '../support/static-server';
import { useBrowser } from './context';
import { hydrated, result } from './islands';
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
  it('caches a Pagefind file once whatever query is appended, and keeps the search cache small', async () => {
    const { url } = await siteCopy();
    const context = await b.context({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await installed(page);
    const entries = await page.evaluate(async (base) => {
      for (let i = 0; i < 20; i++) await fetch(`${base}/pagefind/pagefind-component-ui.js?x=${i}`).then((r) => r.text());
      for (let i = 0; i < 5; i++) await fetch(`${base}/pagefind/pagefind-entry.json?ts=${i}`).then((r) => r.text());
      const out: Record<string, string[]> = {};
      for (const name of await caches.keys()) {
        if (name.startsWith('pencarian')) out[name] = (await (await caches.open(name)).keys()).map((r) => r.url.replace(base, ''));
      }
      return out;
    }, url);
    expect(entries['pencarian']).toEqual(['/pagefind/pagefind-component-ui.js']);
    expect(entries['pencarian-entri']).toEqual(['/pagefind/pagefind-entry.json']);
  });

  it('after one visit reads a guide, runs a calculator, answers a quiz question and repeats a search without a network', async () => {
    const { url } = await siteCopy();
    const context = await b.context({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await installed(page);
    // One search while online: its index chunks are cached as they are used.
    await page.goto(`${url}/cari/?q=loyal`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    await server!.close();
    server = undefined;
    await context.setOffline(true);

    // A guide never opened before.
    await page.goto(`${url}/panduan/loyalitas-pelanggan/`);
    expect(await page.locator('h1').innerText()).toMatch(/loyal/i);

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

    // The same search works offline.
    await page.goto(`${url}/cari/?q=loyal`);
    await page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });

    // What is not cached gets the offline page, which points to what is.
    await page.goto(`${url}/belum-pernah-ada/`);
    expect(await page.locator('h1').innerText()).toBe(t('offline.title'));
    expect(await page.locator('main a[href="/kalkulator/"]').count()).toBe(1);
  });

  it('offers a new version quietly and swaps only when the visitor reloads', async () => {
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
  });
});
