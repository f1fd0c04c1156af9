import { afterEach, describe, expect, it } from 'vitest';
import { axeBothThemes } from '../support/axe';
import { builtPages } from '../support/pages';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());
const pages = builtPages();

describe('axe-core, WCAG 2.2 A/AA', () => {
  it('finds built pages to check', () => {
    expect(pages.length).toBeGreaterThan(5);
  });

  // Every rule in the light theme; the dark theme changes only colours (CSS `light-dark()`),
  // so its pass runs the colour rules, on the same page load.
  it('has zero violations on every built page: all rules in light, the colour rules in dark', async () => {
    const failures: string[] = [];
    const { page } = await b.open('/');
    for (const path of pages) {
      await page.goto(b.baseUrl + path);
      // Check the page as a visitor sees it: islands that hydrate on load have hydrated.
      await page.waitForFunction(() => !document.querySelector('astro-island[client="load"][ssr], [data-calculator]:not([data-hydrated])'));
      for (const v of await axeBothThemes(page)) failures.push(`${path}: ${v}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
