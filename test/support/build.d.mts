/** The production build, and with `check` the type check beside it (`astro check --noSync` once the build has synced). */
export function buildSite(options?: { check?: boolean }): Promise<void>;
