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

/** One question answered through the page's own controls: which answer, and the button pressed after. */
interface Step {
  /** "Soal n dari total" to wait for first, if any. */
  at?: string;
  right: boolean;
  then?: string;
  /**
   * A trainer's quiz whose feedback waits for the end: the answer is saved ("Simpan jawaban") and
   * the next question follows, with no feedback. Give `at` for each such step.
   */
  save?: boolean;
}

/** A question answered in the page: the bank item, its options' texts in the order shown, and whether the right one was chosen. */
export interface Answered {
  item: Item;
  options: string[];
  right: boolean;
}

/** Scenario → right option text, both normalised, as the page-side answerer needs them. */
const KEY = Object.fromEntries(bank.map((item) => [norm(item.scenario), norm(rightText(item))]));

/**
 * Answers questions through the page's own controls (a click on the option's label, then on
 * "Periksa jawaban" and the button after) inside the page, in one round trip for the whole run: a
 * pointer takes eight per question, each waiting for the element to settle. For runs whose subject
 * is what follows (retry order, resuming, printing, tabs, history, axe, small screens); the pointer
 * and the keyboard keep whole runs of their own (quiz.test.ts, quiz-banks, quiz-trainer).
 * Returns each question answered, in order.
 */
async function answerSteps(page: Page, steps: Step[]): Promise<Answered[]> {
  const answered = await page.evaluate(
    async ({ steps, key }) => {
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
      // A guard against a hung page, not a budget: each state normally follows within a frame.
      const until = async <T>(what: string, find: () => T | null | undefined | false): Promise<T> => {
        for (const end = Date.now() + 30_000; ; await new Promise((r) => setTimeout(r, 10))) {
          const found = find();
          if (found) return found;
          if (Date.now() > end) throw new Error(`Waited 30 s for ${what}`);
        }
      };
      // A button by the name a screen reader gives it: its text without aria-hidden parts (an arrow).
      const spoken = (el: Element) =>
        norm([...el.childNodes].filter((n) => !(n instanceof Element && n.getAttribute('aria-hidden') === 'true')).map((n) => n.textContent).join(''));
      const button = (name: string) => [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => spoken(b) === name && !b.disabled);
      const seen: { scenario: string; options: string[] }[] = [];
      for (const step of steps) {
        const answer = step.save ? 'Simpan jawaban' : 'Periksa jawaban';
        if (step.at) await until(step.at, () => norm(document.querySelector<HTMLElement>('#kuis-soal')?.innerText ?? '') === step.at);
        // The next question, not the one just answered: no feedback yet, and it can be answered.
        await until('a question to answer', () => !document.querySelector('.quiz-feedback') && button(answer));
        const scenario = norm(await until('the scenario', () => document.querySelector<HTMLElement>('.quiz-card .quiz-scenario')?.innerText));
        const right = key[scenario];
        if (right === undefined) throw new Error(`No bank item has the scenario on screen: ${scenario}`);
        const texts = [...document.querySelectorAll<HTMLElement>('.quiz-card .quiz-option-text')].map((t) => t.innerText);
        const labels = [...document.querySelectorAll<HTMLElement>('.quiz-card .quiz-option label')];
        const label = labels.find((l) => (norm(l.querySelector<HTMLElement>('.quiz-option-text')?.innerText ?? '') === right) === step.right);
        if (!label) throw new Error(`No ${step.right ? 'right' : 'wrong'} option on screen for: ${scenario}`);
        label.click();
        (await until(`"${answer}"`, () => button(answer))).click();
        if (!step.save) await until('the feedback', () => document.querySelector('.quiz-feedback'));
        if (step.then) (await until(`"${step.then}"`, () => button(step.then!))).click();
        seen.push({ scenario, options: texts });
      }
      return seen;
    },
    { steps, key: KEY },
  );
  return answered.map(({ scenario, options }, k) => ({ item: byScenario.get(scenario)!, options, right: steps[k]!.right }));
}

/** Answers the question on screen through the page's own controls (see answerSteps); `then` is the button pressed after. */
export async function answerInPage(page: Page, right: boolean, then?: string): Promise<Item> {
  return (await answerSteps(page, [{ right, then }]))[0]!.item;
}

/**
 * Questions `from`..`total` answered through the page's own controls in one round trip
 * (answerSteps); `right(i)` says which to answer right, `save` that the quiz's feedback waits for
 * the end. Ends on the summary.
 */
export async function playInPage(page: Page, total: number, right: (i: number) => boolean, { from = 0, save = false } = {}): Promise<Answered[]> {
  const steps: Step[] = [];
  for (let i = from; i < total; i++) {
    steps.push({ at: `Soal ${i + 1} dari ${total}`, right: right(i), save, then: save ? undefined : i === total - 1 ? 'Lihat hasil' : 'Soal berikutnya' });
  }
  const answered = await answerSteps(page, steps);
  await page.locator('#kuis-hasil').waitFor();
  return answered;
}

/** Like runByMouse, through the page's own controls in one round trip (playInPage); returns the items answered wrong. */
export async function runInPage(page: Page, total: number, right: (i: number) => boolean, from = 0): Promise<Item[]> {
  return (await playInPage(page, total, right, { from })).filter((a) => !a.right).map((a) => a.item);
}
