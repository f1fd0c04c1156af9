// Loads Pagefind's Component UI on first use (focus, submit, Ctrl/⌘+K) and opens it as a
// dialog. Until then a page carries none of it; if it cannot load, the plain search page works.
import { SEARCH_OPTIONS } from '../lib/search/options';

const BUNDLE = '/pagefind/';

/** The part of a Component UI instance this site uses (Pagefind 1.6). */
export interface PagefindInstance {
  searchTerm: string;
  searchFilters: Record<string, string[]>;
  on(event: 'search', callback: (term: string) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}
interface PagefindGlobal {
  configureInstance(name: string, options: object): PagefindInstance;
}

let loading: Promise<PagefindInstance> | undefined;

function inject<T extends HTMLLinkElement | HTMLScriptElement>(el: T): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`Gagal memuat ${el.tagName}`)), { once: true });
    document.head.append(el);
  });
}

/**
 * Starts fetching the search UI and resolves with its one instance, configured with the site's
 * search options before it loads an index; safe to call many times.
 */
export function preloadSearch(): Promise<PagefindInstance> {
  loading ??= (async () => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const js = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    await Promise.all([inject(css), inject(js)]);
    const ui = (window as unknown as { PagefindComponents: PagefindGlobal }).PagefindComponents;
    return ui.configureInstance('default', SEARCH_OPTIONS);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** Opens the search dialog with `query`; falls back to the search page if the UI cannot load. */
export async function openSearch(query: string): Promise<void> {
  try {
    const [instance, { showSearchModal }] = await Promise.all([preloadSearch(), import('./search-ui')]);
    showSearchModal(instance, query.trim(), SEARCH_OPTIONS);
  } catch {
    location.assign(`/cari/?q=${encodeURIComponent(query)}`);
  }
}
