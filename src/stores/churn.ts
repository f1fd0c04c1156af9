// Churn calculator state: fields as typed (persisted), evaluation, link.
import { derived } from './derived';
import { evaluateChurn } from '../lib/calculators/churn-form';
import { EMPTY_CHURN_STATE, encodeChurnLink, type ChurnLinkState } from '../lib/share/churn-link';
import { linkQuery } from '../lib/share/link';
import { hasStrings, persistentForm } from './persisted-form';

const isChurnState = (v: unknown): v is ChurnLinkState =>
  hasStrings(v, ['start', 'lost', 'end', 'newCustomers', 'arpu', 'margin']) &&
  (v.mode === 'lost' || v.mode === 'flow') &&
  (v.period === 'month' || v.period === 'year');

export const $churnInput = persistentForm<ChurnLinkState>('paham:churn:v1', EMPTY_CHURN_STATE, isChurnState);
export const $churn = derived([$churnInput], evaluateChurn);
export const $churnQuery = derived([$churnInput], (input) => linkQuery(encodeChurnLink(input)));

export function setChurnField<K extends keyof ChurnLinkState>(key: K, value: ChurnLinkState[K]): void {
  $churnInput.set({ ...$churnInput.get(), [key]: value });
}
export const clearChurn = () => $churnInput.set(EMPTY_CHURN_STATE);
