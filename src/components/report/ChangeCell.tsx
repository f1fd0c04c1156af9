// A tested difference as the page shows it, and the sentence that says how the p-values of a
// table were adjusted. Each difference carries the public contract's `data-bermakna`
// (ya | tidak | kecil) and, when it was tested, `data-p`: the adjusted p its verdict rests on.
import { familySize, verdictOf } from '../../lib/report/differences';
import type { Change } from '../../lib/report/differences';
import type { Metric } from '../../lib/report/metric-ids';
import { changeText, familyNote } from './present';

/** A change or difference: bold when significant, muted otherwise, a dash when there is none. */
export function ChangeCell({ metric, change }: { metric: Metric; change: Change | null }) {
  if (!change) return <>—</>;
  const text = changeText(metric, change);
  const p = change.pValue === null ? undefined : String(change.pValue);
  return change.significant
    ? <strong data-bermakna={verdictOf(change)} data-p={p}>{text}</strong>
    : <span class="muted" data-bermakna={verdictOf(change)} data-p={p}>{text}</span>;
}

/** Under a table of many tests: one sentence on the adjustment; nothing for one test or none. */
export function FamilyNote({ changes }: { changes: readonly (Change | null)[] }) {
  const note = familyNote(familySize(changes));
  return note ? <p class="muted family-note" data-family={familySize(changes)}>{note}</p> : null;
}
