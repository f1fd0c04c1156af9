// One page kept for a whole test file, handed to each test as a first visit would find it.
// A fresh context per test costs a new renderer and a cold HTTP cache: 5.3 s median against 1.6 s
// for the same load in an open page (docs/test-suite.md). The kept page keeps the renderer and the
// cache and undoes, between tests, everything a test can leave on a page or its context.
import type { EventEmitter } from 'node:events';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/** What a test may ask of the kept page; everything else is as a default fresh context has it. */
export interface KeptOptions {
  /** The window; 1280 × 720 (Playwright's default) unless given. */
  viewport?: { width: number; height: number };
  /** `prefers-color-scheme`; light (Playwright's default) unless given. */
  colorScheme?: 'light' | 'dark';
  /** Browser permissions for the site, e.g. `['clipboard-read', 'clipboard-write']`; none unless given. */
  permissions?: string[];
  /**
   * The time zone the page's clock and `Intl` read (an IANA name, e.g. `Asia/Jakarta`); the
   * machine's own unless given. Set on the kept page through the DevTools protocol, as a
   * context's `timezoneId` is, and it reaches the page's workers too.
   */
  timezoneId?: string;
}

export interface Kept {
  page: Page;
  /** Page errors and console errors since this test took the page. */
  errors: string[];
}

const VIEWPORT = { width: 1280, height: 720 };
const NOT_FOUND = /Failed to load resource: the server responded with a status of 404/;

/** What every test context is made with: the service worker would otherwise precache the whole site. */
export const CONTEXT_DEFAULTS = { locale: 'id-ID', serviceWorkers: 'block' } as const;

/** Page errors and console errors (a 404 for a missing resource aside) go to `errors()`'s list. */
export function recordErrors(page: Page, errors: () => string[]): void {
  page.on('pageerror', (e) => errors().push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !NOT_FOUND.test(m.text())) errors().push(m.text());
  });
}

/** The listeners on `target` now, per event: what a reset leaves in place. */
function listenersOf(target: Page | BrowserContext): Map<string | symbol, Function[]> {
  const emitter = target as unknown as EventEmitter;
  return new Map(emitter.eventNames().map((name) => [name, [...emitter.listeners(name)]]));
}

/** Removes every listener added to `target` since `kept` was taken. */
function restoreListeners(target: Page | BrowserContext, kept: Map<string | symbol, Function[]>) {
  const emitter = target as unknown as EventEmitter;
  for (const name of emitter.eventNames()) {
    const own = kept.get(name) ?? [];
    for (const listener of emitter.listeners(name)) if (!own.includes(listener)) emitter.off(name, listener as (...args: unknown[]) => void);
  }
}

/**
 * Makes a page's and its context's init scripts and exposed functions removable: each one a test
 * adds is recorded, and disposed of by the next reset.
 */
function trackDisposables(target: Page | BrowserContext, disposables: { dispose(): Promise<void> }[]) {
  for (const method of ['addInitScript', 'exposeFunction', 'exposeBinding'] as const) {
    const original = (target[method] as (...args: unknown[]) => Promise<{ dispose(): Promise<void> }>).bind(target);
    (target as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
      const disposable = await original(...args);
      disposables.push(disposable);
      return disposable;
    };
  }
}

/**
 * `kept(path?, options?)`: the file's one page, reset to what a fresh context would show, then sent
 * to `path`. Its context is closed with the file's others by useBrowser()'s `afterAll`. `newContext` makes the context as `useBrowser().context()` would.
 *
 * What a reset undoes: the site's storage of every kind (local and session storage, IndexedDB,
 * Cache Storage, cookies), listeners, routes, init scripts and exposed functions that the last
 * test added, permissions, offline mode, extra headers, `emulateMedia`, the viewport, the pointer's
 * place, the time zone, other tabs. What it cannot undo, so a test that needs it takes its own
 * context (`b.open`): the tab's history before the test's first page (Back/Forward within the
 * test's own pages is safe), options a context is made with
 * (`javaScriptEnabled`, `locale`, service workers), `page.clock`, changed default timeouts, a test
 * about another browser or storage across contexts.
 */
export function keptPage(baseUrl: string, newContext: () => Promise<BrowserContext>) {
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  let errors: string[] = [];
  let pageListeners = new Map<string | symbol, Function[]>();
  let contextListeners = new Map<string | symbol, Function[]>();
  const disposables: { dispose(): Promise<void> }[] = [];
  // The session that holds a test's time zone: Chromium keeps an override only while the session
  // that set it is attached, so detaching it restores the machine's zone.
  let zone: CDPSession | undefined;

  async function create(): Promise<Page> {
    await context?.close().catch(() => {});
    zone = undefined;
    context = await newContext();
    page = await context.newPage();
    recordErrors(page, () => errors);
    pageListeners = listenersOf(page);
    contextListeners = listenersOf(context);
    trackDisposables(page, disposables);
    trackDisposables(context, disposables);
    return page;
  }

  async function reset(page: Page, context: BrowserContext) {
    if (page.url().startsWith(baseUrl)) {
      await page.evaluate(() => sessionStorage.clear()).catch(() => {});
    }
    // Leaving the site first ends the last test's scripts, workers and timers, and lets anything
    // the page writes on leaving be written before the storage is emptied.
    await page.goto('about:blank');
    // Tabs the last test opened beside the kept page close with it.
    await Promise.all(context.pages().filter((other) => other !== page).map((other) => other.close().catch(() => {})));
    // The last document's workers end with it, a moment later; a test may count the page's workers.
    for (let waited = 0; page.workers().length > 0 && waited < 15_000; waited += 50) await page.waitForTimeout(50);
    await zone?.detach().catch(() => {});
    zone = undefined;
    restoreListeners(page, pageListeners);
    restoreListeners(context, contextListeners);
    await Promise.all(disposables.splice(0).map((d) => d.dispose().catch(() => {})));
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send('Storage.clearDataForOrigin', { origin: new URL(baseUrl).origin, storageTypes: 'all' });
    } finally {
      await cdp.detach();
    }
    await Promise.all([
      context.clearCookies(),
      context.clearPermissions(),
      context.setOffline(false),
      context.setExtraHTTPHeaders({}),
      page.setExtraHTTPHeaders({}),
      page.mouse.move(0, 0),
    ]);
  }

  return async function kept(path?: string, options: KeptOptions = {}): Promise<Kept> {
    if (page && context && !page.isClosed()) await reset(page, context);
    else page = await create();
    errors = [];
    await Promise.all([
      page.setViewportSize(options.viewport ?? VIEWPORT),
      page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light', reducedMotion: 'no-preference', forcedColors: 'none', contrast: 'no-preference' }),
      options.permissions ? context!.grantPermissions(options.permissions, { origin: baseUrl }) : undefined,
    ]);
    if (options.timezoneId) {
      zone = await context!.newCDPSession(page);
      await zone.send('Emulation.setTimezoneOverride', { timezoneId: options.timezoneId });
    }
    if (path !== undefined) await page.goto(baseUrl + path);
    return { page, errors };
  };
}
