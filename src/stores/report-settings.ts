// The survey report's remembered column choices and period (`paham:laporan:v1`), kept like every
// other input of the site: a blocked, throwing or full storage leaves them for this visit only,
// and `$storageFailed` lets the page say so instead of claiming to remember.
import type { Granularity } from '../lib/report/periods';
import { SETTINGS_KEY, decodeSettings, type Settings } from '../lib/report/settings';
import { persistentAtom } from './persistent';

export const $reportSettings = persistentAtom<Settings | null>(SETTINGS_KEY, null, {
  encode: (value) => (value === null ? null : JSON.stringify(value)),
  decode: decodeSettings,
});

/** Remembers the confirmed roles by column name, keeping the chosen period. */
export function rememberRoles(roles: Omit<Settings, 'granularity'>): void {
  $reportSettings.set({ ...roles, granularity: $reportSettings.get()?.granularity ?? null });
}

export function rememberGranularity(granularity: Granularity): void {
  const saved = $reportSettings.get();
  $reportSettings.set({ date: null, score: null, metric: null, segments: [], comment: null, ...saved, granularity });
}
