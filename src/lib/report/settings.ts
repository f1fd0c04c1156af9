/**
 * The column choices a visitor confirmed, remembered by column name so the next export of the
 * same survey opens with them. Only names and choices: never a value from the file.
 */
import { isRecord } from '../../schemas/shape';
import type { Detection, Roles } from './detect';
import { METRIC_IDS } from './metric-ids';
import type { MetricId } from './metric-ids';
import { GRANULARITIES } from './periods';
import type { Granularity } from './periods';

export interface Settings {
  readonly date: string | null;
  readonly score: string | null;
  readonly metric: MetricId | null;
  readonly segments: readonly string[];
  readonly comment: string | null;
  readonly granularity: Granularity | null;
}

export const SETTINGS_KEY = 'paham:laporan:v1';

const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export function decodeSettings(raw: string | null): Settings | null {
  try {
    const v: unknown = JSON.parse(raw ?? 'null');
    if (!isRecord(v)) return null;
    const metric = METRIC_IDS.find((m) => m === v.metric) ?? null;
    const granularity = GRANULARITIES.find((g) => g === v.granularity) ?? null;
    const segments = Array.isArray(v.segments) ? v.segments.filter((s): s is string => typeof s === 'string').slice(0, 2) : [];
    return { date: text(v.date), score: text(v.score), metric, segments, comment: text(v.comment), granularity };
  } catch {
    return null;
  }
}

/** The detected roles, with remembered choices applied where this file has those columns. */
export function applySettings(detection: Detection, settings: Settings | null): Roles {
  const { roles, columns } = detection;
  if (!settings) return roles;
  const find = (name: string | null) => (name ? (columns.find((c) => c.name === name)?.index ?? null) : null);
  const score = find(settings.score);
  const segments = settings.segments.map(find).filter((i): i is number => i !== null);
  return {
    date: find(settings.date) ?? roles.date,
    score: score ?? roles.score,
    metric: score !== null && settings.metric ? settings.metric : roles.metric,
    segments: segments.length ? segments : roles.segments,
    comment: find(settings.comment) ?? roles.comment,
  };
}
