/**
 * Words and numbers of the report as the page, the summary text and the CSV show them, in one
 * place so the three never disagree. Numbers are written the Indonesian way (format.ts).
 */
import { formatCount, formatNumber, formatPClause, formatPValue, formatSigned, MINUS } from '../format';
import { fmt } from '../../i18n/fill';
import { word as t } from '../../i18n/id-report';
import type { ReportKey as UiKey } from '../../i18n/id-report';
import type { Rejected } from './aggregate';
import { dateOfDay } from './dates';
import { decimalsOf } from './metric';
import type { Figure } from './metric';
import type { Metric } from './metric-ids';
import { periodStart } from './periods';
import type { Granularity } from './periods';
import type { Change, Report } from './report';

/** "NPS", "CSAT", "CES". */
export const metricName = (metric: Metric): string => t(`report.metric.${metric.kind}` as UiKey);

/** The figure alone: "22,5", "66,7", "5,45" (CSAT gets its "%" from {@link unitOf}). */
export const figureText = (metric: Metric, value: number): string => formatNumber(value, decimalsOf(metric));

export const unitOf = (metric: Metric): string => (metric.kind === 'csat' ? '%' : '');

/** "+23,6 poin": NPS and CSAT differences are points (CSAT: percentage points), CES differences plain. */
const differenceSize = (metric: Metric, d: Change): string =>
  formatSigned(d.difference, decimalsOf(metric)) + (metric.kind === 'ces' ? '' : t('report.points'));

/**
 * A change or difference in words: its size, then the test ("+23,6 poin (p = 0,012) bermakna",
 * "+5,0 poin (p = 0,41), tidak bermakna"), or why there is none ("terlalu sedikit untuk diuji").
 */
export function changeText(metric: Metric, d: Change): string {
  const size = differenceSize(metric, d);
  if (d.tooFew) return `${size}, ${t('report.tooFewToTest')}`;
  const withP = d.pValue === null ? size : `${size} (${formatPClause(d.pValue)})`;
  return d.significant ? `${withP} ${t('report.significant')}` : `${withP}, ${t('report.notSignificant')}`;
}

/** A segment value as shown: blank cells and the pooled rest get words. */
export const segmentLabel = (value: string | null): string => (value === null ? t('report.segmentOther') : value === '' ? t('report.segmentBlank') : value);

export const periodName = (granularity: Granularity): string => t(`report.granularity.${granularity}` as UiKey);

/** The period's name inside a sentence: "Dua bulan terakhir", "NPS per minggu". */
export const periodWord = (granularity: Granularity): string => periodName(granularity).toLowerCase();

/** A day number as Indonesians write a date: "2 Desember 2026". */
export function dayText(day: number): string {
  const { year, month, day: date } = dateOfDay(day);
  return `${date} ${t(`report.month.${month}` as UiKey)} ${year}`;
}

/**
 * A period as an owner reads it: "November 2026", "Kuartal 4 2026", and weeks by their days,
 * Monday to Sunday ("23–29 November 2026", "30 November–6 Desember 2026"). `day` is any day of it.
 */
export function periodLabel(day: number, granularity: Granularity): string {
  const start = periodStart(day, granularity);
  const first = dateOfDay(start);
  const month = (m: number) => t(`report.month.${m}` as UiKey);
  if (granularity === 'month') return `${month(first.month)} ${first.year}`;
  if (granularity === 'quarter') return fmt(t('report.quarterLabel'), { q: Math.ceil(first.month / 3), year: first.year });
  const last = dateOfDay(start + 6);
  if (first.year !== last.year) return `${dayText(start)}–${dayText(start + 6)}`;
  if (first.month !== last.month) return `${first.day} ${month(first.month)}–${last.day} ${month(last.month)} ${last.year}`;
  return `${first.day}–${last.day} ${month(last.month)} ${last.year}`;
}

/** What a printed report came from: the file, the span of its answers, and when it was made. */
export function sourceLine(fileName: string, firstDay: number | null, lastDay: number | null, today: number): string {
  const values = { name: fileName, today: dayText(today) };
  return firstDay === null || lastDay === null
    ? fmt(t('report.printSourceNoDates'), values)
    : fmt(t('report.printSource'), { ...values, from: dayText(firstDay), to: dayText(lastDay) });
}

/** Why rows were rejected, with the range of the metric for scores outside it ("Skor di luar rentang 1–5"). */
export const rejectReason = (r: Rejected, metric: Metric): string => fmt(t(`report.reject.${r.reason}` as UiKey), { min: metric.min, max: metric.max });

export function figureLine(metric: Metric, f: Figure): string {
  return fmt(t('report.figureLine'), {
    metric: metricName(metric),
    value: figureText(metric, f.value) + unitOf(metric),
    low: figureText(metric, f.low),
    high: figureText(metric, f.high),
    n: formatCount(f.n),
  });
}

