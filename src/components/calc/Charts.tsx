// SVG charts with a text table beside them for screen readers; groups are told apart by
// label and pattern as well as colour: "good" is solid, "mid" striped, "bad" dotted, in the
// bars and in the legend alike, so the charts read in greyscale and print.
import { useId } from 'preact/hooks';
import { useT } from './translation';
import { formatCount, formatPercent } from '../../lib/format';
import { sum } from '../../lib/metrics/validate';

export type Tone = 'good' | 'mid' | 'bad';

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** Colour and pattern of the group. */
  tone: Tone;
}

/**
 * One pattern per tone, `tw` × `th` user units a tile (about 10 px on screen), in the chart's
 * own <defs>; ids are unique per chart. Colours come from CSS classes, never inline styles.
 * Tiles are never wider than tall, so the dot is sized by the width. A plain function rather
 * than a component: it has no state, and the call is smaller.
 */
function patterns(id: string, tw: number, th: number) {
  const tile = { width: tw, height: th, patternUnits: 'userSpaceOnUse' };
  return (
    <defs>
      <pattern id={`${id}good`} {...tile}>
        <rect width={tw} height={th} class="tone-good" />
      </pattern>
      <pattern id={`${id}mid`} {...tile} patternTransform="rotate(45)">
        <rect width={tw} height={th} class="tone-mid" />
        <rect width={tw * 0.4} height={th} class="pattern-ink" />
      </pattern>
      <pattern id={`${id}bad`} {...tile}>
        <rect width={tw} height={th} class="tone-bad" />
        <circle cx={tw / 2} cy={th / 2} r={tw * 0.3} class="pattern-ink" />
      </pattern>
    </defs>
  );
}

const fill = (id: string, tone: Tone) => `url(#${id}${tone})`;

const pct = (v: number, total: number) => (total > 0 ? (100 * v) / total : 0);

/** One horizontal bar split into segments, labelled with their shares. */
export function StackedBar({ title, segments }: { title: string; segments: Segment[] }) {
  const id = useId();
  const total = sum(segments.map((s) => s.value));
  let x = 0;
  // The bar is stretched to the width of the page (about 6 px a unit across, 2.7 down).
  const [tw, th] = [1.8, 3.75];
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      <svg viewBox="0 0 100 12" preserveAspectRatio="none" class="stacked" aria-hidden focusable="false">
        {patterns(id, tw, th)}
        {segments.map((s) => {
          const w = pct(s.value, total);
          const rect = <rect key={s.key} x={x} width={w} height={12} fill={fill(id, s.tone)} />;
          x += w;
          return rect;
        })}
      </svg>
      <ul class="legend">
        {segments.map((s) => (
          <li key={s.key}>
            {/* Two pattern tiles each way. */}
            <svg viewBox={`0 0 ${2 * tw} ${2 * th}`} preserveAspectRatio="none" class="swatch" aria-hidden focusable="false">
              <rect width={2 * tw} height={2 * th} fill={fill(id, s.tone)} />
            </svg>
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
  tone: Tone;
}

/** Vertical bars, one per score, with the table of counts for screen readers. */
export function Histogram({ title, bins }: { title: string; bins: Bin[] }) {
  const t = useT();
  const max = Math.max(1, ...bins.map((b) => b.value));
  const total = sum(bins.map((b) => b.value));
  const w = 100 / bins.length;
  const id = useId();
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {/* Score labels are HTML under the bars, not SVG text: text in a scaled SVG shrinks with
          the chart to an unreadable size on a phone. The row and the SVG share one width. */}
      <div class="histogram-chart">
        <svg viewBox="0 0 100 44" class="histogram" aria-hidden focusable="false">
          {patterns(id, 1.8, 1.8)}
          {bins.map((b, i) => {
            const h = (44 * b.value) / max;
            return <rect key={b.label} x={(i + 0.12) * w} y={44 - h} width={w * 0.76} height={h} fill={fill(id, b.tone)} />;
          })}
        </svg>
        <div class="axis" aria-hidden>
          {bins.map((b) => <span key={b.label}>{b.label}</span>)}
        </div>
      </div>
      <details class="chart-table">
        <summary>{t('result.dataTable')}</summary>
        <table>
          <caption class="sr-only">{t('result.histCaption')}</caption>
          <thead><tr><th scope="col">{t('result.score')}</th><th scope="col">{t('result.count')}</th><th scope="col">{t('result.percent')}</th></tr></thead>
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
