// What the quiz browser tests share: the bank as the site builds it, and a trainee's moves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

export interface Item {
  id: string;
  topic: string;
  scenario: string;
  question: string;
  answer: string;
  options: { id: string; text: string; type?: string }[];
}
export const bank: Item[] = readdirSync(join(ROOT, 'content/kuis'))
  .filter((f) => f.endsWith('.yaml'))
  .flatMap((f) => parse(readFileSync(join(ROOT, 'content/kuis', f), 'utf8')) as Item[]);
export const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
export const byScenario = new Map(bank.map((item) => [norm(item.scenario), item]));
export const rightText = (item: Item) => item.options.find((o) => o.id === item.answer)!.text;
/** An option as feedback quotes it: with a full stop unless it has one. */
export const stop = (text: string) => (/[.!?…]["”’)]?$/.test(text) ? text : `${text}.`);

export const PROGRESS_KEY = 'paham-pelanggan:kuis:v2';

/** The bank item on screen. */
export async function shown(page: Page): Promise<Item> {
  const text = norm(await page.locator('.quiz-card .quiz-scenario').innerText());
  const item = byScenario.get(text);
  if (!item) throw new Error(`No bank item has the scenario on screen: ${text}`);
  return item;
}

/** Option label texts in the order shown. */
export const optionTexts = (page: Page) => page.locator('.quiz-card .quiz-option-text').allInnerTexts();

export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', type: (el as HTMLInputElement | null)?.type ?? '', text: el?.innerText?.trim() ?? '' };
  });

/** Answers the question on screen by mouse, right or wrong; returns the item. */
export async function answerByMouse(page: Page, right: boolean): Promise<Item> {
  const item = await shown(page);
  const texts = await optionTexts(page);
  const target = right ? rightText(item) : texts.find((t) => t !== rightText(item))!;
  await page.locator('.quiz-card .quiz-option label', { hasText: target }).click();
  await page.getByRole('button', { name: 'Periksa jawaban' }).click();
  await page.locator('.quiz-feedback').waitFor();
  return item;
}

/** Waits for question `n` of `total`. */
export const atQuestion = (page: Page, n: number, total: number) =>
  page.locator('#kuis-soal', { hasText: `Soal ${n} dari ${total}` }).waitFor({ timeout: 10_000 });

/** Answers questions `from`..`total` by mouse; `right(i)` says which to answer right. Ends on the summary. */
export async function runByMouse(page: Page, total: number, right: (i: number) => boolean, from = 0): Promise<Item[]> {
  const missed: Item[] = [];
  for (let i = from; i < total; i++) {
    await atQuestion(page, i + 1, total);
    const item = await answerByMouse(page, right(i));
    if (!right(i)) missed.push(item);
    await page.getByRole('button', { name: i === total - 1 ? 'Lihat hasil' : 'Soal berikutnya' }).click();
  }
  await page.locator('#kuis-hasil').waitFor();
  return missed;
}
