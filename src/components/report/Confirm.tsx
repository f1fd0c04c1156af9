// The confirm step: every guessed column role in a select, changeable, before anything is
// computed. Problems (no score column, two metrics in one column) are said beside the select.
import { useEffect, useRef, useState } from 'preact/hooks';
import { word as t } from '../../i18n/id-report';
import type { ReportKey as UiKey } from '../../i18n/id-report';
import { fmt } from '../../i18n/fill';
import { formatCount } from '../../lib/format';
import type { ReportConfig } from '../../lib/report/aggregate';
import { guessMetric } from '../../lib/report/headers';
import type { ColumnInfo } from '../../lib/report/detect';
import { METRIC_IDS, METRICS } from '../../lib/report/metric-ids';
import { metricFit } from '../../lib/report/metric-fit';
import type { MetricId } from '../../lib/report/metric-ids';
import { columnLabel } from '../../lib/report/column-label';
import { SETTINGS_KEY, applySettings, decodeSettings } from '../../lib/report/settings';
import type { Opened } from '../../workers/report-job';

interface Props {
  info: Opened;
  /** The roles of the report on screen, when changing them. */
  initial: ReportConfig | null;
  onSheet: (sheet: string) => void;
  onSubmit: (config: ReportConfig) => void;
}

const NONE = '-1';

function readSaved() {
  try {
    return decodeSettings(localStorage.getItem(SETTINGS_KEY));
  } catch {
    return null;
  }
}

function optionText(c: ColumnInfo): string {
  const name = columnLabel(c.name, c.index);
  return c.examples.length ? `${name} (${fmt(t('report.examples'), { values: c.examples.map((e) => (e.length > 24 ? `${e.slice(0, 24)}…` : e)).join(', ') })})` : name;
}

