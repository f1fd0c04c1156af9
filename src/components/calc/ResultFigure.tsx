// The headline number of a calculator: large, labelled, and in an element tests can find.
import { npsBand } from '../../lib/metrics/nps-bands';
import type { ComponentChildren } from 'preact';

interface Props {
  label: string;
  value: string;
  name: string;
  unit?: string;
  children?: ComponentChildren;
}

export function ResultFigure({ label, value, name, unit, children }: Props) {
  return (
    <div class="result-figure">
      <p class="result-label">{label}</p>
      <p class="result-value">
        <span data-result={name}>{value}</span>
        {unit && <span class="result-unit">{unit}</span>}
      </p>
      {children}
    </div>
  );
}

/** A smaller labelled number in a definition list. */
export function Stat({ label, value, name, note }: { label: string; value: string; name?: string; note?: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd>
        <span data-result={name}>{value}</span>
        {note && <span class="stat-note"> {note}</span>}
      </dd>
    </div>
  );
}

/** The NPS band of the value as displayed (one decimal), so "30,0" is never labelled "Cukup". */
export function Band({ nps }: { nps: number }) {
  const band = npsBand(Math.round(nps * 10) / 10);
  return (
    <p class={`band band-${band.id}`}>
      <strong>{band.label}</strong> (rentang {band.range}). {band.reading}
    </p>
  );
}
