import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe';
import { builtPages } from '../support/pages';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());
const pages = builtPages();

describe('axe-core, WCAG 2.2 A/AA', () => {
  it('finds built pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has zero violations on every built page in the ${scheme} theme`, async () => {
      const failures: string[] = [];
      const { page } = await b.open('/', { colorScheme: scheme });
      for (const path of pages) {
        await page.goto(b.baseUrl + path);
        // Check the page as a visitor sees it: islands that hydrate on load have hydrated.
        await page.waitForFunction(() => !document.querySelector('astro-island[client="load"][ssr], [data-calculator]:not([data-hydrated])'));
        for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
      }
      expect(failures).toEqual([]);
    }, 600_000);
  }
});
