// The site speaks in its own words: no run of 10+ words from the source documents, no vendor.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths';

const tool = join(ROOT, '..', 'shared', 'tools', 'seed-overlap.mjs');

describe('source text', () => {
  it('content/ and src/ share no sentence with the seeds and name no vendor', () => {
    expect(existsSync(tool), `expected the shared tools at ${tool}`).toBe(true);
    const r = spawnSync(process.execPath, [tool, 'content', 'src'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toMatch(/^clean/m);
    expect(r.status).toBe(0);
  });
});
