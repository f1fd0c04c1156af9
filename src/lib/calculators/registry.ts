// The one list of calculators. The calculator list page (`pages/kalkulator/index.astro`), a
// guide's `calculator:` field (`schemas/guide.ts`), the page budgets (`test/e2e/built-site.test.ts`)
// and the calculators' browser tests all read it: adding a calculator starts here. Its words are
// keys of the pages' dictionary (`ui` in src/i18n/id.ts) named after its slug, worded by the list page,
// the calculator pages (their titles) and the home page.
import type { UiKey } from '../../i18n/id';

/** One calculator, served at `/kalkulator/<slug>/` by `src/pages/kalkulator/<slug>.astro`. */
export interface CalculatorEntry {
  /**
   * The address segment, and the name its files go by (`id-<slug>.ts`, `<slug>-form.ts`) and its
   * words (`calculator.<slug>.title`, `.name`, `.question`, `.use` in `ui`; see `calculatorWord`).
   */
  readonly slug: string;
  /** Reads lists of scores and survey files, so its page loads the scores input and worker on use. */
  readonly readsScores: boolean;
}

export const CALCULATORS = [
  { slug: 'nps', readsScores: true },
  { slug: 'csat', readsScores: true },
  { slug: 'ces', readsScores: true },
  { slug: 'churn', readsScores: false },
] as const satisfies readonly CalculatorEntry[];

export type CalculatorSlug = (typeof CALCULATORS)[number]['slug'];

/** The slugs, in the list's order (a non-empty tuple, as `z.enum` wants). */
export const CALCULATOR_SLUGS = CALCULATORS.map((c) => c.slug) as [CalculatorSlug, ...CalculatorSlug[]];

/** The calculator's address. */
export const calculatorPath = (slug: CalculatorSlug): string => `/kalkulator/${slug}/`;

/**
 * A calculator's words: its page's title (also its link's text on the home page), and what the
 * calculator list says of it: its name, the question it answers, its use.
 */
export type CalculatorWord = 'title' | 'name' | 'question' | 'use';

/**
 * A calculator's words: the `ui` key named after its slug and the word (`calculator.nps.title`).
 * The return type keeps only keys that are in `ui`, so a calculator without its four keys fails
 * the type check here.
 */
export const calculatorWord = <W extends CalculatorWord>(slug: CalculatorSlug, word: W): Extract<`calculator.${CalculatorSlug}.${W}`, UiKey> =>
  `calculator.${slug}.${word}`;
