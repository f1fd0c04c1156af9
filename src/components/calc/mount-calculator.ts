// Brings a calculator that Astro rendered on the server to life (see ./mount.ts for why a page
// script rather than Astro's island runtime), with one render on load. The stores are read
// first (openCalculator: the link in the address, what is stored), so that render shows the
// state the visitor should see; it reuses the server's elements (Preact's `render` into a root
// that has children adopts them, and, unlike `hydrate`, sets their attributes and field values).
// - With anything in the address, a stored form, or storage that failed (which the form says),
//   what the server rendered (the empty form) is not what to show: it renders at once.
// - Otherwise the server's HTML is already what the island would render, so nothing on screen
//   needs to change: it renders when the browser is idle, or at once when the visitor first
//   reaches into the form (focus or pointer), whichever comes first. `focusin` and
//   `pointerdown` come before the `input` or `click` they lead to, so no keystroke or choice is
//   missed.
import { h, render, type ComponentType } from 'preact';
import type { CalculatorStore } from '../../stores/calculator';
import { $storageFailed } from '../../stores/persistent';
import { openCalculator } from './use-calculator';

export function mountCalculator<T, E>(Component: ComponentType, calculator: CalculatorStore<T, E>): void {
  // Every calculator page renders this element (layouts/Calculator.astro).
  const root = document.querySelector<HTMLElement>('[data-calculator]')!;
  openCalculator(calculator);
  const wake = () => {
    if ('hydrated' in root.dataset) return;
    render(h(Component, {}), root);
    root.dataset.hydrated = '';
  };
  if (location.search || calculator.$input.get() !== calculator.empty || $storageFailed.get()) return wake();
  for (const type of ['focusin', 'pointerdown']) root.addEventListener(type, wake, { capture: true, once: true });
  // Safari has no requestIdleCallback: there it renders as soon as the page's other work is done.
  (window.requestIdleCallback ?? setTimeout)(wake);
}
