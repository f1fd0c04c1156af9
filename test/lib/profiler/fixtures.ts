// Customer types for profiler tests: read from content/tipe/*.yaml when present (sorted by axis,
// then `order`), else the id list fixed in the content brief, in its order.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { profilerSchema, type ProfilerData } from '../../../src/schemas/profiler';
import type { ProfileType } from '../../../src/lib/profiler/score';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const AXIS_ORDER = ['posisi', 'hubungan', 'karakter', 'dasar', 'istilah'];

const BRIEF_TYPES: Record<string, string[]> = {
  posisi: ['posisi-internal', 'posisi-eksternal', 'posisi-perantara'],
  hubungan: ['hubungan-loyal', 'hubungan-potensial', 'hubungan-baru', 'hubungan-marah', 'hubungan-diam'],
  karakter: ['karakter-hemat', 'karakter-sulit', 'karakter-berwawasan', 'karakter-berada'],
  dasar: ['dasar-baru', 'dasar-impulsif', 'dasar-marah', 'dasar-ngotot', 'dasar-setia'],
  istilah: ['istilah-pelanggan', 'istilah-konsumen', 'istilah-klien'],
};

function typesFromContent(): ProfileType[] | undefined {
  const dir = `${root}content/tipe`;
  if (!existsSync(dir)) return undefined;
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  if (files.length === 0) return undefined;
  const rows = files.map((f) => {
    const data = parse(readFileSync(`${dir}/${f}`, 'utf8')) as { axis: string; order: number };
    return { id: f.replace(/\.yaml$/, ''), axis: data.axis, order: data.order };
  });
  rows.sort((a, b) => AXIS_ORDER.indexOf(a.axis) - AXIS_ORDER.indexOf(b.axis) || a.order - b.order);
  return rows.map(({ id, axis }) => ({ id, axis }));
}

/** The brief's list; the authority on which ids must exist. */
export const briefTypes: ProfileType[] = Object.entries(BRIEF_TYPES).flatMap(([axis, ids]) => ids.map((id) => ({ id, axis })));

/** Types in tie-break order. */
export const types: ProfileType[] = typesFromContent() ?? briefTypes;

/** The parsed `content/profiler.yaml`. */
export function loadProfiler(): ProfilerData {
  return profilerSchema.parse(parse(readFileSync(`${root}content/profiler.yaml`, 'utf8')));
}