function ColumnSelect({ id, label, hint, value, columns, none, error, onChange }: { id: string; label: string; hint?: string; value: number | null; columns: readonly ColumnInfo[]; none?: string; error?: string; onChange: (v: number | null) => void }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
      <select id={id} value={String(value ?? NONE)} aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`} aria-invalid={error ? 'true' : undefined} onChange={(e) => {
        const v = Number(e.currentTarget.value);
        onChange(v < 0 ? null : v);
      }}>
        {none !== undefined && <option value={NONE}>{none}</option>}
        {columns.map((c) => <option key={c.index} value={String(c.index)}>{optionText(c)}</option>)}
      </select>
      <p class="field-error" id={`${id}-error`}>{error && [<span aria-hidden>⚠ </span>, error]}</p>
    </div>
  );
}

export function Confirm({ info, initial, onSheet, onSubmit }: Props) {
  const { detection, mixed } = info;
  const start = initial ?? applySettings(detection, readSaved());
  const [date, setDate] = useState<number | null>(start.date);
  const [score, setScore] = useState<number | null>(start.score);
  const [metric, setMetric] = useState<MetricId | null>(start.metric);
  const [seg1, setSeg1] = useState<number | null>(start.segments[0] ?? null);
  const [seg2, setSeg2] = useState<number | null>(start.segments[1] ?? null);
  const [comment, setComment] = useState<number | null>(start.comment);
  const [tried, setTried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // The step appears below the picker, often below the fold: bring it, and the keyboard, there.
  // Not when it comes back above a finished report, whose heading takes the focus then.
  useEffect(() => {
    if (!initial) heading.current?.focus();
  }, []);
  const { columns } = detection;
  const numeric = columns.filter((c) => c.numeric > 0);
  // A column the survey tool computed from the score (Qualtrics' NPS group) is no group of customers.
  const groupable = columns.filter((c) => c.tools !== 'derived');

  const scoreError =
    numeric.length === 0 ? t(info.sheets.length > 1 ? 'report.error.noNumericSheet' : 'report.error.noNumeric') : score === null ? (tried ? t('report.error.chooseScore') : '') : mixed[score] !== undefined ? fmt(t('report.error.mixed'), { column: columnLabel(mixed[score], columns.findIndex((c) => c.name === mixed[score])) }) : '';
  const fit = metric !== null && score !== null && columns[score] ? metricFit(metric, columns[score]) : null;
  // The same words as present.ts's metricName, which this first-loaded step does not import:
  // present.ts brings the statistics with it.
  const chosenName = metric === null ? '' : t(`report.metric.${METRICS[metric].kind}` as UiKey);
  const fitText = !fit ? '' : fit.kind === 'outside'
    ? fmt(t('report.fit.outside'), { count: formatCount(fit.count), total: formatCount(fit.total), min: fit.min, max: fit.max, metric: chosenName })
    : // At most 7 here, so a decimal comma is all the Indonesian writing it needs.
      fmt(t('report.fit.narrow'), { max: String(fit.max).replace('.', ','), scaleMax: fit.scaleMax, metric: chosenName });
  const segmentError = seg1 !== null && seg1 === seg2 ? t('report.error.sameSegment') : '';

  function submit(event: Event) {
    event.preventDefault();
    setTried(true);
    if (score === null || metric === null || mixed[score] !== undefined || segmentError) {
      // Take the keyboard to the first field whose message says what to fix.
      const first = score === null || mixed[score] !== undefined ? 'kolom-skor' : metric === null ? 'metrik' : 'kolom-segmen-2';
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>(`#${first}`)?.focus();
      return;
    }
    const segments = [seg1, seg2].filter((s): s is number => s !== null);
    const name = (i: number | null) => (i === null ? null : (columns[i]?.name ?? null));
    try {
      localStorage.setItem(SETTINGS_KEY, JSON.stringify({ date: name(date), score: name(score), metric, segments: segments.map(name), comment: name(comment), granularity: readSaved()?.granularity ?? null }));
    } catch {
      // Storage may be full or off; the report does not need it.
    }
    onSubmit({ headerRows: detection.headerRows, dateOrder: date === null ? 'dmy' : (columns[date]?.order ?? 'dmy'), date, score, metric, segments, comment });
  }

  return (
    <form class="report-confirm calc-form no-print" onSubmit={submit} noValidate>
      <h2 id="periksa-kolom" tabIndex={-1} ref={heading}>{t('report.confirmTitle')}</h2>
      <p>{detection.headerRows > 1 && numeric.length > 0 ? fmt(t('report.headerRows'), { n: detection.headerRows }) : t('report.confirmIntro')}</p>
      {info.sheets.length > 1 && (
        <div class="field">
          <label for="lembar">{t('report.sheet')}</label>
          <select id="lembar" value={info.sheet ?? ''} onChange={(e) => onSheet(e.currentTarget.value)}>
            {info.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      )}
      <ColumnSelect id="kolom-skor" label={t('report.role.score')} value={score} columns={numeric} none={t('report.role.chooseScore')} error={scoreError} onChange={(v) => {
        setScore(v);
        const c = v === null ? undefined : columns[v];
        if (c) setMetric(guessMetric(c));
      }} />
      <div class="field">
        <label for="metrik">{t('report.role.metric')}</label>
        <select id="metrik" value={metric ?? ''} aria-describedby="metrik-cocok" onChange={(e) => setMetric(e.currentTarget.value as MetricId)}>
          {metric === null && <option value="">{t('report.role.chooseMetric')}</option>}
          {METRIC_IDS.map((m) => <option key={m} value={m}>{t(`report.metricOption.${m}` as UiKey)}</option>)}
        </select>
        <p class="field-note" id="metrik-cocok" role="status">{fitText}</p>
      </div>
      <ColumnSelect id="kolom-tanggal" label={t('report.role.date')} hint={t('report.role.dateHint')} value={date} columns={columns} none={t('report.role.none')} onChange={setDate} />
      <ColumnSelect id="kolom-segmen-1" label={t('report.role.segment1')} hint={t('report.role.segmentHint')} value={seg1} columns={groupable} none={t('report.role.none')} onChange={setSeg1} />
      <ColumnSelect id="kolom-segmen-2" label={t('report.role.segment2')} value={seg2} columns={groupable} none={t('report.role.none')} error={segmentError} onChange={setSeg2} />
      <ColumnSelect id="kolom-komentar" label={t('report.role.comment')} value={comment} columns={columns} none={t('report.role.none')} onChange={setComment} />
      <p class="form-actions"><button type="submit" class="button-primary">{t('report.build')}</button></p>
    </form>
  );
}
