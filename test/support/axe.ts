// Runs axe-core inside a page with the WCAG 2.x A/AA rule sets (2.2 included), or chosen rules.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * axe-core as the test server serves it beside the site (test/e2e/global-setup.ts). A page loads it
 * as a script of its own origin (the CSP allows 'self'), so the context's HTTP cache keeps it with
 * V8's compiled code: from the third page of a context on, putting axe into a page took a median
 * 35 ms against 746 ms for evaluating its 0.65 MB source afresh (docs/test-suite.md, round 10).
 */
export const AXE_SCRIPT = { path: `/__tests__/axe-core-${require('axe-core/package.json').version}.min.js`, type: 'text/javascript; charset=utf-8', body: AXE_SOURCE };

/** Puts axe into the page once per document. */
async function addAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  // The script element is gone before axe runs, so axe checks the page as it was.
  const loaded = await page.evaluate(
    (src) =>
      new Promise<boolean>((resolve) => {
        const script = document.createElement('script');
        script.src = src;
        script.onload = script.onerror = () => {
          script.remove();
          resolve('axe' in window);
        };
        document.head.append(script);
      }),
    AXE_SCRIPT.path,
  );
  // A page of another origin, or served without the test server's file, is given the source instead.
  // Evaluated through DevTools rather than added as an inline <script>: the site's CSP rightly
  // blocks inline scripts it has no hash for, and the pages are tested under that policy.
  if (!loaded) await page.evaluate(AXE_SOURCE);
}

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
  await addAxe(page);
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
