import { z } from 'astro/zod';

/** One term in `content/kamus.yaml`; `id` is the anchor on `/kamus/`. */
export const glossarySchema = z
  .object({
    /** Anchor and key, lowercase with hyphens, e.g. `churn-rate`. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The term as readers write it. */
    term: z.string().min(2),
    /** Other names and the English term, shown after the headword. */
    aka: z.array(z.string()).default([]),
    /** Plain-language definition, one to three sentences. */
    definition: z.string().min(20),
    /** Guide id where the term is explained in depth (optionally with `#anchor`). */
    guide: z.string().optional(),
  })
  .strict();
