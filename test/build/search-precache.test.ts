import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { searchPrecache } from '../../src/build/search-precache';

const made: string[] = [];
afterEach(() => made.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A dist/pagefind/ as Pagefind 1.6 writes it, with `size` bytes of random (incompressible) index. */
function site(size: number): string {
  const dist = mkdtempSync(join(tmpdir(), 'paham-search-'));
  made.push(dist);
  const dir = join(dist, 'pagefind');
  for (const sub of ['index', 'fragment', 'filter']) mkdirSync(join(dir, sub), { recursive: true });
  writeFileSync(join(dir, 'pagefind-entry.json'), JSON.stringify({ version: '1.6.0', languages: { id: { hash: 'id_abc', wasm: 'id', page_count: 3 } } }));
  for (const f of ['pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'wasm.unknown.pagefind']) writeFileSync(join(dir, f), 'x'.repeat(1000));
  writeFileSync(join(dir, 'wasm.id.pagefind'), 'w');
  writeFileSync(join(dir, 'pagefind.id_abc.pf_meta'), 'm');
  writeFileSync(join(dir, 'index', 'id_1.pf_index'), Buffer.from(Array.from({ length: size }, () => Math.floor(Math.random() * 256))));
  writeFileSync(join(dir, 'fragment', 'id_2.pf_fragment'), 'f');
  writeFileSync(join(dir, 'filter', 'id_3.pf_filter'), 'g');
  return dist;
}

describe('search precache', () => {
  it('lists the index and what searches with it, and nothing Pagefind writes for other UIs or languages', () => {
    const { entries, withinBudget } = searchPrecache(site(100));
    expect(entries.map((e) => e.url).sort()).toEqual(
      [
        'pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-entry.json', 'pagefind-worker.js', 'pagefind.js',
        'pagefind.id_abc.pf_meta', 'wasm.id.pagefind', 'index/id_1.pf_index', 'fragment/id_2.pf_fragment', 'filter/id_3.pf_filter',
      ].map((f) => `/pagefind/${f}`).sort(),
    );
    // Files named by their content need no revision; the others carry one.
    expect(entries.find((e) => e.url.endsWith('.pf_index'))!.revision).toBeNull();
    expect(entries.find((e) => e.url.endsWith('pagefind.js'))!.revision).toMatch(/^[0-9a-f]{32}$/);
    expect(withinBudget).toBe(true);
  });

  it('counts bytes as sent (text gzipped) and says when they are over the budget', () => {
    const small = searchPrecache(site(1000), 5000);
    expect(small.bytes).toBeLessThan(2000 + 4 * 60 + 200);
    expect(small.withinBudget).toBe(true);
    const large = searchPrecache(site(6000), 5000);
    expect(large.bytes).toBeGreaterThan(6000);
    expect(large.withinBudget).toBe(false);
  });
});
