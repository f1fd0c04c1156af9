// The report on screen: headline, next steps, rejected rows, trend, segments, segment × period,
// comments and sharing. Built from the worker's aggregate; changing the period only regroups the days.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { t } from './words';
import { bandWord } from './band-words';
import { formatCount } from '../../lib/format';
import type { Aggregate, ReportConfig } from '../../lib/report/aggregate';
import { GRANULARITIES } from '../../lib/report/periods';
import type { Granularity } from '../../lib/report/periods';
import { columnAt, columnLabel } from '../../lib/report/column-label';
import { MOODS, figureText, moodId, moodLabel, periodLabel, sourceLine, metricName, nextSteps, periodName, periodWord, segmentLabel, shareText, unitOf } from './present';
import type { SegmentRow } from '../../lib/report/report';
import { buildReport, defaultGranularity, SMALL_GROUP } from '../../lib/report/report';
import { $reportSettings, rememberGranularity } from '../../stores/report-settings';
import type { Opened } from '../../workers/report-job';
import { SegmentChart, TrendChart } from './Charts';
import { ChangeCell, FamilyNote } from './ChangeCell';
import { Comments } from './Comments';
import { CappedNote, FigureCells, SplitCells, SplitHeads } from './Figures';
import { ShareReport } from './ShareReport';
import { Steps } from './Steps';
import { Rejected } from './Rejected';
import { Crosstab } from './Crosstab';

interface Props {
  headingRef: Ref<HTMLHeadingElement>;
  /** The file's name, for the printed report's source line. */
  fileName: string;
  info: Opened;
  config: ReportConfig;
  data: Aggregate;
}

/** Today as a day number, by the visitor's own calendar. */
function today(): number {
  const now = new Date();
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / 86_400_000;
}

/** A segment chart draws at most this many values; the table holds them all. */
const CHART_ROWS = 25;

/** The values a segment chart draws: all, or the ones with the most answers, still best first. */
function chartRows(rows: readonly SegmentRow[]): readonly SegmentRow[] {
  if (rows.length <= CHART_ROWS) return rows;
  const kept = new Set([...rows].sort((a, b) => b.figure.n - a.figure.n).slice(0, CHART_ROWS));
  return rows.filter((r) => kept.has(r));
}

/** Steps in which the report appears (see the effect below). */
const LAST_STAGE = 6;

