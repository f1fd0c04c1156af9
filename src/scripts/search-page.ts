// The search page: runs the query from the address (?q=) and keeps the address in step with it.
import { searchWords } from '../i18n/id-search';
import { SEARCH_OPTIONS } from '../lib/search/options';
import { preloadSearch, type PagefindInstance } from './search-loader';
import { attachFallback } from './search-ui';

export async function runSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const note = document.querySelector<HTMLElement>('[data-search-note]');
  if (!form || !input || !results) return;
  const query = new URLSearchParams(location.search).get('q') ?? '';
  input.value = query;
  let instance: PagefindInstance;
  try {
    instance = await preloadSearch();
  } catch {
    if (status) status.textContent = searchWords.failed;
    return;
  }
  results.hidden = false;
  if (note) attachFallback(instance, note, SEARCH_OPTIONS);
  const run = (term: string) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    instance.triggerSearch(term);
  };
  // Typing searches once it pauses; Enter searches now and drops the pending pause search, which
  // would run the same query again and blank the status note (read aloud twice) in between.
  let timer: ReturnType<typeof setTimeout> | undefined;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    run(input.value.trim());
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(input.value.trim()), 250);
  });
  document.querySelector('[data-search-filter]')?.addEventListener('change', (e) => {
    const value = (e.target as HTMLInputElement).value;
    instance.triggerFilters(value ? { kategori: [value] } : {});
  });
  if (query.trim()) run(query.trim());
}
