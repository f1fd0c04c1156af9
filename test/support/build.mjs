// Builds the site the browser tests run against (`npm run build`: Astro, Pagefind, the service
// worker). With `check`, it also type-checks the project (`astro check`) while the build bundles:
// `npm test` runs `node test/support/build.mjs --check`, then the tests on that build.
//
// Why at once, and why it is safe: the build uses well under one of the two cores while it bundles,
// and `astro check` alone took about 40 s. Both would write `.astro/` (each runs `astro sync`),
// so only the build syncs: the check starts with `--noSync` once the build has said its types are
// generated, which is the last thing its sync writes (nothing under `.astro/` changes after that
// line; measured 2026-12-06, docs/test-suite.md). If the line never comes, the check waits for the
// build to end.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** What `astro build` logs when its `astro sync` has written `.astro/`. */
const SYNCED = /\[types\].*Generated/;

/** Runs a command in the project; resolves when it succeeds, rejects naming it when it fails. */
function run(command, args, options) {
  const child = spawn(command, args, { cwd: ROOT, ...options });
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit ${code}`})`)),
    );
  });
  return { child, done };
}

/** The production build, and with `check` the type check beside it. */
export async function buildSite({ check = false } = {}) {
  // Vitest sets NODE_ENV=test; the site under test must be the production build visitors get.
  const build = run('npm', ['run', 'build', '--silent'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (!check) {
    build.child.stdout.resume();
    return build.done;
  }
  const synced = new Promise((resolve) => {
    let pending = '';
    build.child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      if (lines.some((line) => SYNCED.test(line))) resolve();
    });
    build.done.then(resolve, resolve);
  });
  await synced;
  const typecheck = run('npx', ['astro', 'check', '--noSync'], { stdio: 'inherit' });
  const outcome = await Promise.allSettled([build.done, typecheck.done]);
  const failed = outcome.filter((o) => o.status === 'rejected').map((o) => o.reason);
  if (failed.length > 0) throw new AggregateError(failed, failed.map((e) => e.message).join('; '));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildSite({ check: process.argv.includes('--check') }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
