// The NPS calculator's scores box and long lists of scores put or pasted into it: shared by the
// robustness tests (pastes too large for the box) and the timed test (typing into a long list).
import type { Page } from 'playwright-core';
import { hydrated } from './islands';

/** `n` scores 0–9, comma-separated unless told otherwise: 2n − 1 characters. */
export const scoreList = (n: number, separator = ','): string => Array.from({ length: n }, (_, i) => String(i % 10)).join(separator);

/** Waits for the calculator, then switches it to the scores box (its third data form). */
export async function openScoresBox(page: Page): Promise<void> {
  await hydrated(page);
  await page.locator('input[name="nps-mode"] >> nth=2').check();
  await page.locator('#skor').waitFor();
}

/** Puts `text` in the box at once, as a paste does, and tells the page it changed. */
export const putScores = (page: Page, text: string): Promise<void> =>
  page.locator('#skor').evaluate((el: HTMLTextAreaElement, t) => {
    el.value = t;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);

/** Pastes `text` into the box through a real `paste` event, as a visitor's paste does. */
export const pasteScores = (page: Page, text: string): Promise<void> =>
  page.locator('#skor').evaluate((el: HTMLTextAreaElement, t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
