// Every HTML page of the build, as URL paths.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { DIST } from './paths';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'pagefind' || e.name === '_astro' ? [] : walk(p);
    return e.name.endsWith('.html') ? [p] : [];
  });
}

export function builtPages(): string[] {
  return walk(DIST)
    .map((f) => '/' + relative(DIST, f).split(sep).join('/'))
    .map((p) => (p.endsWith('/index.html') ? p.slice(0, -'index.html'.length) : p))
    .sort();
}
