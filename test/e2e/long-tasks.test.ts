// The two tests that measure the page's own time: no main-thread task over 200 ms while a very
// wide file is read, or while keys are typed into a box of 18,000 characters. Long tasks are
// watched with the browser's own `longtask` observer. This file runs last and alone (the
// `e2e-timed` project in test/vitest.config.ts), so no other test's browser shares the cores;
// the rest of the hostile input is in robustness.test.ts, which runs with the others.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useBrowser } from './context';
import { hydrated, result } from './islands';
import { openScoresBox, putScores, scoreList } from './scores-box';

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
  it('takes keys without a long task, and reads the text once typing pauses', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await openScoresBox(page);
    await putScores(page, scoreList(9_000)); // 17,999 characters: still edited in the box
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText(), { timeout: 15_000 }).toBe('9.000');
    const longest = await watchLongTasks(page);
    await page.locator('#skor').press('End');
    for (const key of [',', '9', ',', '1', '0']) await page.keyboard.type(key);
    expect(await longest()).toBeLessThan(200);
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText(), { timeout: 15_000 }).toBe('9.002');
  });
});
