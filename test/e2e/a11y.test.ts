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
      for (const path of pages) {
        const { page } = await b.open(path, { colorScheme: scheme });
        await page.waitForLoadState('networkidle');
        for (const v of await axeViolations(page)) failures.push(`${path}: ${v}`);
        await page.context().close();
      }
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
