// The confirm step: every guessed column role in a select, changeable, before anything is
// computed. Problems (no score column, two metrics in one column) are said beside the select;
// what the file is (a very wide one, a quote never closed) is said above the selects, with the
// choices the owner has.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { ReportConfig } from '../../lib/report/aggregate';
import { guessMetric } from '../../lib/report/headers';
import type { ColumnInfo } from '../../lib/report/detect';
import { METRIC_IDS, METRICS } from '../../lib/report/metric-ids';
import { metricFit } from '../../lib/report/metric-fit';
import type { MetricId } from '../../lib/report/metric-ids';
import { columnAt, columnLabel } from '../../lib/report/column-label';
import { applySettings } from '../../lib/report/settings';
import { $reportSettings, rememberRoles } from '../../stores/report-settings';
import type { Opened } from '../../workers/report-job';

/** A column search and its answer. */
export interface Found {
  readonly query: string;
  readonly total: number;
  readonly shown: number;
}

interface Props {
  info: Opened;
  /** The roles of the report on screen, when changing them. */
  initial: ReportConfig | null;
  /** The last column search's answer, its columns already in `info`. */
  found: Found | null;
  onSheet: (sheet: string) => void;
  /** Open the file again with these unclosed quotes read as text. */
  onQuotesAsText: (offsets: number[]) => void;
  onFind: (query: string) => void;
  onSubmit: (config: ReportConfig) => void;
}

/** A file wider than what is listed: how it is offered, and a search for the rest. */
function WideFile({ info, found, onFind }: { info: Opened; found: Found | null; onFind: (query: string) => void }) {
  const [query, setQuery] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const { shape } = info;
  const search = (q: string) => {
    clearTimeout(timer.current);
    if (q.trim()) onFind(q);
  };
  const answer = !found || found.query !== query.trim() ? '' : found.total === 0 ? t('report.foundNone', { q: found.query })
    : t(found.total > found.shown ? 'report.foundSome' : 'report.found', { q: found.query, total: formatCount(found.total), shown: found.shown });
  return (
    <div class="report-wide">
      <p>
        {t('report.wide', { n: formatCount(shape.columns), shown: formatCount(info.detection.columns.length) })}
        {shape.whole && shape.rows === 1 && ` ${t('report.oneRow')}`}
      </p>
      <div class="field" role="search">
        <label for="cari-kolom">{t('report.columnSearch')}</label>
        <div class="field-input">
          <input id="cari-kolom" type="search" autoComplete="off" value={query} aria-describedby="cari-kolom-hasil"
            onInput={(e) => {
              const q = e.currentTarget.value;
              setQuery(q);
              clearTimeout(timer.current);
              timer.current = setTimeout(() => search(q), 300);
            }}
            // Enter searches; it must not build the report from the form around it.
            onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), search(query))} />
          <button type="button" onClick={() => search(query)}>{t('report.columnSearchButton')}</button>
        </div>
        <p class="field-note" id="cari-kolom-hasil" role="status">{answer}</p>
      </div>
    </div>
  );
}

/** A quote that opened and never closed, or quotes read as text at the owner's choice. */
function Quotes({ info, onQuotesAsText }: { info: Opened; onQuotesAsText: (offsets: number[]) => void }) {
  const { quote, quotesAsText } = info;
  const fixed = quotesAsText.map((q) => q.offset);
  return (
    <>
      {quotesAsText.length > 0 && (
        <p class="report-note">
          {t('report.quote.fixed', { lines: quotesAsText.map((q) => formatCount(q.line)).join(', ') })}{' '}
          <button type="button" class="link-button" onClick={() => onQuotesAsText([])}>{t('report.quote.undo')}</button>
        </p>
      )}
      {quote && (
        <div class="report-warning" role="alert">
          <p>
            {t('report.quote.open', {
              line: formatCount(quote.line),
              swallowed: quote.swallowed === null ? t('report.quote.rest') : t('report.quote.lines', { n: formatCount(quote.swallowed) }),
            })}
          </p>
          <p>{t('report.quote.choose')}</p>
          <p><button type="button" onClick={() => onQuotesAsText([...fixed, quote.offset])}>{t('report.quote.asText')}</button></p>
        </div>
      )}
    </>
  );
}

