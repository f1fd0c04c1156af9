// A calculator string with elements in its `{name}` places, for sentences that hold a figure
// tests and styles need to find (`<strong data-result="sampel">`).
import type { ComponentChildren } from 'preact';
import type { CalcKey } from '../../i18n/id';
import { text } from '../../i18n/say';

export function Words({ k, ...slots }: { k: CalcKey } & Record<string, ComponentChildren>) {
  return <>{text(k).split(/\{(\w+)\}/).map((part, i) => (i % 2 ? slots[part] : part))}</>;
}
