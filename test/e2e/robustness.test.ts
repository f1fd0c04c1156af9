// Careless and hostile input that once froze a page or made it claim what it did not do: a file
// that is one row of 100,000 values, typing into a box of 94,000 characters, storage that is
// blocked or full. Long tasks are watched with the browser's own `longtask` observer.
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowser } from './context';
import { hydrated, result } from './islands';

const b = useBrowser();
afterEach(() => b.closeAll());

/** Records every main-thread task over 50 ms from now on. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { longest: number };
    w.longest = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

async function openWith(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(b.baseUrl + path);
  await hydrated(page);
  return page;
}

describe('a very wide file', () => {
  it('offers a few numeric columns and a search, without a long task', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.locator('input[name="nps-mode"] >> nth=2').check();
    await page.locator('#skor-file').waitFor();
    const row = Array.from({ length: 100_000 }, (_, i) => String(i % 11)).join(',');
    await page.setInputFiles('#skor-file', { name: 'lebar.csv', mimeType: 'text/csv', buffer: Buffer.from(`${row}\n${row}\n`) });
    // Watched from here: Playwright builds the 400 KB file inside the page in one long task of
    // its own. The page's part (handing the file to the worker) is a post, and all else follows.
    const longest = await watchLongTasks(page);
    const buttons = page.locator('fieldset.columns button');
    await expect.poll(() => buttons.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await buttons.count()).toBeLessThanOrEqual(12);
    expect(await page.locator('fieldset.columns').innerText()).toMatch(/100\.000 kolom angka/);
    // A column far along is found by its number and read.
    await page.getByLabel('Cari kolom (judul atau nomor)').fill('99999');
    await expect.poll(() => buttons.first().innerText()).toMatch(/99999/);
    await buttons.first().click();
    // Column 99,999 holds 99,998 mod 11 = 8 twice: two passives.
    await expect.poll(() => result(page, 'nps'), { timeout: 30_000 }).toBe('0,0');
    expect(await longest()).toBeLessThan(200);
  });
});

describe('a scores box holding a long list', () => {
  const list = (n: number) => Array.from({ length: n }, (_, i) => String(i % 10)).join(',');
  const put = (page: Page, text: string) =>
    page.locator('#skor').evaluate((el: HTMLTextAreaElement, t) => {
      el.value = t;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, text);

  it('takes keys without a long task, and reads the text once typing pauses', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.locator('input[name="nps-mode"] >> nth=2').check();
    await page.locator('#skor').waitFor();
    await put(page, list(9_000)); // 17,999 characters: still edited in the box
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText(), { timeout: 15_000 }).toBe('9.000');
    const longest = await watchLongTasks(page);
    await page.locator('#skor').press('End');
    for (const key of [',', '9', ',', '1', '0']) await page.keyboard.type(key);
    expect(await longest()).toBeLessThan(200);
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText(), { timeout: 15_000 }).toBe('9.002');
  });

  it('keeps 94,000 characters out of the box, reads them, and says so', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.locator('input[name="nps-mode"] >> nth=2').check();
    await page.locator('#skor').waitFor();
    await put(page, list(47_000));
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText(), { timeout: 15_000 }).toBe('47.000');
    expect(await page.locator('.large-paste').innerText()).toMatch(/93\.999 karakter/);
    expect(await page.inputValue('#skor')).toBe('');
  });
});

describe('storage that cannot keep anything', () => {
  for (const [name, script] of [
    ['blocked', () => Object.defineProperty(window, 'localStorage', { get: () => { throw new DOMException('blocked', 'SecurityError'); } })],
    ['full', () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; }],
  ] as const) {
    it(`(${name}): the calculator still computes and says, once, that input will not be kept`, async () => {
      const context = await b.context();
      await context.addInitScript(script);
      const page = await openWith(context, '/kalkulator/nps/');
      await page.fill('#promotor', '5');
      await page.fill('#pasif', '3');
      await page.fill('#detraktor', '2');
      await expect.poll(() => result(page, 'nps')).toBe('30,0');
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/tidak bisa disimpan di peramban ini/);
      expect(text).not.toMatch(/Isian disimpan di peramban ini/);
      expect(text.match(/tidak bisa disimpan/g)).toHaveLength(1);
    });

    it(`(${name}): a quiz still plays and says its progress will not be kept`, async () => {
      const context = await b.context();
      await context.addInitScript(script);
      // A quiz takes the page over on the first touch: no waiting for it first.
      const page = await context.newPage();
      await page.goto(`${b.baseUrl}/kuis/posisi/`);
      await page.locator('.quiz-card input[type="radio"]').first().check();
      await page.getByRole('button', { name: 'Periksa jawaban' }).click();
      await expect.poll(() => page.locator('.quiz').innerText()).toMatch(/Benar\.|Kurang tepat\./);
      const text = await page.locator('main').innerText();
      expect(text).toMatch(/kemajuan Anda tidak bisa disimpan/);
      expect(text).not.toMatch(/hanya tersimpan di peramban ini/);
    });
  }
});
