// The order Vitest runs test files in: longest first, from the times of a whole quiet run
// (file-times.json), so that the two workers finish together.
//
// Vitest's own order sorts by the times in its cache (node_modules/.vite), and by file size when
// the cache has none, as on a fresh clone or in CI. File size is a poor guess for browser tests:
// a11y.test.ts is the smallest browser file and the fourth longest (one test that visits every
// built page), so it started last and one worker ran it alone while the other had finished.
// With the longest files first, the worker that ends last ends at most one short file's time
// after the other (each file goes to whichever worker is free first).
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

/**
 * Seconds per test file (path from the repository root), as a whole `npm test` measured them;
 * only their order matters. `node test/support/file-times.mjs` writes them anew after a whole run.
 */
const SECONDS: Record<string, number> = JSON.parse(readFileSync(new URL('./file-times.json', import.meta.url), 'utf8'));

export default class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const seconds = (spec: TestSpecification) => SECONDS[relative(root, spec.moduleId).split('\\').join('/')];
    return [...files].sort((a, b) => {
      // Groups run one after another (`sequence.groupOrder`: the timed browser tests last).
      const group = a.project.config.sequence.groupOrder - b.project.config.sequence.groupOrder;
      if (group !== 0) return group;
      // Within a group, one project's files, then the next's: browser files first (`e2e` sorts
      // before `unit`). A browser worker keeps its Chromium only while the next file in the queue
      // is a browser file, and the unit files, each a few seconds at most, fill the other
      // worker's wait at the end.
      if (a.project.name !== b.project.name) return a.project.name < b.project.name ? -1 : 1;
      const sa = seconds(a);
      const sb = seconds(b);
      // A file not yet timed goes first, as Vitest's own order does: it may be long.
      if (sa === undefined || sb === undefined) return (sa === undefined ? 0 : 1) - (sb === undefined ? 0 : 1);
      return sb - sa;
    });
  }
}
