import { z } from 'astro/zod';

/**
 * One word or phrase as an owner types it into search ("komplain", "review jelek", "COD"). Written
 * as typed, without commas, because a page's words travel to Pagefind as one comma-separated list.
 */
export const searchWord = z
  .string()
  .trim()
  .min(2, 'Too short to search for')
  .max(40, 'Keep it to what an owner types: at most 40 characters')
  .regex(/^[^,:#<>"]+$/, 'No commas, colons, #, <, > or quotes: one word or phrase per item');

const wordList = (max: number) =>
  z
    .array(searchWord)
    .min(1)
    .max(max)
    .superRefine((words, ctx) => {
      const seen = new Set<string>();
      words.forEach((w, i) => {
        const key = w.toLowerCase();
        if (seen.has(key)) ctx.addIssue({ code: 'custom', path: [i], message: `"${w}" is listed twice` });
        seen.add(key);
      });
    });

/**
 * Other words for a page and its sections: what owners type when the page says it differently
 * ("komplain" for *keluhan*, "review jelek" for *ulasan bintang satu*). Searched by Pagefind, never
 * shown on the page; README "Search words" says how they are indexed and weighted.
 */
export const searchWordsSchema = z
  .object({
    /**
     * Words for the whole page. Indexed as the page's `kata_lain` metadata, which Pagefind searches
     * and weighs (`SEARCH_OPTIONS` in `src/lib/search/options.ts`) without putting it in excerpts.
     */
    halaman: wordList(40).optional(),
    /**
     * Words for one section, keyed by its heading's id (what follows `#` in its address). They are
     * indexed on that heading, so the section comes up under the page as a result of its own. The
     * build fails when no heading has the id.
     */
    bagian: z.record(z.string().regex(/^[\p{Ll}\p{N}-]+$/u), wordList(20)).optional(),
  })
  .strict();

export type SearchWords = z.infer<typeof searchWordsSchema>;
