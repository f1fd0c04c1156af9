// The site's Content-Security-Policy holds on every page kind, including the parts that load
// on use (search, the calculators' worker, quiz islands), and nothing ever leaves the origin.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { metaCsp } from '../../src/build/csp';
import { DIST } from '../support/paths';
import { useBrowser } from './context';
import type { KeptOptions } from './kept-page';
import { hydrated } from './islands';

const b = useBrowser();
const origin = new URL(b.baseUrl).origin;

/** Every page kind, and an unknown address (the 404 page). */
const PAGES = [
  '/',
  '/panduan/',
  '/panduan/apa-itu-pelanggan/',
  '/panduan/jenis-pelanggan/berdasarkan-posisi/',
  '/kamus/',
  '/faq/',
  '/cari/',
  '/kalkulator/',
  '/kalkulator/nps/',
  '/kalkulator/csat/',
  '/kalkulator/ces/',
  '/kalkulator/churn/',
  '/kuis/',
  '/kuis/posisi/',
  '/kuis/kenali-pelanggan/',
  '/kuis/rekap-kelas/',
  '/offline/',
  '/halaman-yang-tidak-ada/',
];

interface Guard {
  violations: string[];
  foreign: string[];
  page: Page;
}

/**
 * The file's kept page (`b.kept`: its listeners, init script and exposed function go at the next
 * reset), with its CSP violations and requests to any other origin recorded.
 */
async function guarded(options: KeptOptions = {}): Promise<Guard> {
  const { page } = await b.kept(undefined, options);
  const context = page.context();
  const violations: string[] = [];
  const foreign: string[] = [];
  await context.exposeFunction('reportViolation', (v: string) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { reportViolation(v: string): void }).reportViolation(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  context.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && url.origin !== origin) foreign.push(r.url());
  });
  return { violations, foreign, page };
}

describe('content security policy', () => {
  it('is sent as a header and as a <meta> on every page kind, strict for scripts', async () => {
    for (const path of PAGES) {
      const res = await fetch(b.baseUrl + path);
      const header = res.headers.get('content-security-policy') ?? '';
      const html = await res.text();
      const meta = metaCsp(html) ?? '';
      // A static host answers an unknown address with 404.html and the headers of that address,
      // so the site's policy must reach every address, not only the pages it knows.
      for (const policy of [header, meta]) {
        expect(policy, path).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
        expect(policy, path).toContain("object-src 'none'");
        expect(policy, path).toContain("base-uri 'self'");
        expect(policy, path).toContain("form-action 'self'");
        expect(policy, path).not.toContain('unsafe-inline');
        expect(policy, path).not.toMatch(/unsafe-eval'(?<!wasm-unsafe-eval')/);
      }
      // A <meta> policy governs only what follows it.
      expect(html.indexOf('http-equiv="content-security-policy"'), path).toBeLessThan(html.indexOf('<script'));
      expect(header, path).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
    }
  });

  it("gives worker scripts the site's policy: a worker's CSP comes from its own response", async () => {
    const workers = readdirSync(join(DIST, '_astro')).filter((f) => /worker.*\.js$/.test(f));
    expect(workers.length).toBeGreaterThanOrEqual(2);
    for (const name of workers) {
      const policy = (await fetch(`${b.baseUrl}/_astro/${name}`)).headers.get('content-security-policy') ?? '';
      expect(policy, name).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
      expect(policy, name).toContain("object-src 'none'");
      expect(policy, name).toContain("default-src 'self'");
      expect(policy, name).not.toContain('unsafe-inline');
    }
  });

  it('reading every page kind, in both themes, trips nothing and stays on this origin; blocks a script it has no hash for, and the guard sees it', async () => {
    const g = await guarded({ colorScheme: 'dark' });
    for (const path of PAGES) {
      await g.page.goto(b.baseUrl + path);
      await g.page.waitForLoadState('load');
    }
    await g.page.goto(`${b.baseUrl}/panduan/jenis-pelanggan/berdasarkan-posisi/`);
    await g.page.click('[data-theme-toggle]');
    // The self-check at the end of a type guide loads its grader when scrolled into view.
    await g.page.locator('[data-guide-check]').scrollIntoViewIfNeeded();
    await g.page.waitForFunction(() => performance.getEntriesByType('resource').some((r) => /guide-check/.test(r.name)));
    await g.page.reload();
    expect(g.violations).toEqual([]);
    expect(g.foreign).toEqual([]);
    // The guard sees what the policy blocks: a script it has no hash for.
    await g.page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.injected = true';
      document.body.append(s);
    });
    await expect.poll(() => g.violations.length).toBeGreaterThan(0);
    // Only that script: the page sends its policy twice (header and <meta>), so it may be reported twice.
    expect(new Set(g.violations)).toEqual(new Set(['/panduan/jenis-pelanggan/berdasarkan-posisi/: script-src-elem blocked inline']));
    expect(await g.page.evaluate(() => 'injected' in window)).toBe(false);
  });

  // What loads on use, one guarded page through all of it.
  it("search in the dialog and on its page, a calculator's large paste and file upload with their worker, a quiz answer and the profiler trip nothing", async () => {
    const g = await guarded();
    await g.page.goto(`${b.baseUrl}/panduan/`);
    await g.page.keyboard.press('Control+k');
    await g.page.locator('pagefind-modal input').fill('loyal');
    await g.page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    await g.page.goto(`${b.baseUrl}/cari/?q=churn`);
    await g.page.locator('pagefind-results a').first().waitFor({ timeout: 15_000 });
    await g.page.goto(`${b.baseUrl}/kalkulator/nps/`);
    await hydrated(g.page);
    await g.page.check('input[name="nps-mode"][value="scores"]');
    await g.page.locator('#skor').waitFor();
    await g.page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#skor')!;
      const data = new DataTransfer();
      data.setData('text/plain', Array.from({ length: 50_000 }, (_, i) => (i % 10 < 5 ? 10 : i % 10 < 7 ? 7 : 5)).join('\n'));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => g.page.locator('[data-result="nps"]').first().innerText().catch(() => ''), { timeout: 20_000 }).toBe('20,0');
    await g.page.setInputFiles('#skor-file', { name: 'survei.csv', mimeType: 'text/csv', buffer: Buffer.from('Skor\n10\n9\n3\n') });
    await expect.poll(() => g.page.locator('[data-testid="scores-used"]').innerText().catch(() => ''), { timeout: 15_000 }).toBe('3');
    await g.page.goto(`${b.baseUrl}/kuis/posisi/?seed=csp`);
    await hydrated(g.page);
    await g.page.locator('.quiz-card .quiz-option label').first().click();
    await g.page.getByRole('button', { name: 'Periksa jawaban' }).click();
    await g.page.locator('.quiz-feedback').waitFor();
    await g.page.goto(`${b.baseUrl}/kuis/kenali-pelanggan/`);
    await hydrated(g.page);
    await g.page.locator('fieldset.profiler-q input[type="radio"]').first().check();
    await g.page.getByRole('button', { name: 'Lihat hasil' }).click();
    await g.page.locator('#profil-hasil').waitFor();
    expect(g.violations).toEqual([]);
    expect(g.foreign).toEqual([]);
  });
});
