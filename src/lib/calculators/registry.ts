// The one list of calculators. The calculator list page (`pages/kalkulator/index.astro`), a
// guide's `calculator:` field (`schemas/guide.ts`), the page budgets (`test/e2e/built-site.test.ts`)
// and the calculators' browser tests all read it: adding a calculator starts here. Its words are
// keys of the pages' dictionary (`ui` in src/i18n/id.ts), worded by the list page.
import type { UiKey } from '../../i18n/id';

/** One calculator, served at `/kalkulator/<slug>/` by `src/pages/kalkulator/<slug>.astro`. */
export interface CalculatorEntry {
  /** The address segment, and the name its files go by (`id-<slug>.ts`, `<slug>-form.ts`). */
  readonly slug: string;
  /** Reads lists of scores and survey files, so its page loads the scores input and worker on use. */
  readonly readsScores: boolean;
  /** Its name on the calculator list (`ui` key). */
  readonly name: UiKey;
  /** The question it answers (`ui` key). */
  readonly question: UiKey;
  /** What an owner uses it for (`ui` key). */
  readonly use: UiKey;
}

export const CALCULATORS = [
  { slug: 'nps', readsScores: true, name: 'calculator.nps.name', question: 'calculator.nps.question', use: 'calculator.nps.use' },
  { slug: 'csat', readsScores: true, name: 'calculator.csat.name', question: 'calculator.csat.question', use: 'calculator.csat.use' },
  { slug: 'ces', readsScores: true, name: 'calculator.ces.name', question: 'calculator.ces.question', use: 'calculator.ces.use' },
  { slug: 'churn', readsScores: false, name: 'calculator.churn.name', question: 'calculator.churn.question', use: 'calculator.churn.use' },
] as const satisfies readonly CalculatorEntry[];

export type CalculatorSlug = (typeof CALCULATORS)[number]['slug'];

/** The slugs, in the list's order (a non-empty tuple, as `z.enum` wants). */
export const CALCULATOR_SLUGS = CALCULATORS.map((c) => c.slug) as [CalculatorSlug, ...CalculatorSlug[]];

/** The calculator's address. */
export const calculatorPath = (slug: CalculatorSlug): string => `/kalkulator/${slug}/`;
