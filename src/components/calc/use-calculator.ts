// Everything a calculator island needs from its stores, in one hook, and the opening of a
// calculator that its page script (./mount-calculator.ts) does once, before the first render:
// - A share link in the address is shown (not stored), and the address keeps in step from the
//   visitor's first change on; saved pasted scores are read again (their tally is not stored).
//   Done before the first render, that render already shows the link's or the stored state:
//   the island renders once on load, not once as the server did and again from the stores.
// - A link's problems stay on screen until the visitor changes something.
import { atom } from 'nanostores';
import type { LinkIssue } from '../../lib/share/link';
import type { CalculatorStore } from '../../stores/calculator';
import { syncWithUrl } from '../../stores/url-sync';
import { useStore } from '../../stores/use-store';

export interface CalculatorView<T, E> {
  readonly input: T;
  readonly evaluation: E;
  readonly query: string;
  readonly issues: readonly LinkIssue[];
}

/** The link's problems, shown until the visitor changes something (a page has one calculator). */
const $issues = atom<readonly LinkIssue[]>([]);

/** Reads the address and saved scores into the stores: once, before the island's first render. */
export function openCalculator<T, E>(calculator: CalculatorStore<T, E>): void {
  const { $input, $query, scores } = calculator;
  const decoded = calculator.decode(new URLSearchParams(location.search));
  $issues.set(decoded.issues);
  // The page lives as long as the island, so the address stays in step for the whole visit.
  syncWithUrl($input, $query, decoded);
  $input.listen(() => {
    if ($input.saves()) $issues.set([]);
  });
  const state = $input.get() as { mode?: string; scores?: string };
  if (scores && state.mode === 'scores' && state.scores) scores.readText(state.scores);
}

export function useCalculator<T, E>(calculator: CalculatorStore<T, E>): CalculatorView<T, E> {
  return { input: useStore(calculator.$input), evaluation: useStore(calculator.$result), query: useStore(calculator.$query), issues: useStore($issues) };
}
