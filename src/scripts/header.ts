// Header behaviour: theme toggle, phone menu, and the search dialog loader.
// Kept tiny: the heavy search UI loads only on first use.
import { openSearch, preloadSearch } from './search-loader';

const THEME_KEY = 'theme';

function effectiveTheme(): 'light' | 'dark' {
  const set = document.documentElement.dataset.theme;
  if (set === 'light' || set === 'dark') return set;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function initTheme(button: HTMLButtonElement): void {
  // A plain button whose label names the theme a press gives ("Pakai tema terang" while dark), so
  // neither the words nor an icon can be read as the theme in use. Both labels come with the page.
  const label = button.querySelector('span');
  const toDark = label?.textContent ?? '';
  const render = () => {
    if (label) label.textContent = effectiveTheme() === 'dark' ? (button.dataset.toLight ?? '') : toDark;
  };
  button.hidden = false;
  render();
  button.addEventListener('click', () => {
    const next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // Private mode: the choice lasts for this page only.
    }
    render();
  });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', render);
}

function initMenu(toggle: HTMLButtonElement, nav: HTMLElement): void {
  const set = (open: boolean) => {
    nav.classList.toggle('open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  toggle.addEventListener('click', () => set(toggle.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
      set(false);
      toggle.focus();
    }
  });
}

function initSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]');
  form.querySelector('.shortcut')?.removeAttribute('hidden');
  input?.addEventListener('focus', () => void preloadSearch().catch(() => undefined), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void openSearch(input?.value ?? '');
  });
  document.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k') {
      e.preventDefault();
      void openSearch(input?.value ?? '');
    }
  });
}

export function initHeader(): void {
  const theme = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  if (theme) initTheme(theme);
  const toggle = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
  const nav = document.getElementById('main-nav');
  if (toggle && nav) initMenu(toggle, nav);
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (form) initSearch(form);
}
