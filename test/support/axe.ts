// Runs axe-core inside a page with the WCAG 2.x A/AA rule sets (2.2 included), or chosen rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * axe's violations on the page as one line each. `rules` narrows the run to those rule ids.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Evaluated through DevTools rather than added as a <script>: the site's CSP rightly blocks
  // inline scripts it has no hash for, and the pages are tested under that policy.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: TAGS };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: only, resultTypes: ['violations'] });
    return result.violations;
  }, runOnly);
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`,
  );
}

/** The rules whose outcome depends on colours alone: contrast, and links told from text by colour. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * Every rule in the light theme, then the colour rules in the dark one: the themes differ only in
 * colours (CSS `light-dark()` follows the emulated media, so one page load serves both).
 */
export async function axeBothThemes(page: Page): Promise<string[]> {
  const was = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
  await page.emulateMedia({ colorScheme: 'light' });
  const light = (await axeViolations(page)).map((v) => `light: ${v}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  const dark = (await axeViolations(page, COLOUR_RULES)).map((v) => `dark: ${v}`);
  await page.emulateMedia({ colorScheme: was });
  return [...light, ...dark];
}
