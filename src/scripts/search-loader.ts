// Loads Pagefind's Component UI on first use (focus, submit, Ctrl/⌘+K) and opens it as a
// dialog. Until then a page carries none of it; if it cannot load, the plain search page works.
const BUNDLE = '/pagefind/';

interface PagefindInstance {
  triggerSearch(term: string): void;
  triggerFilters(filters: Record<string, string[]>): void;
}
interface PagefindGlobal {
  getInstanceManager(): { getInstance(name: string): PagefindInstance };
}
interface ModalElement extends HTMLElement {
  open(): void;
}

let loading: Promise<void> | undefined;

/** The Component UI's global, once its script has loaded. */
export function getPagefind(): PagefindGlobal | undefined {
  return (window as unknown as { PagefindComponents?: PagefindGlobal }).PagefindComponents;
}

function inject<T extends HTMLLinkElement | HTMLScriptElement>(el: T): Promise<void> {
  return new Promise((resolve, reject) => {
    el.addEventListener('load', () => resolve(), { once: true });
    el.addEventListener('error', () => reject(new Error(`Gagal memuat ${el.tagName}`)), { once: true });
    document.head.append(el);
  });
}

/** Starts fetching the search UI; safe to call many times. */
export function preloadSearch(): Promise<void> {
  loading ??= (async () => {
    const css = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: `${BUNDLE}pagefind-component-ui.css` });
    const js = Object.assign(document.createElement('script'), { src: `${BUNDLE}pagefind-component-ui.js` });
    await Promise.all([inject(css), inject(js)]);
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function createModal(): ModalElement {
  const modal = document.createElement('pagefind-modal') as ModalElement;
  modal.setAttribute('reset-on-close', 'false');
  modal.innerHTML = `
    <pagefind-modal-header><pagefind-input placeholder="Cari panduan, istilah, pertanyaan…"></pagefind-input></pagefind-modal-header>
    <pagefind-modal-body>
      <pagefind-summary></pagefind-summary>
      <pagefind-results></pagefind-results>
    </pagefind-modal-body>
    <pagefind-modal-footer><pagefind-keyboard-hints></pagefind-keyboard-hints></pagefind-modal-footer>`;
  document.body.append(modal);
  return modal;
}

/** Opens the search dialog with `query`; falls back to the search page if the UI cannot load. */
export async function openSearch(query: string): Promise<void> {
  try {
    await preloadSearch();
  } catch {
    location.assign(`/cari/?q=${encodeURIComponent(query)}`);
    return;
  }
  const modal = document.querySelector<ModalElement>('pagefind-modal') ?? createModal();
  modal.open();
  const term = query.trim();
  if (term) {
    const input = modal.querySelector('input');
    if (input) input.value = term;
    getPagefind()?.getInstanceManager().getInstance('default').triggerSearch(term);
  }
}
