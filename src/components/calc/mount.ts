// Brings to life an island that Astro rendered on the server: a calculator, or the survey report.
// A calculator page has one island and it is the page's main content, so Astro's island runtime
// (an inline custom element, about 1.8 KB gzip, plus its Preact client) would buy nothing here
// that this page's own module script does not. Every byte counts against the calculator pages'
// 25 KB budget, the parse worker included.
//
// A calculator renders once on load:
// - With nothing stored and no link in the address, the server's HTML is exactly what the island
//   would render, so nothing needs to change on screen: it hydrates when the browser is idle, or
//   at once when the visitor first reaches into the form (focus, pointer or key), whichever
//   comes first. Hydrating on `focusin`/`pointerdown` runs before the `input` or `click` that
//   follows, so no keystroke or choice is missed.
// - With a link or a stored form, the stores are read first (openCalculator) and the island
//   renders straight to that state, reusing the server's elements. `render` rather than `hydrate`:
//   hydration keeps the server's attributes and field values as they are, and those show the
//   empty form.
import { h, hydrate, render, type ComponentType } from 'preact';
import type { CalculatorStore } from '../../stores/calculator';
import { $storageFailed } from '../../stores/persistent';
import { openCalculator } from './use-calculator';

/** What brings a calculator to life at once, before the browser is idle. */
const REACHING_IN = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * Brings `Component` to life in the page's `[data-calculator]` element and marks it as live
 * (`data-hydrated`). Given its `calculator` stores, it renders once, when needed (see above);
 * without, it hydrates at once.
 */
export function mount<T, E>(Component: ComponentType, calculator?: CalculatorStore<T, E>): void {
  const root = document.querySelector<HTMLElement>('[data-calculator]');
  if (!root) return;
  const live = (): void => {
    root.dataset.hydrated = '';
  };
  if (!calculator) {
    hydrate(h(Component, {}), root);
    return live();
  }
  const { fromLink } = openCalculator(calculator);
  // The server rendered the empty form saying it is kept; anything else is rendered now.
  if (fromLink || calculator.$input.get() !== calculator.empty || $storageFailed.get()) {
    render(h(Component, {}), root);
    return live();
  }
  let done = false;
  const wake = () => {
    if (done) return;
    done = true;
    for (const type of REACHING_IN) root.removeEventListener(type, wake, true);
    hydrate(h(Component, {}), root);
    live();
  };
  for (const type of REACHING_IN) root.addEventListener(type, wake, true);
  if ('requestIdleCallback' in window) requestIdleCallback(wake, { timeout: 2000 });
  else setTimeout(wake, 300);
}
