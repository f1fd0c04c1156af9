// Builds the site once (Astro + Pagefind), serves dist/ on a free port, and hands the
// address to every browser test. SKIP_BUILD=1 reuses an existing dist/: while iterating, and in
// `npm test`, which builds first (test/support/build.mjs, with the type check beside the build).
// Two projects run browser tests (see vitest.config.ts); both call this, and the first call's
// build and server serve both: they are kept on `globalThis` of the one Vitest process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { AXE_SCRIPT } from '../support/axe';
import { findChromium } from '../support/browser';
import { buildSite } from '../support/build.mjs';
import { DIST } from '../support/paths';
import { serveStatic, type RunningServer } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

interface Shared {
  server: Promise<RunningServer>;
  users: number;
}

const KEY = Symbol.for('paham-pelanggan.e2e-server');
const store = globalThis as unknown as Record<symbol, Shared | undefined>;

async function buildAndServe(): Promise<RunningServer> {
  findChromium(); // fail first, in one line, when there is no browser
  if (!(process.env.SKIP_BUILD && existsSync(join(DIST, 'pagefind')))) await buildSite();
  // axe-core beside the site, so pages load it as a script their HTTP cache keeps (test/support/axe.ts).
  return serveStatic(DIST, 0, { [AXE_SCRIPT.path]: AXE_SCRIPT });
}

export default async function setup(project: TestProject) {
  const shared = (store[KEY] ??= { server: buildAndServe(), users: 0 });
  shared.users += 1;
  const server = await shared.server;
  project.provide('baseUrl', server.url);
  return async () => {
    shared.users -= 1;
    if (shared.users > 0) return;
    store[KEY] = undefined;
    await server.close();
  };
}
