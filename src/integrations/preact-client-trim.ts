// Astro's Preact client loads @preact/signals with a dynamic import() for islands given signal
// props. No island here takes one, and that single import() is what makes every island page
// carry Vite's preload helper (about 0.9 KB gzip). This plugin makes such a prop an error
// instead, so the import, the helper and the signals chunk all drop out of the build.
import type { Plugin } from 'vite';
import { applyCuts } from './source-cuts';

const CUTS = [
  [
    'const { signal } = await import("@preact/signals");',
    'throw new Error("Paham Pelanggan: islands take no signal props (see src/integrations/preact-client-trim.ts)");',
  ],
] as const;

export function trimPreactClient(source: string): string {
  return applyCuts(source, CUTS, 'preact-client-trim');
}

export function preactClientTrim(): Plugin {
  return {
    name: 'paham:preact-client-trim',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return null;
      return { code: trimPreactClient(code), map: null };
    },
  };
}
