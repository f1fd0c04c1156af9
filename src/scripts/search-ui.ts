// The search UI around Pagefind's: the header's pop-up, and the note under the results' summary
// on it and on the search page. Loaded on first use by search-loader.ts, and by the search page.
// It imports nothing another chunk shares, so loading it needs no preload helper on every page.
//
// What search does when a visitor's words find nothing. Pagefind only finds pages holding every
// word, so the search is tried again with fewer words (src/lib/search/fewer-words.ts) and the note
// says which words the results are for; when nothing is found at all, the note offers the pages
// most owners need; when part of the index cannot be fetched, it says search needs a connection.
import { neededPages, searchWords } from '../i18n/id-search';
import { fewerWords } from '../lib/search/fewer-words';
import type { PagefindInstance } from './search-loader';
// A file of its own, linked when the pop-up is first made: imported as CSS it would be inlined
// into every page. The search page inlines it (cari.astro).
import noteStyles from '../styles/search.css?url';

interface PagefindApi {
  options(options: object): Promise<void>;
  search(term: string, options?: object): Promise<{ results: unknown[] } | null>;
}

let api: Promise<PagefindApi> | undefined;

/**
 * Pagefind's own search API, to try shorter queries without showing each try. The same module the
 * Component UI loads; its default instance is given the site's options (`SEARCH_OPTIONS`).
 */
function pagefindApi(options: object): Promise<PagefindApi> {
  const url = '/pagefind/pagefind.js';
  api ??= (import(/* @vite-ignore */ url) as Promise<PagefindApi>).then(async (pagefind) => {
    await pagefind.options(options);
    return pagefind;
  });
  return api;
}

/**
 * Whether the whole index is on this device: the service worker precaches it with the pages, all
 * or nothing (src/build/search-precache.ts), so its entry file stands for the rest.
 */
async function indexStored(): Promise<boolean> {
  try {
    for (const name of await caches.keys()) {
      if (name.startsWith('workbox-precache') && (await (await caches.open(name)).match('/pagefind/pagefind-entry.json', { ignoreSearch: true }))) return true;
    }
  } catch {
    // No Cache API (an old browser, some private modes): nothing is stored.
  }
  return false;
}

/** An empty note: a status region, so what it comes to say is read out. */
export function createNote(): HTMLElement {
  const note = document.createElement('div');
  note.className = 'search-note';
  note.dataset.searchNote = '';
  note.setAttribute('role', 'status');
  return note;
}

function say(note: HTMLElement, text: string, withPages = false): void {
  const p = document.createElement('p');
  p.textContent = text;
  note.replaceChildren(p);
  if (!withPages) return;
  const list = document.createElement('ul');
  for (const page of neededPages) {
    const a = Object.assign(document.createElement('a'), { href: page.href, textContent: page.title });
    const li = document.createElement('li');
    li.append(a, ` — ${page.why}`);
    list.append(li);
  }
  note.append(list);
}

/**
 * `text` with each `{key}` replaced: not the translator (translate.ts), which travels in the stores
 * chunk that search does not load; a chunk of its own would cost every page 86 B (docs/strings.md).
 */
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, key: string) => values[key] ?? m);

/**
 * Watches `instance`: a visitor's search that finds nothing is tried again with fewer words, and
 * `note` says what was done. Another search clears the note. `options` are the site's search
 * options (`SEARCH_OPTIONS`), passed in so this module shares no chunk with the loader.
 */
export function attachFallback(instance: PagefindInstance, note: HTMLElement, options: object): void {
  let asked = '';
  let retried = '';
  let turn = 0;
  instance.on('search', (term) => {
    if (retried && term === retried) return; // the retry below, not the visitor
    asked = term.trim();
    retried = '';
    turn++;
    note.replaceChildren();
  });
  instance.on('results', (result) => {
    const term = instance.searchTerm.trim();
    if (!term || term !== asked || retried || result.results.length > 0) return;
    const mine = ++turn;
    void (async () => {
      // Offline without the stored index, Pagefind finds nothing for words whose part of the index
      // it could not fetch, and does not say so: the words are not to blame, the connection is.
      if (!navigator.onLine && !(await indexStored())) {
        if (mine === turn) say(note, fill(searchWords.offline, { query: term }));
        return;
      }
      try {
        const pagefind = await pagefindApi(options);
        for (const fewer of fewerWords(term)) {
          const found = await pagefind.search(fewer, { filters: instance.searchFilters });
          if (mine !== turn) return;
          if (found && found.results.length > 0) {
            retried = fewer;
            say(note, fill(searchWords.fewer, { query: term, used: fewer }));
            instance.triggerSearch(fewer);
            return;
          }
        }
        if (mine === turn) say(note, fill(searchWords.none, { query: term }), true);
      } catch {
        // Pagefind's own module could not load: the retry is skipped, the pages are still offered.
        if (mine === turn) say(note, fill(searchWords.none, { query: term }), true);
      }
    })();
  });
}

// The header's pop-up: Pagefind's modal, with the note under its summary.
interface ModalElement extends HTMLElement {
  open(): void;
}

function createModal(instance: PagefindInstance, options: object): ModalElement {
  // Pagefind builds the modal's header, input, results and footer itself. Parts handed to it as
  // children are moved into its dialog, which connects the header twice and gives it two close
  // buttons (Pagefind 1.6): so it gets none, and the placeholder is set on what it built.
  document.head.append(Object.assign(document.createElement('link'), { rel: 'stylesheet', href: noteStyles }));
  const modal = document.createElement('pagefind-modal') as ModalElement;
  modal.setAttribute('reset-on-close', 'false');
  document.body.append(modal);
  modal.querySelector('pagefind-input')?.setAttribute('placeholder', searchWords.placeholder);
  modal.querySelector('pagefind-input input')?.setAttribute('placeholder', searchWords.placeholder);
  const note = createNote();
  modal.querySelector('pagefind-summary')?.after(note);
  attachFallback(instance, note, options);
  return modal;
}

/** Opens the pop-up and searches for `query` (as typed in the header), if any. */
export function showSearchModal(instance: PagefindInstance, query: string, options: object): void {
  const modal = document.querySelector<ModalElement>('pagefind-modal') ?? createModal(instance, options);
  modal.open();
  if (query) {
    const input = modal.querySelector('input');
    if (input) input.value = query;
    instance.triggerSearch(query);
  }
}
