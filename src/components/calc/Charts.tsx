// SVG charts with a text table beside them for screen readers; groups are told apart by
// label and pattern as well as colour.
import { formatCount, formatPercent } from '../../lib/format';

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** CSS class choosing colour and pattern. */
  tone: 'good' | 'mid' | 'bad';
}

const pct = (v: number, total: number) => (total > 0 ? (100 * v) / total : 0);

/** One horizontal bar split into segments, labelled with their shares. */
export function StackedBar({ title, segments }: { title: string; segments: Segment[] }) {
  const total = segments.reduce((n, s) => n + s.value, 0);
  let x = 0;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox="0 0 100 12" preserveAspectRatio="none" class="stacked" aria-hidden="true" focusable="false">
        {segments.map((s) => {
          const w = pct(s.value, total);
          const rect = <rect key={s.key} x={x} y={0} width={w} height={12} class={`tone-${s.tone}`} />;
          x += w;
          return rect;
        })}
      </svg>
      <ul class="legend">
        {segments.map((s) => (
          <li key={s.key}>
            <span class={`swatch tone-${s.tone}`} aria-hidden="true" />
            {s.label}: {formatPercent(pct(s.value, total))} ({formatCount(s.value)})
          </li>
        ))}
      </ul>
    </figure>
  );
}

export interface Bin {
  label: string;
  value: number;
  tone: Segment['tone'];
}

/** Vertical bars, one per score, with the table of counts for screen readers. */
export function Histogram({ title, bins, caption }: { title: string; bins: Bin[]; caption: string }) {
  const max = Math.max(1, ...bins.map((b) => b.value));
  const total = bins.reduce((n, b) => n + b.value, 0);
  const w = 100 / bins.length;
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox="0 0 100 50" class="histogram" aria-hidden="true" focusable="false">
        {bins.map((b, i) => {
          const h = (44 * b.value) / max;
          return (
            <g key={b.label}>
              <rect x={i * w + w * 0.12} y={44 - h} width={w * 0.76} height={h} class={`tone-${b.tone}`} />
              <text x={i * w + w / 2} y={49} text-anchor="middle" class="axis-label">{b.label}</text>
            </g>
          );
        })}
      </svg>
      <details class="chart-table">
        <summary>Tabel data</summary>
        <table>
          <caption class="sr-only">{caption}</caption>
          <thead><tr><th scope="col">Skor</th><th scope="col">Jumlah</th><th scope="col">Persentase</th></tr></thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.label}><th scope="row">{b.label}</th><td>{formatCount(b.value)}</td><td>{formatPercent(pct(b.value, total))}</td></tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
