// Builds the site once (Astro + Pagefind), serves dist/ on a free port, and hands the
// address to every browser test. SKIP_BUILD=1 reuses an existing dist/ while iterating.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findChromium } from '../support/browser';
import { DIST, ROOT } from '../support/paths';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  findChromium(); // fail first, in one line, when there is no browser
  if (!(process.env.SKIP_BUILD && existsSync(join(DIST, 'pagefind')))) {
    // Vitest sets NODE_ENV=test; the site under test must be the production build visitors get.
    execFileSync('npm', ['run', 'build', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  const server = await serveStatic(DIST);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
