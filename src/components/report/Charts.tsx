// Dot-and-whisker charts of the report: each group's figure as a dot, its 95% interval as a
// whisker. Scales, ticks and nice bounds come from d3-scale and d3-time. Groups with too few
// answers are hollow dots with a dashed whisker, so the difference never rests on colour.
// The SVG has a title and a description; the table beside it holds every number.
import { scaleLinear } from 'd3-scale';
import { utcMonday, utcMonth } from 'd3-time';
import { useId } from 'preact/hooks';
import { formatNumber } from '../../lib/format';
import type { Metric } from '../../lib/report/metric-ids';
import type { Granularity } from '../../lib/report/periods';
import { periodKey } from '../../lib/report/periods';
import { textWidth, wrapLabel } from '../../lib/report/chart-labels';

export interface Point {
  readonly label: string;
  readonly value: number;
  readonly low: number;
  readonly high: number;
  readonly small: boolean;
}

/** The value axis: the metric's whole range for NPS and CSAT, the data's for CES, made nice. */
function valueScale(metric: Metric, points: readonly Point[], range: [number, number]) {
  const domain: [number, number] =
    metric.kind === 'nps' ? [-100, 100] : metric.kind === 'csat' ? [0, 100] : [Math.min(...points.map((p) => p.low)), Math.max(...points.map((p) => p.high))];
  return scaleLinear().domain(domain).range(range).nice(5);
}

const DAY = 86_400_000;
const W = 320;

function Dot({ x, y, small }: { x: number; y: number; small: boolean }) {
  return <circle cx={x} cy={y} r={5} class={small ? 'dot dot-small' : 'dot'} />;
}

interface TrendProps {
  title: string;
  desc: string;
  metric: Metric;
  granularity: Granularity;
  /** Points with `start`: the period's first day. */
  points: readonly (Point & { readonly start: number })[];
}

/** Periods left to right on a time axis; empty periods leave a gap. */
export function TrendChart({ title, desc, metric, granularity, points }: TrendProps) {
  const id = useId();
  const H = 200;
  const left = 40;
  const y = valueScale(metric, points, [H - 24, 10]);
  const first = points[0]!.start;
  const last = points[points.length - 1]!.start;
  const interval = granularity === 'week' ? utcMonday : granularity === 'month' ? utcMonth : utcMonth.every(3)!;
  // Every period between the first and the last, answered or not, from d3-time.
  const starts = interval.range(new Date(first * DAY), new Date(last * DAY + 1)).map((d) => d.getTime() / DAY);
  const pad = ((starts[1] ?? first + 30) - first) / 2;
  const x = scaleLinear().domain([first - pad, last + pad]).range([left, W - 8]);
  // Label every k-th period so that labels ("2026-W48") never touch.
  const labelWidth = textWidth(periodKey(first, granularity)) + 10;
  const step = starts.length > 1 ? x(starts[1]!) - x(starts[0]!) : W;
  const every = Math.max(1, Math.ceil(labelWidth / step));
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="report-chart" role="img" aria-labelledby={`${id}t ${id}d`}>
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {y.ticks(5).map((v) => (
        <g key={v} class="tick">
          <line x1={left} x2={W - 8} y1={y(v)} y2={y(v)} class={v === 0 ? 'grid grid-zero' : 'grid'} />
          <text x={left - 4} y={y(v)} dy="0.32em" text-anchor="end">{formatNumber(v, 0)}</text>
        </g>
      ))}
      {starts.map((s, i) => {
        if (i % every !== 0) return null;
        // Held inside the plot, so the last week's key never runs past the SVG's edge.
        const half = textWidth(periodKey(s, granularity)) / 2;
        return <text key={s} x={Math.min(W - half, Math.max(half, x(s)))} y={H - 6} text-anchor="middle" class="tick">{periodKey(s, granularity)}</text>;
      })}
      {points.map((p) => (
        <g key={p.label}>
          <line x1={x(p.start)} x2={x(p.start)} y1={y(p.low)} y2={y(p.high)} class={p.small ? 'whisker whisker-small' : 'whisker'} />
          <Dot x={x(p.start)} y={y(p.value)} small={p.small} />
        </g>
      ))}
    </svg>
  );
}

/** The widest a label column may grow: the plot keeps the rest of the width. */
const LABEL_MAX = 128;
const LINE = 14;

/**
 * One row per group, best at the top; the value axis across. Labels are wrapped, never cut in the
 * middle, so names that differ only at their end stay apart; the label column is as wide as its
 * widest line (chart-labels.ts estimates widths generously), so nothing reaches past the SVG.
 */
export function SegmentChart({ title, desc, metric, points }: { title: string; desc: string; metric: Metric; points: readonly Point[] }) {
  const id = useId();
  const wrapped = points.map((p) => wrapLabel(p.label, LABEL_MAX));
  const label = Math.max(48, Math.ceil(Math.max(...wrapped.flat().map((l) => textWidth(l)))) + 10);
  const heights = wrapped.map((lines) => Math.max(26, lines.length * LINE + 10));
  const tops = heights.map((_, i) => 4 + heights.slice(0, i).reduce((sum, h) => sum + h, 0));
  const H = 4 + heights.reduce((sum, h) => sum + h, 0) + 20;
  // 16 units on the right leave room for half of the last tick's label ("100").
  const x = valueScale(metric, points, [label, W - 16]);
  return (
    <svg viewBox={`0 0 ${W} ${H}`} class="report-chart" role="img" aria-labelledby={`${id}t ${id}d`}>
      <title id={`${id}t`}>{title}</title>
      <desc id={`${id}d`}>{desc}</desc>
      {x.ticks(5).map((v) => (
        <g key={v} class="tick">
          <line x1={x(v)} x2={x(v)} y1={4} y2={H - 20} class={v === 0 ? 'grid grid-zero' : 'grid'} />
          <text x={x(v)} y={H - 6} text-anchor="middle">{formatNumber(v, metric.kind === 'ces' ? 1 : 0)}</text>
        </g>
      ))}
      {points.map((p, i) => {
        const lines = wrapped[i]!;
        const cy = tops[i]! + heights[i]! / 2;
        return (
          <g key={p.label}>
            <text x={label - 6} y={cy - ((lines.length - 1) * LINE) / 2} text-anchor="end" class="tick segment-label">
              {lines.map((line, k) => <tspan key={k} x={label - 6} dy={k === 0 ? '0.32em' : LINE}>{line}</tspan>)}
            </text>
            <line x1={x(p.low)} x2={x(p.high)} y1={cy} y2={cy} class={p.small ? 'whisker whisker-small' : 'whisker'} />
            <Dot x={x(p.value)} y={cy} small={p.small} />
          </g>
        );
      })}
    </svg>
  );
}
