// The browser tests' environment: Node's own, plus the close of the worker's one Chromium when the
// worker ends. Vitest sets an environment up once per worker process and tears it down before the
// process exits, and the e2e project's workers run many test files each (`isolate: false` in
// test/vitest.config.ts), so this is the one place that runs after a worker's last file. Without
// it, the browser would only die with its worker (Vitest ends workers with SIGTERM, then SIGKILL
// half a second later), leaving its profile directory in /tmp.
import { builtinEnvironments, type Environment } from 'vitest/runtime';
import { closeSharedBrowser } from '../support/browser';

export default {
  name: 'node-with-browser',
  viteEnvironment: 'ssr',
  async setup(global, options) {
    const node = await builtinEnvironments.node.setup(global, options);
    return {
      async teardown(global) {
        try {
          await closeSharedBrowser();
        } finally {
          await node.teardown(global);
        }
      },
    };
  },
} satisfies Environment;
