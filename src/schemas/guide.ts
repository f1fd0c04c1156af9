import { z } from 'astro/zod';
import { CALCULATOR_SLUGS } from '../lib/calculators/registry';
import { searchWordsSchema } from './search-words';
import { GUIDE_CHECK_SIZE } from '../lib/quiz/guide-check';

/** The sections of `/panduan/`, in the order the listing shows them. */
export const GUIDE_CATEGORIES = ['dasar', 'jenis', 'melayani', 'mengukur'] as const;
export type GuideCategory = (typeof GUIDE_CATEGORIES)[number];

/** Front matter of one guide in `content/panduan/`. */
export const guideSchema = z
  .object({
    /** Page title and `<h1>`; keep it under about 60 characters so search results show it whole. */
    title: z.string().min(4).max(90),
    /** One-paragraph lead under the title, also the meta description and search excerpt. */
    description: z.string().min(40).max(320),
    /** Which section of `/panduan/` lists the guide. */
    category: z.enum(GUIDE_CATEGORIES),
    /** Position inside its category, smallest first; also drives previous/next links. */
    order: z.number().int().min(0),
    /** Date of the last real change to the facts, shown to readers as "Diperbarui". */
    updated: z.coerce.date(),
    /** Shorter label for navigation and breadcrumbs when the title is long. */
    navTitle: z.string().max(40).optional(),
    /** Quiz topic that practises this guide (a slug under `/kuis/`). */
    quiz: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /**
     * Item ids of the `quiz` topic that the guide's "Uji pemahaman" shows, in this order, instead of
     * the seeded draw. For a guide near its 14 KB first view, whose weight must not change each time
     * the bank gains or retires an item; an id that is not in the topic fails the build.
     */
    uji: z
      .array(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'item ids are lowercase letters, digits and hyphens'))
      .min(1)
      .max(GUIDE_CHECK_SIZE, `at most ${GUIDE_CHECK_SIZE} items`)
      .optional(),
    /** Calculator that applies this guide (a slug under `/kalkulator/`). */
    calculator: z.enum(CALCULATOR_SLUGS).optional(),
    /** Ids of guides to suggest at the end, in order. */
    related: z.array(z.string()).default([]),
    /** Show a table of contents; long guides turn it on. */
    toc: z.boolean().default(true),
    /** Owners' own words for the guide and its sections, for search (see `search-words.ts`). */
    kata_lain: searchWordsSchema.optional(),
  })
  .strict()
  .refine((g) => !g.uji || g.quiz, { message: 'needs `quiz`, the topic its items come from', path: ['uji'] });

export type GuideData = z.infer<typeof guideSchema>;
