// The header's own controls. (Search has its own files; the phone menu is checked with the pages.)
import { afterEach, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/id';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());

describe('theme toggle', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`says what a press does, starting from the ${scheme} theme, and again after the press`, async () => {
      const { page, errors } = await b.open('/', { colorScheme: scheme, viewport: { width: 390, height: 844 } });
      const button = page.locator('[data-theme-toggle]');
      await button.waitFor({ state: 'visible' });
      const other = scheme === 'light' ? 'dark' : 'light';
      const label = (theme: 'light' | 'dark') => (theme === 'light' ? t('theme.toDark') : t('theme.toLight'));
      const effective = () =>
        page.evaluate(() => document.documentElement.dataset.theme ?? (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'));

      // What it shows is its name, and it names the theme a press gives, never the one in use.
      expect(await button.innerText()).toBe(label(scheme));
      expect(await page.getByRole('button', { name: label(scheme), exact: true }).count()).toBe(1);
      expect(await button.getAttribute('aria-pressed')).toBeNull();

      await button.click();
      expect(await effective()).toBe(other);
      expect(await button.innerText()).toBe(label(other));
      expect(await page.getByRole('button', { name: label(other), exact: true }).count()).toBe(1);

      // The choice is kept for the next page.
      await page.reload();
      await button.waitFor({ state: 'visible' });
      expect(await effective()).toBe(other);
      expect(await button.innerText()).toBe(label(other));
      expect(errors).toEqual([]);
    });
  }
});
