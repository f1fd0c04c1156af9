// Per-file browser set-up for the e2e tests: one browser, a fresh context per test.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';

export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const baseUrl = inject('baseUrl');
  return {
    baseUrl,
    /**
     * A fresh context, not yet on any page. The service worker is blocked unless asked for:
     * each fresh context would otherwise precache the whole site.
     */
    async context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      const context = await browser.newContext({ locale: 'id-ID', serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context;
    },
    /** A new page in a fresh context; page errors fail loudly through `errors`. */
    async open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
      const page = await (await this.context(options)).newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => {
        if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 404/.test(m.text())) errors.push(m.text());
      });
      await page.goto(baseUrl + path);
      return { page, errors };
    },
    async closeAll() {
      await Promise.all(contexts.splice(0).map((c) => c.close()));
    },
  };
}
