// The segment × period table (branch × month), what an owner otherwise builds as a pivot table:
// each cell the figure and its n, cells too small to read marked as in the other tables. On
// paper only the latest periods fit the width of a page (report.css).
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { Metric } from '../../lib/report/metric-ids';
import type { Granularity } from '../../lib/report/periods';
import { figureText, periodLabel, periodWord, segmentLabel, unitOf } from './present';
import type { CrosstabTable } from '../../lib/report/report';

/** Periods a printed page holds; keep equal to the :nth-last-child rule in report.css. */
export const PRINTED_PERIODS = 12;

interface Props {
  table: CrosstabTable;
  metric: Metric;
  metricName: string;
  column: string;
  granularity: Granularity;
}

export function Crosstab({ table, metric, metricName, column, granularity }: Props) {
  const unit = unitOf(metric);
  const period = periodWord(granularity);
  return (
    <section aria-labelledby="silang" data-crosstab-section>
      <div class="keep-with-next">
        <h3 id="silang">{t('report.crosstabTitle', { column, period })}</h3>
        <p class="muted">{t('report.crosstabIntro', { column, period, metric: metricName })}</p>
      </div>
      {(table.omittedValues > 0 || table.omittedPeriods > 0) && (
        <p class="muted">
          {table.omittedValues > 0 && t('report.crosstabValuesCapped', { shown: table.rows.length, n: formatCount(table.rows.length + table.omittedValues) })}{' '}
          {table.omittedPeriods > 0 && t('report.crosstabPeriodsCapped', { shown: table.periods.length, period })}
        </p>
      )}
      {table.periods.length > PRINTED_PERIODS && <p class="print-only muted">{t('report.crosstabPrinted', { shown: PRINTED_PERIODS, period })}</p>}
      <p class="scroll-hint muted no-print">{t('report.scrollHint')}</p>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="silang-tabel">
        <table class="report-table crosstab" data-crosstab>
          <caption id="silang-tabel">{t('report.crosstabCaption', { metric: metricName, column, period })}</caption>
          <thead>
            <tr>
              <th scope="col">{column}</th>
              {table.periods.map((p) => <th scope="col" key={p.key}>{periodLabel(p.start, granularity)}<span class="period-key">{p.key}</span></th>)}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => (
              <tr key={row.value ?? '\u0000'}>
                <th scope="row">{segmentLabel(row.value)}</th>
                {row.cells.map((c) => (
                  <td key={c.period} data-segment={row.value ?? ''} data-period={c.period}>
                    {c.figure ? (
                      <>
                        <span data-result={metric.kind}>{figureText(metric, c.figure.value)}</span>{unit}
                        <span class="cell-n">n = <span data-result="n">{formatCount(c.figure.n)}</span></span>
                        {c.small && <span class="small-note">{t('report.tooFew')}</span>}
                      </>
                    ) : (
                      <>
                        <span class="muted">–</span>
                        <span class="cell-n">n = <span data-result="n">0</span></span>
                      </>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