/** Summary for WhatsApp: the headline, the last two periods, the best and worst segment value. */
export function summaryText(report: Report, rejected: number, segmentNames: readonly string[]): string {
  const { metric, headline } = report;
  if (!headline) return '';
  const lines = [t('report.summaryTitle'), figureLine(metric, headline), `${t('report.band')}: ${headline.band.label}`];
  const last = report.periods.slice(-2);
  if (last.length) {
    lines.push('', fmt(t('report.summaryTrend'), { period: periodWord(report.granularity!) }));
    for (const p of last) {
      lines.push(`• ${periodLabel(p.start, report.granularity!)}: ${figureText(metric, p.figure.value)}${unitOf(metric)} (n = ${formatCount(p.figure.n)})${p.change?.significant ? ` — ${t('report.significantChange')}` : ''}`);
    }
  }
  report.segments.forEach((table, i) => {
    const readable = table.rows.filter((r) => !r.small);
    const top = readable[0];
    const bottom = readable[readable.length - 1];
    if (!top || !bottom || top === bottom) return;
    lines.push('', `${segmentNames[i]}:`);
    lines.push(`• ${t('report.best')}: ${segmentLabel(top.value)} ${figureText(metric, top.figure.value)}${unitOf(metric)}`);
    lines.push(`• ${t('report.worst')}: ${segmentLabel(bottom.value)} ${figureText(metric, bottom.figure.value)}${unitOf(metric)}`);
  });
  if (rejected > 0) lines.push('', fmt(t('report.summaryRejected'), { n: formatCount(rejected) }));
  lines.push('', t('report.summaryFooter'));
  return lines.join('\n');
}

const csvCell = (value: string) => (/[";\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** A number for a spreadsheet: Excel reads "−4,3" (U+2212) as text, "-4,3" as a number. */
const csvNumber = (text: string) => text.replaceAll(MINUS, '-');

/**
 * The per-period and per-segment tables as CSV for spreadsheets set to Indonesian: semicolons,
 * decimal commas, a BOM so Excel reads UTF-8.
 */
export function summaryCsv(report: Report, segmentNames: readonly string[]): string {
  const { metric } = report;
  const head = [t('report.csv.group'), t('report.csv.value'), 'n', metricName(metric), t('report.csv.low'), t('report.csv.high'), t('report.csv.small'), t('report.csv.against'), t('report.csv.difference'), 'p', t('report.csv.significant')];
  const rows: string[][] = [head];
  const verdict = (d: Change) => (d.tooFew ? t('report.tooFewToTest') : d.pValue === null ? '' : d.significant ? t('report.csv.yes') : t('report.csv.no'));
  const line = (group: string, value: string, f: Figure, small: boolean, against: string, d: Change | null) => [
    group, value, String(f.n), csvNumber(figureText(metric, f.value)), csvNumber(figureText(metric, f.low)), csvNumber(figureText(metric, f.high)), small ? t('report.csv.yes') : '',
    d ? against : '', d ? csvNumber(formatSigned(d.difference, decimalsOf(metric))) : '', d && d.pValue !== null ? formatPValue(d.pValue) : '', d ? verdict(d) : '',
  ];
  if (report.headline) rows.push(line(t('report.csv.all'), '', report.headline, false, '', null));
  if (report.granularity) for (const p of report.periods) rows.push(line(periodName(report.granularity), p.key, p.figure, p.small, p.across ?? t('report.csv.previousPeriod'), p.change));
  report.segments.forEach((table, i) => {
    for (const r of table.rows) rows.push(line(segmentNames[i] ?? '', segmentLabel(r.value), r.figure, r.small, t('report.csv.rest'), r.vsRest));
  });
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

export interface Step {
  readonly text: string;
  readonly href: string;
  readonly link: string;
}

/** What to do next, from the report, linked to the guides. */
export function nextSteps(report: Report): Step[] {
  const steps: Step[] = [];
  const h = report.headline;
  if (!h) return steps;
  const step = (key: string, href: string, values: Record<string, string> = {}) =>
    steps.push({ text: fmt(t(`report.step.${key}` as UiKey), values), href, link: t(`report.step.${key}Link` as UiKey) });
  if (h.bad > 0) step('followUp', '/panduan/menghadapi-pelanggan-bermasalah/', { n: formatCount(h.bad) });
  const weak = report.segments.flatMap((s) => s.rows.filter((r) => !r.small && r.vsRest?.significant && r.vsRest.difference < 0));
  if (weak.length) step('weakSegment', '/panduan/umpan-balik-pelanggan/', { names: weak.map((r) => segmentLabel(r.value)).join(', ') });
  if (h.n < 100) step('moreAnswers', '/panduan/umpan-balik-pelanggan/');
  if (h.mid > 0.3 * h.n) step('passives', '/panduan/loyalitas-pelanggan/');
  step('read', '/panduan/mengukur-kepuasan/');
  return steps;
}
