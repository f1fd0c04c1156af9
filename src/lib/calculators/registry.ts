// The one list of calculators. The calculator list page (`pages/kalkulator/index.astro`), a
// guide's `calculator:` field (`schemas/guide.ts`), the page budgets (`test/e2e/built-site.test.ts`)
// and the calculators' browser tests all read it: adding a calculator starts here.

/** One calculator, served at `/kalkulator/<slug>/` by `src/pages/kalkulator/<slug>.astro`. */
export interface CalculatorEntry {
  /** The address segment, and the name its files go by (`id-<slug>.ts`, `<slug>-form.ts`). */
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
