// Everything a calculator island needs from its stores, in one hook, and the one-time opening
// of a calculator that its page script (./mount.ts) does before the island's first render:
// - A share link in the address is shown (not stored), and the address keeps in step from the
//   visitor's first change on; saved pasted scores are read again (their tally is not stored).
//   Done before the first render, that render already shows the link's or the stored state:
//   the island renders once on load, not once as the server did and again from the stores.
// - A link's problems stay on screen until the visitor changes something.
import { useEffect, useState } from 'preact/hooks';
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

export interface OpenedCalculator {
  /** A shared link's problems, shown beside their fields. */
  readonly issues: readonly LinkIssue[];
  /** Whether the address carried a link's state or problems. */
  readonly fromLink: boolean;
}

const opened = new WeakMap<object, OpenedCalculator>();

/** Reads the address and saved scores into the stores, once per page (later calls return the first). */
export function openCalculator<T, E>(calculator: CalculatorStore<T, E>): OpenedCalculator {
  const known = opened.get(calculator);
  if (known) return known;
  const { $input, $query, scores } = calculator;
  const decoded = calculator.decode(new URLSearchParams(location.search));
  // The page lives as long as the island, so the address stays in step for the whole visit.
  syncWithUrl($input, $query, decoded);
  const state = $input.get() as { mode?: string; scores?: string };
  if (scores && state.mode === 'scores' && state.scores) scores.readText(state.scores);
  const result = { issues: decoded.issues, fromLink: decoded.hasData || decoded.issues.length > 0 };
  opened.set(calculator, result);
  return result;
}

export function useCalculator<T, E>(calculator: CalculatorStore<T, E>): CalculatorView<T, E> {
  // The server renders the empty form: its stores hold nothing, and there is no address to read.
  const [issues, setIssues] = useState<readonly LinkIssue[]>(() => (typeof window === 'undefined' ? [] : openCalculator(calculator).issues));
  const input = useStore(calculator.$input);
  const evaluation = useStore(calculator.$result);
  const query = useStore(calculator.$query);
  useEffect(() => {
    const { $input } = calculator;
    return $input.listen(() => {
      if ($input.saves()) setIssues([]);
    });
  }, [calculator]);
  return { input, evaluation, query, issues };
}
