// Hydrates a calculator that Astro rendered on the server. A calculator page has one island and
// it is the page's main content, so Astro's island runtime (an inline custom element, about
// 1.8 KB gzip, plus its Preact client) would buy nothing here that this page's own module
// script does not: the calculator hydrates as soon as its code arrives, like `client:load`.
// Every byte counts against the calculator pages' 25 KB budget, the parse worker included.
import { h, hydrate, type ComponentType } from 'preact';

/** Hydrates `Component` into the page's `[data-calculator]` element and marks it as live. */
export function mount(Component: ComponentType): void {
  const root = document.querySelector<HTMLElement>('[data-calculator]');
  if (!root) return;
  hydrate(h(Component, {}), root);
  root.dataset.hydrated = '';
}