const NONE = '-1';

/**
 * Columns listed above which the selects get their options one select per task, after the step
 * is on screen: an option costs the page about 0.1 ms to make, style and lay out, and five
 * selects of 200 options were one task of 80–100 ms (issue 26: no task over 50 ms). A select not
 * yet filled holds its chosen option (and "none"), so it reads the same meanwhile; its width is
 * the form's, not its options'. Focusing it fills it at once.
 */
const FILL_AT_ONCE = 40;
/** The column selects, filled in this order. */
const SELECTS = ['kolom-skor', 'kolom-tanggal', 'kolom-segmen-1', 'kolom-segmen-2', 'kolom-komentar'] as const;

function optionText(c: ColumnInfo): string {
  const name = columnLabel(t, c.name, c.index);
  // Examples come shortened from the worker (detect.ts, exampleText).
  return c.examples.length ? `${name} (${t('report.examples', { values: c.examples.join(', ') })})` : name;
}

interface SelectProps {
  id: string;
  label: string;
  hint?: string;
  value: number | null;
  columns: readonly ColumnInfo[];
  /** Every column's option text, by index (made once for the five selects). */
  texts: ReadonlyMap<number, string>;
  /** All its options, or only the chosen one (see FILL_AT_ONCE). */
  filled: boolean;
  onFill: () => void;
  none?: string;
  error?: string;
  onChange: (v: number | null) => void;
}

