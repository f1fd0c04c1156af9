// Exact-text edits to a library's source at build time. Each cut names the text it replaces,
// which must occur exactly once, so a library release that moves it stops the build here
// instead of shipping code that silently differs from what was checked.

/** [exact text, replacement] */
export type Cut = readonly [text: string, replacement: string];

function once(code: string, text: string, label: string): number {
  const at = code.indexOf(text);
  if (at < 0 || code.indexOf(text, at + 1) >= 0) {
    throw new Error(
      `${label}: the source no longer has exactly one ${JSON.stringify(text.slice(0, 60))}; ` +
        `update src/integrations/${label}.ts for this version.`,
    );
  }
  return at;
}

/** Applies `cuts` in order; `label` names the module that owns them, for the error. */
export function applyCuts(source: string, cuts: readonly Cut[], label: string): string {
  let code = source;
  for (const [text, replacement] of cuts) {
    const at = once(code, text, label);
    code = code.slice(0, at) + replacement + code.slice(at + text.length);
  }
  return code;
}

/** Replaces everything from `start` through `end` (both included, each exactly once). */
export function cutRange(source: string, start: string, end: string, replacement: string, label: string): string {
  const from = once(source, start, label);
  const to = once(source, end, label) + end.length;
  return source.slice(0, from) + replacement + source.slice(to);
}
