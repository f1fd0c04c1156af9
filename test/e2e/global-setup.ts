// Builds the site once (Astro + Pagefind), serves dist/ on a free port, starts one Chromium, and
// hands both addresses to every browser test. SKIP_BUILD=1 reuses an existing dist/ while iterating.
// Two projects run browser tests (see vitest.config.ts); both call this, and the first call's
// build, server and browser serve both: they are kept on `globalThis` of the one Vitest process.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserServer } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { findChromium, launchBrowserServer } from '../support/browser';
import { DIST, ROOT } from '../support/paths';
import { serveStatic, type RunningServer } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    /** The one Chromium every browser test file connects to (a fresh context per test). */
    browserEndpoint: string;
  }
}

interface Shared {
  ready: Promise<{ server: RunningServer; browser: BrowserServer }>;
  users: number;
}

const KEY = Symbol.for('paham-pelanggan.e2e-server');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

async function buildAndServe(): Promise<RunningServer> {
  if (!(process.env.SKIP_BUILD && existsSync(join(DIST, 'pagefind')))) {
    // Vitest sets NODE_ENV=test; the site under test must be the production build visitors get.
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  return serveStatic(DIST);
}

async function start(): Promise<{ server: RunningServer; browser: BrowserServer }> {
  findChromium(); // fail first, in one line, when there is no browser
  // One browser for all test files instead of one launch per file: each test still gets its own
  // context (own storage, cookies, service workers, permissions), which is what isolates tests.
  const browser = await launchBrowserServer();
  try {
    return { server: await buildAndServe(), browser };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export default async function setup(project: TestProject) {
  const shared = (store[KEY] ??= { ready: start(), users: 0 });
  shared.users += 1;
  const { server, browser } = await shared.ready;
  project.provide('baseUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    store[KEY] = undefined;
    await Promise.all([server.close(), browser.close()]);
  };
}
