// Throw-away copies for tests that must break content on purpose.
// `contentCopy()` copies `content/` only, for the loaders and schemas tested in-process (fast);
// `projectCopy()` copies the whole project for the one test that runs `astro sync` itself.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ROOT } from './paths';

export interface Fixture {
  /** The copy's root, to hand to a loader in place of the project root. */
  dir: string;
  write(path: string, text: string): void;
  remove(): void;
}

export interface ProjectFixture extends Fixture {
  /** Runs `astro sync`, which loads and validates every collection, as a build does first. */
  sync(): { status: number | null; output: string };
}

function copyOf(entries: readonly string[]): Fixture {
  const dir = mkdtempSync(join(tmpdir(), 'paham-fixture-'));
  for (const entry of entries) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
  return {
    dir,
    write(path, text) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A copy of `content/` alone: what the loaders read. */
export function contentCopy(): Fixture {
  return copyOf(['content']);
}

/** A copy of the project that Astro can sync (node_modules linked, not copied). */
export function projectCopy(): ProjectFixture {
  const fixture = copyOf(['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']);
  symlinkSync(join(ROOT, 'node_modules'), join(fixture.dir, 'node_modules'), 'dir');
  return {
    ...fixture,
    sync() {
      const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
        cwd: fixture.dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
      });
      return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
    },
  };
}
