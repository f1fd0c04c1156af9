import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { customerTypeSchema } from './schemas/customer-type';
import { faqSchema } from './schemas/faq';
import { glossarySchema } from './schemas/glossary';
import { guideSchema } from './schemas/guide';
import { quizItemSchema } from './schemas/quiz';
import { quizBankLoader } from './build/quiz-loader';

/** Guides: one MDX file each; the path under content/panduan/ is the id and the URL. */
const guides = defineCollection({
  loader: glob({ base: './content/panduan', pattern: '**/*.mdx' }),
  schema: guideSchema,
});

/** Customer types: the one source for type pages, quizzes and the profiler. */
const types = defineCollection({
  loader: glob({ base: './content/tipe', pattern: '*.yaml' }),
  schema: customerTypeSchema,
});

/** Glossary terms for /kamus/. */
const glossary = defineCollection({
  loader: file('./content/kamus.yaml'),
  schema: glossarySchema,
});

/** Questions and answers for /faq/. */
const faq = defineCollection({
  loader: file('./content/faq.yaml'),
  schema: faqSchema,
});

/**
 * Quiz questions from content/kuis/<topic>.yaml. The loader checks the whole bank (answers,
 * duplicate ids, explanations, types, guide anchors, items per topic) and fails the build on any problem.
 */
const quiz = defineCollection({
  loader: quizBankLoader(),
  schema: quizItemSchema,
});

export const collections = { guides, types, glossary, faq, quiz };
