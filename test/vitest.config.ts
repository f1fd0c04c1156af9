import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

// Two projects: fast pure tests, and the browser suite that builds the site once.
export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/build/**/*.test.ts', 'test/content/**/*.test.ts', 'test/stores/**/*.test.ts', 'test/workers/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['test/support/all-words.ts'],
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
