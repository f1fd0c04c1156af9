// Everything a calculator island needs from its stores, in one hook:
// - Preact's hydration keeps the server's DOM as it is, so a field the server rendered empty
//   would stay empty even when the store holds a saved value: the island renders the server's
//   state first and switches to the stores' values right after mounting.
// - On mount it reads a share link from the address (showing it, not storing it), keeps the
//   address in step from the visitor's first change on, and re-reads saved pasted scores (their
//   tally is not stored).
// - A link's problems stay on screen until the visitor changes something.
import { useEffect, useMemo, useState } from 'preact/hooks';
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

export function useCalculator<T, E>(calculator: CalculatorStore<T, E>): CalculatorView<T, E> {
  const serverResult = useMemo(() => calculator.evaluate(calculator.empty), [calculator]);
  const input = useStore(calculator.$input);
  const evaluation = useStore(calculator.$result);
  const query = useStore(calculator.$query);
  const [mounted, setMounted] = useState(false);
  const [issues, setIssues] = useState<readonly LinkIssue[]>([]);
  useEffect(() => {
    const { $input, $query, scores } = calculator;
    const decoded = calculator.decode(new URLSearchParams(location.search));
    setIssues(decoded.issues);
    const stop = syncWithUrl($input, $query, decoded);
    const changed = $input.listen(() => {
      if ($input.saves()) setIssues([]);
    });
    const state = $input.get() as { mode?: string; scores?: string };
    if (scores && state.mode === 'scores' && state.scores) scores.readText(state.scores);
    setMounted(true);
    return () => {
      stop();
      changed();
    };
  }, [calculator]);
  return mounted ? { input, evaluation, query, issues } : { input: calculator.empty, evaluation: serverResult, query: '', issues };
}
