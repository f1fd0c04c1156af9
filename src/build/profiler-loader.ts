// content/profiler.yaml, parsed and checked against the customer types at build time; any
// problem stops the build with the field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { profilerSchema, validateProfiler, type ProfilerData } from '../schemas/profiler';

const FILE = 'content/profiler.yaml';

/** The profiler questions and scoring settings; throws a message naming file and field on bad data. */
export function loadProfiler(types: readonly { id: string; axis: string }[], root: string = process.cwd()): ProfilerData {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(root, FILE), 'utf8'));
  } catch (e) {
    throw new Error(`${FILE}: cannot read it as YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const parsed = profilerSchema.safeParse(raw);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${FILE} › ${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new Error(`The profiler has ${lines.length} problem(s):\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }
  const errors = validateProfiler(parsed.data, types);
  if (errors.length > 0) throw new Error(`The profiler has ${errors.length} problem(s):\n${errors.map((l) => `  - ${FILE} › ${l}`).join('\n')}`);
  return parsed.data;
}