function ColumnSelect({ id, label, hint, value, columns, texts, filled, onFill, none, error, onChange }: SelectProps) {
  // The same option elements from one render to the next, so a change elsewhere in the step
  // does not walk 200 options again (Preact skips a child it was given before).
  const options = useMemo(
    () => (filled ? columns : columns.filter((c) => c.index === value)).map((c) => <option key={c.index} value={String(c.index)}>{texts.get(c.index)}</option>),
    [columns, texts, filled, filled ? null : value],
  );
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id}>{label}</label>
      {hint && <p class="field-hint" id={`${id}-hint`}>{hint}</p>}
      <select id={id} value={String(value ?? NONE)} aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-error`} aria-invalid={error ? 'true' : undefined} onFocus={filled ? undefined : onFill} onChange={(e) => {
        const v = Number(e.currentTarget.value);
        onChange(v < 0 ? null : v);
      }}>
        {none !== undefined && <option value={NONE}>{none}</option>}
        {options}
      </select>
      <p class="field-error" id={`${id}-error`}>{error && [<span aria-hidden>⚠ </span>, error]}</p>
    </div>
  );
}

export function Confirm({ info, initial, found, onSheet, onQuotesAsText, onFind, onSubmit }: Props) {
  const { detection, mixed } = info;
  const start = initial ?? applySettings(detection, $reportSettings.get());
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
  const numeric = useMemo(() => columns.filter((c) => c.numeric > 0), [columns]);
  // A column the survey tool computed from the score (Qualtrics' NPS group) is no group of customers.
  const groupable = useMemo(() => columns.filter((c) => c.tools !== 'derived'), [columns]);
  const texts = useMemo(() => new Map(columns.map((c) => [c.index, optionText(c)])), [columns]);
  // How many selects (in SELECTS order) hold all their options; a wide file's fill one per task.
  const [filled, setFilled] = useState(columns.length <= FILL_AT_ONCE ? SELECTS.length : 0);
  useEffect(() => {
    if (filled < SELECTS.length) setFilled(filled + 1);
  }, [filled]);
  const select = (id: (typeof SELECTS)[number]) => {
    const at = SELECTS.indexOf(id);
    return { id, texts, filled: at < filled, onFill: () => setFilled((now) => Math.max(now, at + 1)) };
  };

  const scoreError =
    numeric.length === 0 ? t(info.sheets.length > 1 ? 'report.error.noNumericSheet' : 'report.error.noNumeric') : score === null ? (tried ? t('report.error.chooseScore') : '') : mixed[score] !== undefined ? t('report.error.mixed', { column: columnLabel(t, mixed[score], columns.find((c) => c.name === mixed[score])?.index ?? -1) }) : '';
  const scored = columnAt(columns, score);
  const fit = metric !== null && scored ? metricFit(metric, scored) : null;
  // The same words as present.ts's metricName, which this first-loaded step does not import:
  // present.ts brings the statistics with it.
  const chosenName = metric === null ? '' : t(`report.metric.${METRICS[metric].kind}`);
  const fitText = !fit ? '' : fit.kind === 'outside'
    ? t('report.fit.outside', { count: formatCount(fit.count), total: formatCount(fit.total), min: fit.min, max: fit.max, metric: chosenName })
    : // At most 7 here, so a decimal comma is all the Indonesian writing it needs.
      t('report.fit.narrow', { max: String(fit.max).replace('.', ','), scaleMax: fit.scaleMax, metric: chosenName });
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
    const name = (i: number | null) => columnAt(columns, i)?.name ?? null;
    // A storage that cannot keep them is said on the page (ReportApp); the report does not need them.
    rememberRoles({ date: name(date), score: name(score), metric, segments: segments.flatMap((i) => name(i) ?? []), comment: name(comment) });
    onSubmit({ headerRows: detection.headerRows, dateOrder: columnAt(columns, date)?.order ?? 'dmy', date, score, metric, segments, comment });
  }

  return (
    // Busy while a wide file's selects fill: assistive technology waits for the whole list, and tests and the bench for the step.
    <form class="report-confirm calc-form no-print" onSubmit={submit} noValidate aria-busy={filled < SELECTS.length ? 'true' : undefined}>
      <h2 id="periksa-kolom" tabIndex={-1} ref={heading}>{t('report.confirmTitle')}</h2>
      <p>{detection.headerRows > 1 && numeric.length > 0 ? t('report.headerRows', { n: detection.headerRows }) : t('report.confirmIntro')}</p>
      <Quotes info={info} onQuotesAsText={onQuotesAsText} />
      {info.shape.columns > columns.length && <WideFile info={info} found={found} onFind={onFind} />}
      {info.sheets.length > 1 && (
        <div class="field">
          <label for="lembar">{t('report.sheet')}</label>
          <select id="lembar" value={info.sheet ?? ''} onChange={(e) => onSheet(e.currentTarget.value)}>
            {info.sheets.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
        </div>
      )}
      <ColumnSelect {...select('kolom-skor')} label={t('report.role.score')} value={score} columns={numeric} none={t('report.role.chooseScore')} error={scoreError} onChange={(v) => {
        setScore(v);
        const c = columnAt(columns, v);
        if (c) setMetric(guessMetric(c));
      }} />
      <div class="field">
        <label for="metrik">{t('report.role.metric')}</label>
        <select id="metrik" value={metric ?? ''} aria-describedby="metrik-cocok" onChange={(e) => setMetric(e.currentTarget.value as MetricId)}>
          {metric === null && <option value="">{t('report.role.chooseMetric')}</option>}
          {METRIC_IDS.map((m) => <option key={m} value={m}>{t(`report.metricOption.${m}`)}</option>)}
        </select>
        <p class="field-note" id="metrik-cocok" role="status">{fitText}</p>
      </div>
      <ColumnSelect {...select('kolom-tanggal')} label={t('report.role.date')} hint={t('report.role.dateHint')} value={date} columns={columns} none={t('report.role.none')} onChange={setDate} />
      <ColumnSelect {...select('kolom-segmen-1')} label={t('report.role.segment1')} hint={t('report.role.segmentHint')} value={seg1} columns={groupable} none={t('report.role.none')} onChange={setSeg1} />
      <ColumnSelect {...select('kolom-segmen-2')} label={t('report.role.segment2')} value={seg2} columns={groupable} none={t('report.role.none')} error={segmentError} onChange={setSeg2} />
      <ColumnSelect {...select('kolom-komentar')} label={t('report.role.comment')} value={comment} columns={columns} none={t('report.role.none')} onChange={setComment} />
      <p class="form-actions"><button type="submit" class="button-primary">{t('report.build')}</button></p>
    </form>
  );
}
