// Writes test/support/file-times.json (the run order's times, see sequencer.ts) from the times
// Vitest cached for its last run. Run it after a whole `npm test`, on a machine doing nothing else.
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = join(root, 'node_modules/.vite/vitest');
const caches = existsSync(cacheDir) ? readdirSync(cacheDir).map((d) => join(cacheDir, d, 'results.json')).filter(existsSync) : [];
if (caches.length === 0) throw new Error('No Vitest results cached: run `npm test` first.');
const newest = caches.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];

// Every file of every project, as the cache holds it; only those of the last run are kept.
const entries = Object.values(JSON.parse(readFileSync(newest, 'utf8')).projects).flatMap((p) => Object.entries(p.files));
const last = Math.max(...entries.map(([, r]) => r.lastRun));
const times = entries.filter(([file, r]) => r.lastRun === last && existsSync(join(root, file)));
const files = new Set(times.map(([file]) => file));
const missing = walk(join(root, 'test')).filter((f) => !files.has(f));
if (missing.length) throw new Error(`The last run did not run every test file (run the whole \`npm test\`): ${missing.join(', ')}`);

const seconds = Object.fromEntries(times.map(([file, r]) => [file, Math.round(r.duration / 100) / 10]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
writeFileSync(join(root, 'test/support/file-times.json'), JSON.stringify(seconds, null, 2) + '\n');
console.log(`test/support/file-times.json: ${times.length} files, from ${newest}`);

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : walk(p);
    return e.name.endsWith('.test.ts') ? [p.slice(root.length).replace(/^\//, '')] : [];
  });
}
