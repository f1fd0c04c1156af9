import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import LongestFirst from './support/sequencer.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * Browser tests that measure time on the page (long tasks): they run last and alone, so no other
 * test's browser shares the two cores while they measure.
 */
const TIMED = ['test/e2e/long-tasks.test.ts'];

/**
 * What every browser test project shares: the built site served once (global-setup.ts), and one
 * Chromium per worker process, closed by the environment when the worker ends (environment.ts).
 */
const browser = {
  globalSetup: ['test/e2e/global-setup.ts'],
  environment: './test/e2e/environment.ts',
  // Timeouts here catch a hung test; they are not budgets. Browser tests take seconds on a quiet
  // machine and ten times that when eight people share its two cores.
  testTimeout: 120_000,
  hookTimeout: 300_000,
  // A wait, not a budget: `expect.poll` retries until the page gets there. Its 1 s default
  // failed on a loaded machine where the page was only slow, not wrong.
  expect: { poll: { timeout: 15_000 } },
};

// Unit tests and browser tests share the first group, two files at a time (the machine has two
// cores): the browser files longest first, then the unit files (support/sequencer.ts). The timed
// browser tests follow in a group of their own, one file at a time.
export default defineConfig({
  root,
  test: {
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/lib/**/*.test.ts', 'test/i18n/**/*.test.ts', 'test/build/**/*.test.ts', 'test/content/**/*.test.ts', 'test/stores/**/*.test.ts', 'test/workers/**/*.test.ts'],
          environment: 'node',
          // A hung test's guard, not a budget (the 5 s default failed tests that were only slow).
          testTimeout: 30_000,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...browser,
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          exclude: TIMED,
          // A worker runs many browser test files, one after another, and launches Chromium once
          // for all of them (a launch and close cost 10 s a file under load). Nothing else is
          // shared: each file is imported afresh, and useBrowser() closes every context a file
          // left open (test/e2e/context.ts).
          isolate: false,
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          ...browser,
          name: 'e2e-timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
