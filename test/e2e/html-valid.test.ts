// Every built page passes the Nu HTML checker with zero errors. One vnu run covers the whole
// build plus a deliberately broken canary page, which proves the checker ran and was read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { vnu, type VnuResult } from '../support/vnu';

const pages = builtPages();
const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);
const pageOf = new Map(pages.map((p) => [fileOf(p), p]));

const tmp = mkdtempSync(join(tmpdir(), 'paham-vnu-'));
const canary = join(tmp, 'canary.html');
writeFileSync(
  canary,
  '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Kenari</title></head><body><span><div>blok di dalam span</div></span></body></html>',
);

let result: VnuResult;
beforeAll(() => {
  result = vnu([canary, ...pages.map(fileOf)]);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('HTML validity (Nu HTML checker)', () => {
  it('checks every built page, and reports an error in a broken one', () => {
    expect(pages.length).toBeGreaterThan(30);
    expect(result.checked.length).toBe(pages.length + 1);
    expect(result.errors.filter((e) => e.file === canary).map((e) => e.message)).toEqual([
      expect.stringContaining('Element “div” not allowed as child of element “span”'),
    ]);
  });

  it('finds no errors on any built page', () => {
    const errors = result.errors.filter((e) => e.file !== canary).map((e) => `${pageOf.get(e.file) ?? e.file}:${e.line ?? '?'}: ${e.message}`);
    expect(errors).toEqual([]);
  });
});
