// Per-file browser set-up for the e2e tests: the worker's one browser, a fresh context per test.
import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { sharedBrowser } from '../support/browser';
import { CONTEXT_DEFAULTS, keptPage, recordErrors } from './kept-page';

export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await sharedBrowser();
  });
  // The browser outlives this file (the worker's next file gets it, see test/support/browser.ts):
  // every context still open is closed, so no page, route or stored data reaches the next file.
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
  });
  const baseUrl = inject('baseUrl');
  return {
    baseUrl,
    /**
     * A fresh context, not yet on any page. The service worker is blocked unless asked for:
     * each fresh context would otherwise precache the whole site.
     */
    async context(options: BrowserContextOptions = {}): Promise<BrowserContext> {
      const context = await browser.newContext({ ...CONTEXT_DEFAULTS, ...options });
      contexts.push(context);
      return context;
    },
    /** A new blank page in a fresh context; page errors fail loudly through `errors`. */
    async blank(options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
      const page = await (await this.context(options)).newPage();
      const errors: string[] = [];
      recordErrors(page, () => errors);
      return { page, errors };
    },
    /** A new page in a fresh context, at `path`; page errors fail loudly through `errors`. */
    async open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[] }> {
      const opened = await this.blank(options);
      await opened.page.goto(baseUrl + path);
      return opened;
    },
    /**
     * The open page sent to `path` as a first visit sees it: the site's storage is emptied before
     * it goes, so nothing typed on the last address is brought back. Cheaper than `open()` (the
     * context, its renderer and the HTTP cache are kept), for a test that reads several links.
     */
    async visit(page: Page, path: string): Promise<void> {
      if (page.url().startsWith(baseUrl)) {
        await page.evaluate(() => {
          localStorage.clear();
          sessionStorage.clear();
        });
      }
      await page.goto(baseUrl + path);
    },
    /**
     * The file's one kept page, reset to what a fresh context shows (storage emptied; listeners,
     * routes, init scripts, permissions, media, viewport and time zone undone), then at `path`: for
     * tests with a context's default options or a viewport, colour scheme, permissions or time zone
     * of their own, which then share one renderer and HTTP cache. What it cannot reset, and so what
     * still needs `open()`, is listed in kept-page.ts.
     */
    kept: keptPage(baseUrl, () => browser.newContext(CONTEXT_DEFAULTS)),
    async closeAll() {
      await Promise.all(contexts.splice(0).map((c) => c.close()));
    },
  };
}
