import { z } from 'astro/zod';

/** One question in `content/faq.yaml`, answered in full on `/faq/`. */
export const faqSchema = z
  .object({
    /** Anchor for the question, lowercase with hyphens. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The question as a reader would ask it. */
    question: z.string().min(10),
    /** The answer in plain text; blank lines separate paragraphs. */
    answer: z.string().min(40),
    /** Guide id (optionally with `#anchor`) that goes deeper. */
    guide: z.string().optional(),
  })
  .strict();
