// Per-file browser set-up for the e2e tests: a connection to the run's one browser
// (global-setup.ts), a fresh context per test.
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    // Closes the contexts this file opened and disconnects; the browser serves the next file.
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
