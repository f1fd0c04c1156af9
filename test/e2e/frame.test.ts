import { describe, expect, it } from 'vitest';
import { useBrowser } from './context';
import { t } from '../../src/i18n/id';

const b = useBrowser();

describe('page frame', () => {
  it('is Indonesian, with one h1, a title, a description and a canonical URL', async () => {
    const { page, errors } = await b.kept('/');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.title()).toContain('Paham Pelanggan');
    expect(await page.getAttribute('meta[name="description"]', 'content')).toBeTruthy();
    expect(await page.getAttribute('link[rel="canonical"]', 'href')).toBe('https://pahampelanggan.id/');
    const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(ld.map((s) => JSON.parse(s)['@type'])).toContain('WebSite');
    expect(errors).toEqual([]);
  });

  it('reaches the skip link first by keyboard, and it moves focus to the main content', async () => {
    const { page } = await b.kept('/panduan/');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Langsung ke isi');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('isi');
  });

  it('walks the main navigation by Tab alone and follows a link with Enter', async () => {
    const { page } = await b.kept('/', { viewport: { width: 1280, height: 800 } });
    const seen: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      seen.push(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? ''));
      if (seen.at(-1) === 'Kamus') break;
    }
    expect(seen).toContain('Panduan');
    expect(seen.at(-1)).toBe('Kamus');
    await Promise.all([page.waitForURL('**/kamus/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toContain('Kamus');
  });

  it('has a phone menu that opens, traps nothing and closes on Escape', async () => {
    const { page } = await b.kept('/', { viewport: { width: 390, height: 800 } });
    const toggle = page.locator('[data-menu-toggle]');
    const nav = page.locator('#main-nav');
    // Hidden once the header script has run; a wait on the state, not on a time.
    await nav.waitFor({ state: 'hidden' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await nav.isVisible()).toBe(true);
    // Tab moves into the menu and can leave it again.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#main-nav') !== null)).toBe(true);
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('#main-nav') === null)).toBe(true);
    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
  });

  it('fits a 320 px screen without sideways scrolling', async () => {
    const { page } = await b.kept(undefined, { viewport: { width: 320, height: 640 } });
    for (const path of ['/', '/panduan/', '/kamus/', '/faq/', '/cari/']) {
      await b.visit(page, path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  it('answers an unknown address with the 404 page', async () => {
    const { page } = await b.kept('/tidak-ada/');
    expect(await page.locator('h1').innerText()).toBe('Halaman tidak ditemukan');
    const res = await page.request.get(b.baseUrl + '/tidak-ada/');
    expect(res.status()).toBe(404);
    expect(await page.getAttribute('meta[name="robots"]', 'content')).toBe('noindex');
  });
});

describe('theme', () => {
  it('follows the system colour scheme when nothing is chosen', async () => {
    const { page } = await b.kept('/', { colorScheme: 'dark' });
    expect(await page.innerText('[data-theme-toggle]')).toBe(t('theme.toLight'));
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(20, 22, 26)');
  });

  it('remembers the toggle across reloads, dark from the very first frame', async () => {
    const { page } = await b.kept('/panduan/', { colorScheme: 'light' });
    await page.click('[data-theme-toggle]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    // Record the background at the first animation frame of the next load: before any module script ran.
    await page.addInitScript(() => {
      requestAnimationFrame(() => {
        (window as unknown as { firstFrame: string }).firstFrame = getComputedStyle(document.documentElement).backgroundColor +
          '|' + (document.body ? getComputedStyle(document.body).backgroundColor : 'no-body');
      });
    });
    await page.reload();
    const first = await page.evaluate(() => (window as unknown as { firstFrame: string }).firstFrame);
    expect(first).not.toContain('253, 252, 249');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.innerText('[data-theme-toggle]')).toBe(t('theme.toLight'));
    await page.click('[data-theme-toggle]');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
  });
});

describe('print', () => {
  it('hides navigation and search, uses light colours and prints link targets', async () => {
    const { page } = await b.kept('/panduan/', { colorScheme: 'dark' });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    const after = await page.evaluate(() => getComputedStyle(document.querySelector('main a.card')!, '::after').content);
    expect(after).toContain('/panduan/');
  });
});

// The page that test files keep between tests (`b.kept`, test/e2e/kept-page.ts): what one test
// leaves on it, the next one never sees. Checked here once for every file that uses it.
describe('the kept page', () => {
  it('comes back as a fresh context would show it: storage, listeners, routes, scripts, permissions, media, viewport, time zone and other tabs undone', async () => {
    const machineZone = await (await b.kept('/')).page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(machineZone).not.toBe('Asia/Jayapura');
    const { page, errors } = await b.kept('/', { viewport: { width: 320, height: 640 }, colorScheme: 'dark', permissions: ['clipboard-read', 'clipboard-write'], timezoneId: 'Asia/Jayapura' });
    // The zone holds in the page, in a worker it starts (the report reads dates in one) and after
    // the test's own navigation.
    const zoneHere = () =>
      page.evaluate(async () => {
        const inWorker = await new Promise<string>((done) => {
          const worker = new Worker(URL.createObjectURL(new Blob(['postMessage([Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(0).getHours()].join(" "))'])));
          worker.onmessage = (e) => {
            worker.terminate();
            done(e.data as string);
          };
        });
        return [Intl.DateTimeFormat().resolvedOptions().timeZone, new Date(0).getHours(), inWorker];
      });
    expect(await zoneHere()).toEqual(['Asia/Jayapura', 9, 'Asia/Jayapura 9']);
    await page.goto(b.baseUrl + '/panduan/');
    expect(await zoneHere()).toEqual(['Asia/Jayapura', 9, 'Asia/Jayapura 9']);
    let heard = 0;
    page.on('console', () => (heard += 1));
    await page.route('**/kamus/', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>routed</h1>' }));
    await page.addInitScript(() => ((window as unknown as { marked: boolean }).marked = true));
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(async () => {
      localStorage.setItem('left', '1');
      sessionStorage.setItem('left', '1');
      document.cookie = 'left=1; path=/';
      await caches.open('left').then((c) => c.put('/left', new Response('1')));
      await new Promise((done) => {
        const open = indexedDB.open('left');
        open.onupgradeneeded = () => open.result.createObjectStore('s');
        open.onsuccess = () => {
          open.result.close();
          done(null);
        };
      });
      setTimeout(() => {
        throw new Error('left behind');
      }, 0);
    });
    await expect.poll(() => errors.some((e) => e.includes('left behind'))).toBe(true);
    const before = await page.evaluate(() => [innerWidth, matchMedia('print').matches, matchMedia('(prefers-color-scheme: dark)').matches]);
    expect(before).toEqual([320, true, true]);
    await page.context().setOffline(true);
    await page.context().newPage();
    expect(page.context().pages()).toHaveLength(2);

    const again = await b.kept('/kamus/');
    expect(page.context().pages()).toEqual([page]);
    expect(again.page).toBe(page);
    expect(await page.locator('h1').innerText()).toContain('Kamus');
    heard = 0;
    await page.evaluate(() => console.log('heard?'));
    expect(heard).toBe(0);
    expect(again.errors).toEqual([]);
    expect(
      await page.evaluate(async () => ({
        marked: (window as unknown as { marked?: boolean }).marked ?? false,
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        caches: await caches.keys(),
        databases: (await indexedDB.databases()).map((d) => d.name),
        clipboard: (await navigator.permissions.query({ name: 'clipboard-read' as PermissionName })).state,
        width: innerWidth,
        print: matchMedia('print').matches,
        dark: matchMedia('(prefers-color-scheme: dark)').matches,
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      })),
    ).toEqual({ marked: false, local: 0, session: 0, cookie: '', caches: [], databases: [], clipboard: 'prompt', width: 1280, print: false, dark: false, zone: machineZone });
  });
});
