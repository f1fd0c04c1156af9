import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadProfiler } from '../../src/build/profiler-loader';
import { ROOT } from '../support/paths';
import { types } from '../lib/profiler/fixtures';

const real = parse(readFileSync(join(ROOT, 'content/profiler.yaml'), 'utf8'));
let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function rootWith(data: unknown): string {
  dir = mkdtempSync(join(tmpdir(), 'profiler-'));
  mkdirSync(join(dir, 'content'));
  writeFileSync(join(dir, 'content/profiler.yaml'), typeof data === 'string' ? data : stringify(data));
  return dir;
}

describe('loadProfiler', () => {
  it('loads the committed profiler against the real types', () => {
    const data = loadProfiler(types, ROOT);
    expect(data.questions.length).toBeGreaterThanOrEqual(6);
  });

  it('names the file and field of a shape problem', () => {
    const broken = structuredClone(real);
    broken.questions[1].answers[0].weights = { 'posisi-perantara': 9 };
    expect(() => loadProfiler(types, rootWith(broken))).toThrow(/content\/profiler\.yaml › questions\.1\.answers\.0\.weights\.posisi-perantara/);
  });

  it('names an unknown type id', () => {
    const broken = structuredClone(real);
    broken.questions[0].answers[0].weights = { 'posisi-hantu': 2 };
    expect(() => loadProfiler(types, rootWith(broken))).toThrow(/content\/profiler\.yaml › profiler › pemakai › sendiri: unknown customer type id "posisi-hantu"/);
  });

  it('names a file that is not YAML', () => {
    expect(() => loadProfiler(types, rootWith('questions: [\n'))).toThrow(/content\/profiler\.yaml: cannot read it as YAML/);
  });
});
