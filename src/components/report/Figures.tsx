// The cells every table of the report shares: the figure, n and the interval, and the split
// behind the figure, each in an element with its `data-result` (the page's public contract for tests).
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { Figure } from '../../lib/report/metric';
import type { Metric } from '../../lib/report/metric-ids';
import { MOODS, cappedNote, moodId, moodName, moodRange, figureText, shareText, unitOf } from './present';

export function FigureCells({ metric, figure, small }: { metric: Metric; figure: Figure; small: boolean }) {
  return (
    <>
      <td>
        <span data-result={metric.kind}>{figureText(metric, figure.value)}</span>
        {unitOf(metric)}
      </td>
      <td>
        <span data-result="n">{formatCount(figure.n)}</span>
        {small && <span class="small-note"> ({t('report.tooFew')})</span>}
      </td>
      <td class="interval">
        <span data-result="ci-low">{figureText(metric, figure.low)}</span>{unitOf(metric)} – <span data-result="ci-high">{figureText(metric, figure.high)}</span>{unitOf(metric)}
        <CappedNote metric={metric} figure={figure} />
      </td>
    </>
  );
}

/** The split behind the figure, a cell per group: its share in % (`data-result` promotor, pasif, …) and its count. */
export function SplitCells({ metric, figure }: { metric: Metric; figure: Figure }) {
  return (
    <>
      {MOODS.map((m) => (
        <td key={m} class="split-cell">
          <span data-result={moodId(metric, m)}>{shareText(figure[m], figure.n)}</span>% <span class="muted">({formatCount(figure[m])})</span>
        </td>
      ))}
    </>
  );
}

/** Column headings for {@link SplitCells}: the group and its scores. */
export function SplitHeads({ metric }: { metric: Metric }) {
  return (
    <>
      {MOODS.map((m) => (
        <th key={m} scope="col">{moodName(metric, m)}<span class="head-note">{moodRange(metric, m)}</span></th>
      ))}
    </>
  );
}

/** Says so when an interval was cut at the end of the scale (`data-capped` = low, high or both). */
export function CappedNote({ metric, figure }: { metric: Metric; figure: Figure }) {
  const note = cappedNote(metric, figure);
  return note ? <span class="small-note capped-note" data-capped={figure.capped}> ({note})</span> : null;
}
