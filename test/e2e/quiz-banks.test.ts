// The two banks added with the guessing rule (mengukur, pemulihan) in a real browser: listed on
// /kuis/, played start to finish by keyboard alone, and free of axe violations in both themes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeBothThemes } from '../support/axe';
import { ROOT } from '../support/paths';
import { useBrowser } from './context';

const b = useBrowser();

interface Item {
  scenario: string;
  answer: string;
  options: { id: string; text: string }[];
}
const NEW_TOPICS = ['mengukur', 'pemulihan'] as const;
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const bankOf = (topic: string) => parse(readFileSync(join(ROOT, `content/kuis/${topic}.yaml`), 'utf8')) as Item[];

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', type: (el as HTMLInputElement | null)?.type ?? '', text: el?.innerText?.trim() ?? '' };
  });

describe('the mengukur and pemulihan banks', () => {
  it('are listed on /kuis/, each with its mastery meter', async () => {
    const { page, errors } = await b.kept('/kuis/');
    for (const topic of NEW_TOPICS) {
      expect(await page.locator(`a[href="/kuis/${topic}/"]`).count(), `/kuis/ links /kuis/${topic}/`).toBeGreaterThan(0);
      await page.locator(`[data-mastery="${topic}"]`).waitFor({ timeout: 10_000 });
    }
    expect(errors).toEqual([]);
  });

  for (const topic of NEW_TOPICS) {
    it(`plays /kuis/${topic}/ by keyboard alone to a full score`, async () => {
      const byScenario = new Map(bankOf(topic).map((item) => [norm(item.scenario), item]));
      const { page, errors } = await b.kept(`/kuis/${topic}/?seed=keyboard-${topic}`);
      await page.locator('#kuis-soal', { hasText: 'Soal 1 dari 10' }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      for (let i = 0; i < 12 && (await focused(page)).type !== 'radio'; i++) await page.keyboard.press('Tab');
      for (let i = 0; i < 10; i++) {
        if (i > 0) {
          expect(await focused(page)).toMatchObject({ id: 'kuis-soal', text: `Soal ${i + 1} dari 10` });
          await page.keyboard.press('Tab');
        }
        expect((await focused(page)).type).toBe('radio');
        const item = byScenario.get(norm(await page.locator('.quiz-card .quiz-scenario').innerText()));
        expect(item, 'the scenario on screen is a bank item').toBeDefined();
        const texts = (await page.locator('.quiz-card .quiz-option-text').allInnerTexts()).map(norm);
        const want = texts.indexOf(norm(item!.options.find((o) => o.id === item!.answer)!.text));
        expect(want).toBeGreaterThanOrEqual(0);
        await page.keyboard.press('Space');
        for (let k = 0; k < want; k++) await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Tab');
        expect((await focused(page)).text).toBe('Periksa jawaban');
        await page.keyboard.press('Enter');
        if (i === 0) await page.locator('[data-quiz][data-hydrated]').waitFor({ state: 'attached' });
        expect(await page.locator('.quiz-card [role="status"] .quiz-verdict').innerText()).toBe('Benar.');
        await page.keyboard.press('Enter');
      }
      expect(await focused(page)).toMatchObject({ id: 'kuis-hasil' });
      expect(await page.locator('.quiz-score').innerText()).toBe('10 dari 10 soal benar (100%)');
      expect(errors).toEqual([]);
    });
  }

  // All rules in light, the colour rules in dark, on one run through each state (test/support/axe.ts).
  it('has zero axe violations on a question and its feedback, in both themes', async () => {
    const failures: string[] = [];
    for (const topic of NEW_TOPICS) {
      const { page } = await b.kept(`/kuis/${topic}/?seed=axe`);
      await page.locator('#kuis-soal', { hasText: 'Soal 1 dari 10' }).waitFor({ timeout: 10_000 });
      for (const v of await axeBothThemes(page)) failures.push(`${topic} question: ${v}`);
      await page.locator('.quiz-card .quiz-option label').first().click();
      await page.getByRole('button', { name: 'Periksa jawaban' }).click();
      await page.locator('.quiz-feedback').waitFor();
      for (const v of await axeBothThemes(page)) failures.push(`${topic} feedback: ${v}`);
    }
    expect(failures).toEqual([]);
  });
});
