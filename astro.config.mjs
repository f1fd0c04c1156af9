// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { serviceWorker } from './src/integrations/service-worker';
import { staticHeaders } from './src/integrations/static-headers';

export default defineConfig({
  site: 'https://pahampelanggan.id',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [
    mdx(),
    preact(),
    sitemap({ filter: (page) => !/\/(404|offline)\b/.test(page) }),
    staticHeaders(),
    serviceWorker(),
  ],
  devToolbar: { enabled: false },
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
