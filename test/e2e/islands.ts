// Waiting on Preact islands in the browser tests: they hydrate and render a moment after load.
import type { Page } from 'playwright-core';

/** Island hydrated: an Astro island, a calculator hydrated by its page script (calc/mount.ts), or a quiz its script took over (quiz-page.tsx). */
export const HYDRATED = 'astro-island:not([ssr]), [data-calculator][data-hydrated], [data-quiz][data-hydrated]';

/** Resolves once an island on the page has hydrated. */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForSelector(HYDRATED, { timeout: 15_000 });
}

/** The text of a calculator result (`data-result="…"`), or '' while there is none yet. */
export const result = (page: Page, name: string): Promise<string> =>
  page.locator(`[data-result="${name}"]`).first().innerText({ timeout: 5_000 }).catch(() => '');
