// Finds a Chromium for the browser tests: CHROMIUM_PATH, then Debian's, then Playwright's own.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // playwright-core has no browser of its own registered
  }
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error('No Chromium found: install one with `apt-get install -y chromium` or set CHROMIUM_PATH.');
  }
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}

// The browser tests' one Chromium per test worker process. It is kept on `globalThis`, not in this
// module: the worker's environment (test/e2e/environment.ts, which closes it) and the test files
// each load their own copy of this module.
const KEPT = Symbol.for('paham-pelanggan.e2e-browser');
const holder = globalThis as { [KEPT]?: Promise<Browser> };

/**
 * The worker's Chromium: launched by the first test file that asks, then lent to every later file
 * in the same worker (the e2e project does not isolate its files, so a worker runs many). A browser
 * that crashed or failed to launch is launched again for the next file.
 */
export async function sharedBrowser(): Promise<Browser> {
  const kept = await holder[KEPT]?.catch(() => undefined);
  if (kept?.isConnected()) return kept;
  const launching = launchBrowser();
  holder[KEPT] = launching;
  return launching;
}

/** Closes the worker's Chromium, if one was launched; the worker's environment calls it at exit. */
export async function closeSharedBrowser(): Promise<void> {
  const kept = holder[KEPT];
  holder[KEPT] = undefined;
  await (await kept?.catch(() => undefined))?.close();
}
