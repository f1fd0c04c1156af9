// A calculator string with elements in its `{name}` places, for sentences that hold a figure
// tests and styles need to find (`<strong data-result="sampel">`). `text` is the string worded
// without parameters (`t({ key })`), so its `{name}` places are still as written.
import type { ComponentChildren } from 'preact';

export function Words({ text, ...slots }: { text: string } & Record<string, ComponentChildren>) {
  return <>{text.split(/\{(\w+)\}/).map((part, i) => (i % 2 ? slots[part] : part))}</>;
}
