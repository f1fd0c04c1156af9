import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { papaTrim } from '../src/integrations/papa-trim.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: fast pure tests, and the browser suite that builds the site once.
export default defineConfig({
  root,
  // Unit tests parse with the same trimmed Papa Parse the site ships (inlined, so the plugin sees it).
  plugins: [papaTrim()],
  test: {
    server: { deps: { inline: ['papaparse'] } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/integrations/**/*.test.ts', 'test/build/**/*.test.ts', 'test/content/**/*.test.ts', 'test/stores/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
