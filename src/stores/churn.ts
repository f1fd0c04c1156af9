// Churn calculator state: fields as typed (persisted), evaluation, link.
import { EMPTY_CHURN_STATE, evaluateChurn, isChurnState, type ChurnState } from '../lib/calculators/churn-form';
import { decodeChurnLink, encodeChurnLink } from '../lib/share/churn-link';
import { linkQuery } from '../lib/share/link';
import { derived } from './derived';
import { persistentForm } from './persisted-form';
import type { CalculatorStore } from './calculator';

const $input = persistentForm<ChurnState>('paham:churn:v1', EMPTY_CHURN_STATE, isChurnState);

export const churnCalculator: CalculatorStore<ChurnState, ReturnType<typeof evaluateChurn>> = {
  empty: EMPTY_CHURN_STATE,
  $input,
  $result: derived([$input], evaluateChurn),
  $query: derived([$input], (input) => linkQuery(encodeChurnLink(input))),
  decode: decodeChurnLink,
  clear: () => $input.set(EMPTY_CHURN_STATE),
};

export function setChurnField<K extends keyof ChurnState>(key: K, value: ChurnState[K]): void {
  $input.set({ ...$input.get(), [key]: value });
}
