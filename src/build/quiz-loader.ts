// Content loader for the question bank: reads every `content/kuis/<topic>.yaml` (a YAML list of
// items), checks the whole bank against the real customer types and guide anchors, and stops
// `astro sync` / `astro build` with one line per problem (file › item › field: message).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse } from 'yaml';
import { anchorsFromMdx } from './guide-anchors';
import { formatBankError, parseBank, type BankContext, type BankFile } from '../schemas/quiz';

/** Files under `dir` (recursively) whose name ends with `ext`, as paths relative to `dir`, sorted. */
function listFiles(dir: string, ext: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => relative(dir, join(e.parentPath, e.name)).split('\\').join('/'))
    .sort();
}

/** Type ids (file names) by axis, and guide id → anchors, read straight from `content/`. */
export function bankContext(root: string): BankContext {
  const typesByAxis = new Map<string, string[]>();
  const typeIds = new Set<string>();
  for (const f of listFiles(join(root, 'content/tipe'), '.yaml')) {
    const id = f.replace(/\.yaml$/, '');
    typeIds.add(id);
    const data = parse(readFileSync(join(root, 'content/tipe', f), 'utf8')) as { axis?: unknown; order?: unknown } | null;
    const axis = typeof data?.axis === 'string' ? data.axis : '';
    typesByAxis.set(axis, [...(typesByAxis.get(axis) ?? []), id]);
  }
  const anchors = new Map<string, Set<string>>();
  for (const f of listFiles(join(root, 'content/panduan'), '.mdx')) {
    anchors.set(f.replace(/\.mdx$/, ''), anchorsFromMdx(readFileSync(join(root, 'content/panduan', f), 'utf8'), typesByAxis));
  }
  return { typeIds, anchors };
}

/** The bank files as `BankFile`s; a file that is not valid YAML becomes an error line. */
export function readBank(root: string): { files: BankFile[]; errors: string[] } {
  const files: BankFile[] = [];
  const errors: string[] = [];
  for (const f of listFiles(join(root, 'content/kuis'), '.yaml')) {
    const file = `content/kuis/${f}`;
    try {
      files.push({ file, items: parse(readFileSync(join(root, file), 'utf8')) ?? [] });
    } catch (e) {
      errors.push(`${file}: not valid YAML: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  return { files, errors };
}

/** Checks the bank; returns the items or throws one error listing every problem. */
export function loadBank(root: string) {
  const { files, errors: yamlErrors } = readBank(root);
  const { items, errors } = parseBank(files, bankContext(root));
  const lines = [...yamlErrors, ...errors.map(formatBankError)];
  if (lines.length > 0) {
    throw new Error(`The question bank has ${lines.length} problem(s):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }
  const fileOf = new Map(files.flatMap((f) => (Array.isArray(f.items) ? f.items : []).map((i) => [(i as { id?: string }).id, f.file] as const)));
  return items.map((item) => ({ item, file: fileOf.get(item.id) ?? '' }));
}

/** The `quiz` collection's loader: one entry per item, its id the item id. */
export function quizBankLoader(): Loader {
  return {
    name: 'quiz-bank',
    async load({ store, parseData, generateDigest, config, watcher, logger }) {
      const root = fileURLToPath(config.root);
      const sync = async () => {
        const loaded = loadBank(root);
        store.clear();
        for (const { item, file } of loaded) {
          const data = await parseData({ id: item.id, data: { ...item }, filePath: file });
          store.set({ id: item.id, data, filePath: file, digest: generateDigest(data) });
        }
      };
      await sync();
      watcher?.add(join(root, 'content'));
      watcher?.on('change', (path) => {
        if (!/content[\\/](kuis|tipe|panduan)[\\/]/.test(path)) return;
        sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
