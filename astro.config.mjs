// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { serviceWorker } from './src/build/service-worker';
import { pagePolicies } from './src/build/page-policies';
import { searchIndex } from './src/build/search-index';

export default defineConfig({
  site: 'https://pahampelanggan.id',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(404|offline)\b/.test(page) }),
    // The search index first: it takes index-only words out of the pages, and the service worker
    // precaches it.
    searchIndex(),
    pagePolicies(),
    serviceWorker(),
  ],
  devToolbar: { enabled: false },
  vite: {
    // Module workers, so a worker can load code on use: the survey report's worker imports
    // SheetJS only when an .xlsx file is picked (an IIFE worker would inline it).
    worker: { format: 'es' },
    build: {
      rolldownOptions: {
        output: {
          // Libraries every island page needs travel together: fewer files, better compression.
          codeSplitting: {
            groups: [
              // Preact, and apart from it its hooks with the one that ties them to the stores: a
              // trainer's link shows its first question with Preact alone, and pages that use the
              // stores without Preact (/kuis/) load neither.
              { name: 'preact', test: /node_modules[\\/]preact[\\/](?!hooks[\\/])/ },
              { name: 'hooks', test: /node_modules[\\/]preact[\\/]hooks[\\/]|src[\\/]stores[\\/]use-store\.ts/ },
              // Storage, and the shape checks every stored or fetched value goes through: every page
              // that checks a value's shape also keeps something (calculators, quizzes, the report),
              // so they travel together (one request fewer, and no other group takes the checks in).
              // The one translator (src/i18n/translate.ts) too: those pages word with it, and a quiz
              // page must not load the calculators' chunk for it; a chunk of its own put the NPS page
              // 145 B over its budget, here it costs 11 B (2026-12-06).
              { name: 'stores', test: /node_modules[\\/]nanostores[\\/]|src[\\/]stores[\\/](persistent|derived)\.ts|src[\\/]schemas[\\/]shape\.ts|src[\\/]i18n[\\/]translate\.ts/, priority: 1 },
              // What the calculators share, their strings included, in one file: churn carries a
              // little it does not use, and NPS, CSAT and CES save requests and compress better.
              // ScoreCounts (CSAT and CES only) stays out, so the NPS page does not carry it, and
              // so does the scores input with the parsing it alone uses: it loads on use.
              { name: 'calc', test: /src[\\/](components[\\/]calc[\\/](?!ScoreCounts|ScoresInput|mount\.)|lib[\\/](calculators|share|metrics|parse[\\/](id-number|score-tally))|i18n[\\/](id|say|message)\.ts|stores[\\/](calculator|persisted-form|url-sync|score-source|scored-form))/, minShareCount: 2 },
              // Number writing on its own: the survey report's first step writes counts, and must
              // not load the calculators' shared chunk (the metrics, their strings) to do it. Chosen
              // before 'calc', which would otherwise take it in as a dependency of its modules.
              { name: 'format', test: /src[\\/]lib[\\/]format\.ts/, priority: 2 },
              // The one clipboard helper: guides' reply templates and the quiz lists copy too, and
              // must not load the calculators' chunk for it (chosen before 'calc', like 'format').
              { name: 'copy-text', test: /src[\\/]scripts[\\/]copy-text\.ts/, priority: 2 },
              // Guides need Vite's import helper but not Preact; keep it out of the Preact chunk.
              { name: 'preload-helper', test: /preload-helper/, priority: 1 },
            ],
          },
        },
      },
    },
  },
  // Guides have no code blocks, and Shiki's inline styles could not pass the CSP.
  markdown: { syntaxHighlight: false },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        // Pagefind's search UI draws its icons from data: URIs and runs its index in a worker.
        "img-src 'self' data:",
        "worker-src 'self' blob:",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
