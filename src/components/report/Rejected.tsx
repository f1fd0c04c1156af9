// Why rows were rejected, by reason with a few examples, and the rows themselves to download
// (row number as the spreadsheet shows it, the reason, the original cells), to fix and try again.
// Folded on screen, unfolded on paper.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { Aggregate } from '../../lib/report/aggregate';
import { columnAt, columnLabel } from '../../lib/report/column-label';
import type { ColumnInfo } from '../../lib/report/detect';
import type { Metric } from '../../lib/report/metric-ids';
import { rejectReason, rejectedCsv } from './present';
import type { Source } from './present';
import { downloadCsv } from './download';

interface Props {
  data: Aggregate;
  metric: Metric;
  /** The columns the page was told about (a bounded list, workers/columns.ts); others go by number. */
  columns: readonly ColumnInfo[];
  source: Source;
}

export function Rejected({ data, metric, columns, source }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  // A printed report shows why rows were rejected, though the list is folded on screen.
  useEffect(() => {
    let wasOpen = true;
    const before = () => {
      if (!details.current) return;
      wasOpen = details.current.open;
      details.current.open = true;
    };
    const after = () => {
      if (details.current) details.current.open = wasOpen;
    };
    addEventListener('beforeprint', before);
    addEventListener('afterprint', after);
    return () => (removeEventListener('beforeprint', before), removeEventListener('afterprint', after));
  }, []);
  if (source.rejected === 0) return null;

  function download() {
    const width = data.rejectedRows.reduce((most, r) => Math.max(most, r.cells.length), 0);
    const names = Array.from({ length: width }, (_, i) => columnLabel(t, columnAt(columns, i)?.name ?? '', i));
    downloadCsv(rejectedCsv(data, names, metric, source), t('report.rejectedFile'));
    setStatus(t('report.rejectedDownloaded'));
  }

  return (
    <details class="rejected" ref={details}>
      <summary>{t('report.rejectedTitle', { n: formatCount(source.rejected) })}</summary>
      <ul>
        {data.rejected.map((r) => (
          <li key={r.reason} data-reject={r.reason}>
            <strong>{rejectReason(r, metric)}</strong>: {formatCount(r.count)}. {t('report.examplesRows')} {r.examples.map((e) => t('report.exampleRow', { row: e.row, value: e.value || t('report.emptyCell') })).join('; ')}
          </li>
        ))}
      </ul>
      <p class="no-print">
        <button type="button" onClick={download}>{t('report.downloadRejected')}</button>{' '}
        <span class="muted">{data.rejectedRows.length < source.rejected ? t('report.rejectedCapped', { n: formatCount(data.rejectedRows.length) }) : t('report.rejectedHint')}</span>
      </p>
      <p role="status" class="no-print">{status}</p>
    </details>
  );
}
