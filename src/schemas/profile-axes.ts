// Axes the profiler scores; `istilah` (customer vs consumer vs client) is about words, not behaviour.

/** Axes in the order results are shown. */
export const PROFILE_AXES = ['posisi', 'hubungan', 'karakter', 'dasar'] as const;
export type ProfileAxis = (typeof PROFILE_AXES)[number];

/** Type guard for a profiled axis. */
export function isProfileAxis(value: unknown): value is ProfileAxis {
  return typeof value === 'string' && (PROFILE_AXES as readonly string[]).includes(value);
}