export function ReportView({ headingRef, fileName, info, config, data }: Props) {
  const [granularity, setGranularity] = useState<Granularity | null>(() => {
    const fitting = defaultGranularity(data);
    return fitting ? ($reportSettings.get()?.granularity ?? fitting) : null;
  });
  const report = useMemo(() => buildReport(data, granularity), [data, granularity]);
  // The report appears in six steps, one task each (headline; next steps and trend; segments;
  // segment × period; comments; sharing), so a big report never holds the main thread in one
  // long task. The first is small on purpose: the heading takes focus right after it, which lays
  // the page out.
  const [stage, setStage] = useState(1);
  useEffect(() => {
    if (stage >= LAST_STAGE) return;
    const timer = setTimeout(() => setStage(stage + 1), 0);
    return () => clearTimeout(timer);
  }, [stage]);
  const { metric, headline } = report;
  const names = config.segments.map((i) => columnLabel(t, columnAt(info.detection.columns, i)?.name ?? '', i));
  const rejected = data.rejected.reduce((sum, r) => sum + r.count, 0);
  const source = { fileName, firstDay: data.days[0]?.[0] ?? null, lastDay: data.days[data.days.length - 1]?.[0] ?? null, rejected, today: today() };
  const unit = unitOf(metric);
  const name = metricName(metric);

  return (
    <section class="report" aria-labelledby="hasil-laporan">
      <h2 id="hasil-laporan" tabIndex={-1} ref={headingRef}>{t('report.resultTitle', { metric: name })}</h2>
      <p class="print-only report-source">{sourceLine(source.fileName, source.firstDay, source.lastDay, source.today)}</p>
      {!headline ? (
        <p class="message-bad" role="alert">{t('report.error.noValid')}</p>
      ) : (
        <div class="report-headline" data-headline>
          <p class="result-label">{t(`report.headlineLabel.${metric.kind}`)}</p>
          <p class="result-value"><span data-result={metric.kind}>{figureText(metric, headline.value)}</span>{unit && <span class="result-unit">{unit}</span>}</p>
          <p class="band" data-band={headline.band.id}><strong>{bandWord(metric, headline, 'label')}</strong>. {bandWord(metric, headline, 'reading')} <span class="band-note">{t('report.bandNote')}</span></p>
          <dl class="stats">
            <div class="stat"><dt>{t('report.interval')}</dt><dd><span data-result="ci-low">{figureText(metric, headline.low)}</span>{unit} – <span data-result="ci-high">{figureText(metric, headline.high)}</span>{unit}<CappedNote metric={metric} figure={headline} /></dd></div>
            <div class="stat"><dt>{t('report.answers')}</dt><dd><span data-result="n">{formatCount(headline.n)}</span></dd></div>
            <div class="stat"><dt>{t('report.rejected')}</dt><dd><span data-result="ditolak">{formatCount(rejected)}</span> <span class="stat-note">{t('report.ofRows', { n: formatCount(data.rows) })}</span></dd></div>
          </dl>
          <p class="split-title">{t('report.splitTitle', { metric: name })}</p>
          <dl class="stats split">
            {MOODS.map((m) => (
              <div class="stat" key={m}><dt>{moodLabel(metric, m)}</dt><dd><span data-result={moodId(metric, m)}>{shareText(headline[m], headline.n)}</span>% <span class="stat-note">{t('report.splitCount', { n: formatCount(headline[m]) })}</span></dd></div>
            ))}
          </dl>
        </div>
      )}
      {headline && stage >= 2 && <Steps steps={nextSteps(report)} />}
      <Rejected data={data} metric={metric} columns={info.detection.columns} source={source} />

      {headline && stage >= 2 && report.granularity && granularity && (
        <section aria-labelledby="tren">
          {/* The heading, the period select and the chart as one block, so paper never strands the heading. */}
          <div class="keep-with-next">
          <h3 id="tren">{t('report.trendTitle')}</h3>
          <div class="field no-print">
            <label for="periode">{t('report.granularityLabel')}</label>
            <select id="periode" value={granularity} onChange={(e) => {
              const g = e.currentTarget.value as Granularity;
              setGranularity(g);
              rememberGranularity(g);
            }}>
              {GRANULARITIES.map((g) => <option key={g} value={g}>{periodName(g)}</option>)}
            </select>
          </div>
          <figure class="chart">
            <TrendChart
              title={t('report.trendChartTitle', { metric: name, period: periodWord(granularity) })}
              desc={t('report.chartDesc', { small: SMALL_GROUP })}
              metric={metric}
              granularity={granularity}
              points={report.periods.map((p) => ({ label: p.key, start: p.start, value: p.figure.value, low: p.figure.low, high: p.figure.high, small: p.small }))}
            />
            <figcaption class="chart-key">{t('report.chartKey', { small: SMALL_GROUP })}</figcaption>
          </figure>
          </div>
          <p class="scroll-hint muted no-print">{t('report.scrollHint')}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="tren-tabel">
            <table class="report-table">
              <caption id="tren-tabel">{t('report.trendTableCaption', { metric: name, period: periodWord(granularity) })}</caption>
              <thead><tr><th scope="col">{periodName(granularity)}</th><th scope="col">{name}</th><th scope="col">n</th><th scope="col">{t('report.interval')}</th><SplitHeads metric={metric} /><th scope="col">{t('report.change')}</th></tr></thead>
              <tbody>
                {report.periods.map((p) => (
                  <tr key={p.key} data-period={p.key}>
                    <th scope="row">{periodLabel(p.start, granularity)}<span class="period-key">{p.key}</span></th>
                    <FigureCells metric={metric} figure={p.figure} small={p.small} />
                    <SplitCells metric={metric} figure={p.figure} />
                    <td><ChangeCell metric={metric} change={p.change} />{p.across && <span class="muted"> {t('report.across', { period: p.across })}</span>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FamilyNote changes={report.periods.map((p) => p.change)} />
        </section>
      )}

      {headline && stage >= 3 && report.segments.map((table, i) => (
        <section key={table.column} aria-labelledby={`segmen-${i}`} data-segment-column={names[i]}>
          <div class="keep-with-next">
          <h3 id={`segmen-${i}`}>{t('report.segmentTitle', { column: names[i]! })}</h3>
          <figure class="chart">
            <SegmentChart
              title={t('report.segmentChartTitle', { metric: name, column: names[i]! })}
              desc={t('report.chartDesc', { small: SMALL_GROUP })}
              metric={metric}
              points={chartRows(table.rows).map((r) => ({ label: segmentLabel(r.value), value: r.figure.value, low: r.figure.low, high: r.figure.high, small: r.small }))}
            />
            <figcaption class="chart-key">
              {t('report.chartKey', { small: SMALL_GROUP })}
              {table.rows.length > CHART_ROWS && ` ${t('report.chartRowsCapped', { shown: CHART_ROWS, n: formatCount(table.rows.length) })}`}
            </figcaption>
          </figure>
          </div>
          {data.segments[i]?.other && <p class="muted">{t('report.segmentCapped')}</p>}
          <p class="scroll-hint muted no-print">{t('report.scrollHint')}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby={`segmen-${i}-tabel`}>
            <table class="report-table">
              <caption id={`segmen-${i}-tabel`}>{t('report.segmentTableCaption', { metric: name, column: names[i]! })}</caption>
              <thead><tr><th scope="col">{names[i]}</th><th scope="col">{name}</th><th scope="col">n</th><th scope="col">{t('report.interval')}</th><SplitHeads metric={metric} /><th scope="col">{t('report.vsRest')}</th></tr></thead>
              <tbody>
                {table.rows.map((r) => (
                  <tr key={r.value ?? '\u0000'} data-segment={r.value ?? ''}>
                    <th scope="row">{segmentLabel(r.value)}</th>
                    <FigureCells metric={metric} figure={r.figure} small={r.small} />
                    <SplitCells metric={metric} figure={r.figure} />
                    <td><ChangeCell metric={metric} change={r.vsRest} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <FamilyNote changes={table.rows.map((r) => r.vsRest)} />
        </section>
      ))}

      {headline && stage >= 4 && report.crosstab && granularity && (
        <Crosstab table={report.crosstab} metric={metric} metricName={name} column={names[0]!} granularity={granularity} />
      )}

      {headline && stage >= 5 && config.comment !== null && <Comments metric={metric} data={data} names={names} granularity={granularity} />}
      {headline && stage >= LAST_STAGE && <ShareReport report={report} source={source} names={names} />}
    </section>
  );
}
