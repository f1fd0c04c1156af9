/**
 * Words and numbers of the report as the page, the summary text and the CSV show them, in one
 * place so the three never disagree. Numbers are written the Indonesian way (format.ts).
 */
import { formatCount, formatNumber, formatPClause, formatPValue, formatSigned } from '../format';
import { blank, csvFile, num, period, text } from './csv';
import type { Cell } from './csv';
import type { reportWords } from '../../i18n/id-report';
import type { Translate } from '../../i18n/translate';
import type { Aggregate, Rejected } from './aggregate';
import { dateOfDay } from './dates';
import { decimalsOf } from './metric';
import type { Figure, Mood } from './metric';
import { splitOf } from './metric-ids';
import type { Metric } from './metric-ids';
import { periodStart } from './periods';
import type { Granularity } from './periods';
import type { Change, Report } from './report';

/** The figure alone: "22,5", "66,7", "5,45" (CSAT gets its "%" from {@link unitOf}). */
export const figureText = (metric: Metric, value: number): string => formatNumber(value, decimalsOf(metric));

export const unitOf = (metric: Metric): string => (metric.kind === 'csat' ? '%' : '');

/** The three groups of the split, best first: promoters, passives, detractors (CSAT: puas, netral, kecewa; CES: mudah, netral, sulit). */
export const MOODS: readonly Mood[] = ['good', 'mid', 'bad'];

/** A group's share of the answers, in % with one decimal. */
export const shareText = (count: number, n: number): string => formatNumber(n ? (100 * count) / n : 0, 1);

/** What a summary came from: the file, the span of its answers, the rows rejected, the day it was made. */
export interface Source {
  readonly fileName: string;
  readonly firstDay: number | null;
  readonly lastDay: number | null;
  readonly rejected: number;
  readonly today: number;
}

export interface Step {
  readonly text: string;
  readonly href: string;
  readonly link: string;
}

/** The report's translator (src/i18n/id-report.ts), handed in by the page. */
export type ReportT = Translate<typeof reportWords>;
/** A month's name's key: `report.month.1` … `report.month.12`. */
const monthKey = (month: number) => `report.month.${month}` as Extract<keyof typeof reportWords, `report.month.${string}`>;
/** A next step's name: `read` for `report.step.read` and its link `report.step.readLink`. */
type StepName<K = keyof typeof reportWords> = K extends `report.step.${infer N}Link` ? N : never;
type PlainReportKey = { [K in keyof typeof reportWords]: (typeof reportWords)[K] extends `${string}{${string}` ? never : K }[keyof typeof reportWords];

/**
 * The report's words, worded by `t`: the page builds one presenter (src/components/report/present.ts),
 * the tests another; this module never imports the words themselves.
 */
export function presenter(t: ReportT) {
  /** "NPS", "CSAT", "CES". */
  const metricName = (metric: Metric): string => t(`report.metric.${metric.kind}`);

  /** "+23,6 poin": NPS and CSAT differences are points (CSAT: percentage points), CES differences plain. */
  const differenceSize = (metric: Metric, d: Change): string =>
    formatSigned(d.difference, decimalsOf(metric)) + (metric.kind === 'ces' ? '' : t('report.points'));

  /**
   * A change or difference in words: its size, then the test ("+23,6 poin (p = 0,012) bermakna",
   * "+5,0 poin (p = 0,41), tidak bermakna"), or why there is none ("terlalu sedikit untuk diuji").
   */
  function changeText(metric: Metric, d: Change): string {
    const size = differenceSize(metric, d);
    if (d.tooFew) return `${size}, ${t('report.tooFewToTest')}`;
    const withP = d.pValue === null ? size : `${size} (${formatPClause(d.pValue)})`;
    return d.significant ? `${withP} ${t('report.significant')}` : `${withP}, ${t('report.notSignificant')}`;
  }

  /** The group's id in the page's contract (`data-result`): promotor, pasif, detraktor; puas, netral, kecewa; mudah, netral, sulit. */
  const moodId = (metric: Metric, mood: Mood): string => t(`report.split.${metric.kind}.${mood}.id`);

  /** The scores of a group: "skor 9–10", "skor 3". */
  function moodRange(metric: Metric, mood: Mood): string {
    const { good, mid } = splitOf(metric);
    const [from, to] = mood === 'good' ? [good, metric.max] : mood === 'mid' ? [mid, good - 1] : [metric.min, mid - 1];
    return t('report.split.range', { range: from === to ? String(from) : `${from}–${to}` });
  }

  /** "Promotor", "Kecewa". */
  const moodName = (metric: Metric, mood: Mood): string => t(`report.split.${metric.kind}.${mood}`);

  /** "Promotor (skor 9–10)". */
  const moodLabel = (metric: Metric, mood: Mood): string => `${moodName(metric, mood)} (${moodRange(metric, mood)})`;

  /** The split behind a figure in one line: "Puas (skor 4–5): 50,0% (5) · Netral (skor 3): 30,0% (3) · Kecewa (skor 1–2): 20,0% (2)". */
  function splitText(metric: Metric, f: Figure): string {
    return MOODS.map((m) => `${moodLabel(metric, m)}: ${shareText(f[m], f.n)}% (${formatCount(f[m])})`).join(' · ');
  }

  /**
   * The one plain sentence under a table of many tests: what was done to the p-values, or null
   * when the table ran fewer than two tests (nothing to adjust).
   */
  function familyNote(tests: number): string | null {
    return tests < 2 ? null : t('report.familyNote', { n: formatCount(tests) });
  }

  /** A segment value as shown: blank cells and the pooled rest get words. */
  const segmentLabel = (value: string | null): string => (value === null ? t('report.segmentOther') : value === '' ? t('report.segmentBlank') : value);

  const periodName = (granularity: Granularity): string => t(`report.granularity.${granularity}`);

  /** The period's name inside a sentence: "Dua bulan terakhir", "NPS per minggu". */
  const periodWord = (granularity: Granularity): string => periodName(granularity).toLowerCase();

  /** A day number as Indonesians write a date: "2 Desember 2026". */
  function dayText(day: number): string {
    const { year, month, day: date } = dateOfDay(day);
    return `${date} ${t(monthKey(month))} ${year}`;
  }

  /**
   * A period as an owner reads it: "November 2026", "Kuartal 4 2026", and weeks by their days,
   * Monday to Sunday ("23–29 November 2026", "30 November–6 Desember 2026"). `day` is any day of it.
   */
  function periodLabel(day: number, granularity: Granularity): string {
    const start = periodStart(day, granularity);
    const first = dateOfDay(start);
    const month = (m: number) => t(monthKey(m));
    if (granularity === 'month') return `${month(first.month)} ${first.year}`;
    if (granularity === 'quarter') return t('report.quarterLabel', { q: Math.ceil(first.month / 3), year: first.year });
    const last = dateOfDay(start + 6);
    if (first.year !== last.year) return `${dayText(start)}–${dayText(start + 6)}`;
    if (first.month !== last.month) return `${first.day} ${month(first.month)}–${last.day} ${month(last.month)} ${last.year}`;
    return `${first.day}–${last.day} ${month(last.month)} ${last.year}`;
  }

  /** What a printed report came from: the file, the span of its answers, and when it was made. */
  function sourceLine(fileName: string, firstDay: number | null, lastDay: number | null, today: number): string {
    const values = { name: fileName, today: dayText(today) };
    return firstDay === null || lastDay === null
      ? t('report.printSourceNoDates', values)
      : t('report.printSource', { ...values, from: dayText(firstDay), to: dayText(lastDay) });
  }

  /** Why rows were rejected, with the range of the metric for scores outside it ("Skor di luar rentang 1–5"). */
  const rejectReason = (r: Pick<Rejected, 'reason'>, metric: Metric): string => t(`report.reject.${r.reason}`, { min: metric.min, max: metric.max });

  /** Why an interval stops at the end of the scale, or null: "batas atas dipotong di 7, ujung skala". */
  function cappedNote(metric: Metric, f: Figure): string | null {
    if (!f.capped) return null;
    const ends = metric.kind === 'nps' ? { min: formatNumber(-100, 0), max: '100' } : { min: String(metric.min), max: String(metric.max) };
    return t(`report.capped.${f.capped}`, ends);
  }

  function figureLine(metric: Metric, f: Figure): string {
    return t('report.figureLine', {
      metric: metricName(metric),
      value: figureText(metric, f.value) + unitOf(metric),
      low: figureText(metric, f.low),
      high: figureText(metric, f.high),
      n: formatCount(f.n),
    });
  }

  /**
   * Summary for WhatsApp: the headline with its band's name (`band`, worded by the page's view:
   * the bands' words are not the report's), the last two periods, the best and worst segment value.
   */
  function summaryText(report: Report, rejected: number, segmentNames: readonly string[], band: string): string {
    const { metric, headline } = report;
    if (!headline) return '';
    const lines = [t('report.summaryTitle'), figureLine(metric, headline), splitText(metric, headline), `${t('report.band')}: ${band}`];
    const last = report.periods.slice(-2);
    if (last.length) {
      lines.push('', t('report.summaryTrend', { period: periodWord(report.granularity!) }));
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
    if (rejected > 0) lines.push('', t('report.summaryRejected', { n: formatCount(rejected) }));
    lines.push('', t('report.summaryFooter'));
    return lines.join('\n');
  }

  /**
   * The per-period and per-segment tables, then the segment × period table, as CSV for spreadsheets
   * set to Indonesian (csv.ts), after four lines saying what they came from. Text from the file is
   * neutralised, the page's numbers stay numbers, periods stay text (never dates).
   */
  function summaryCsv(report: Report, segmentNames: readonly string[], source: Source): string {
    const { metric } = report;
    const words = (...keys: PlainReportKey[]) => keys.map((k) => text(t(k)));
    const split = MOODS.flatMap((m) => [text(moodLabel(metric, m)), text(t('report.csv.share', { group: moodName(metric, m) }))]);
    const head = [...words('report.csv.group', 'report.csv.value'), text('n'), text(metricName(metric)), ...words('report.csv.low', 'report.csv.high'), ...split, ...words('report.csv.small', 'report.csv.against', 'report.csv.difference'), ...words('report.csv.p', 'report.csv.significant')];
    const span = source.firstDay === null || source.lastDay === null ? blank : text(t('report.csv.spanValue', { from: dayText(source.firstDay), to: dayText(source.lastDay) }));
    const rows: Cell[][] = [
      [text(t('report.csv.file')), text(source.fileName)],
      [text(t('report.csv.span')), span],
      [text(t('report.csv.rejected')), num(formatCount(source.rejected))],
      [text(t('report.csv.made')), text(dayText(source.today))],
      [],
      head,
    ];
    const verdict = (d: Change) => (d.tooFew ? t('report.tooFewToTest') : d.pValue === null ? '' : d.significant ? t('report.csv.yes') : t('report.csv.no'));
    const line = (group: string, value: Cell, f: Figure, small: boolean, against: Cell, d: Change | null): Cell[] => [
      text(group), value, num(String(f.n)), num(figureText(metric, f.value)), num(figureText(metric, f.low)), num(figureText(metric, f.high)),
      ...MOODS.flatMap((m) => [num(String(f[m])), num(shareText(f[m], f.n))]), text(small ? t('report.csv.yes') : ''),
      d ? against : blank, d ? num(formatSigned(d.difference, decimalsOf(metric))) : blank, d && d.pValue !== null ? text(formatPValue(d.pValue)) : blank, d ? text(verdict(d)) : blank,
    ];
    if (report.headline) rows.push(line(t('report.csv.all'), blank, report.headline, false, blank, null));
    const g = report.granularity;
    if (g) {
      const starts = new Map(report.periods.map((p) => [p.key, p.start]));
      const named = (k: string) => period(k, periodLabel(starts.get(k)!, g));
      for (const p of report.periods) rows.push(line(periodName(g), named(p.key), p.figure, p.small, p.across ? named(p.across) : text(t('report.csv.previousPeriod')), p.change));
    }
    report.segments.forEach((table, i) => {
      for (const r of table.rows) rows.push(line(segmentNames[i] ?? '', text(segmentLabel(r.value)), r.figure, r.small, text(t('report.csv.rest')), r.vsRest));
    });
    // The segment × period table, one line per cell with answers, ready for a pivot table.
    const cross = report.crosstab;
    if (g && cross) {
      rows.push([], [text(segmentNames[0] ?? ''), text(periodName(g)), text('n'), text(metricName(metric)), ...words('report.csv.low', 'report.csv.high'), ...split, ...words('report.csv.small')]);
      const names = new Map(cross.periods.map((p) => [p.key, period(p.key, periodLabel(p.start, g))]));
      for (const r of cross.rows) {
        for (const c of r.cells) {
          const f = c.figure;
          if (!f) continue;
          rows.push([
            text(segmentLabel(r.value)), names.get(c.period)!, num(String(f.n)), num(figureText(metric, f.value)), num(figureText(metric, f.low)), num(figureText(metric, f.high)),
            ...MOODS.flatMap((m) => [num(String(f[m])), num(shareText(f[m], f.n))]), text(c.small ? t('report.csv.yes') : ''),
          ]);
        }
      }
    }
    return csvFile(rows);
  }

  /**
   * The rejected rows as the file had them, for the owner to fix: the row number a spreadsheet
   * shows, the reason, then every cell of the row (neutralised like all text, csv.ts). Says how
   * many rows were rejected, and how many are included when there were more than are kept.
   */
  function rejectedCsv(data: Pick<Aggregate, 'rejectedRows'>, columnNames: readonly string[], metric: Metric, source: Pick<Source, 'fileName' | 'rejected'>): string {
    const rows: Cell[][] = [
      [text(t('report.csv.file')), text(source.fileName)],
      [text(t('report.csv.rejected')), num(formatCount(source.rejected))],
    ];
    if (data.rejectedRows.length < source.rejected) rows.push([text(t('report.csv.included')), text(t('report.csv.includedValue', { n: formatCount(data.rejectedRows.length) }))]);
    rows.push([], [text(t('report.csv.row')), text(t('report.csv.reason')), ...columnNames.map(text)]);
    for (const r of data.rejectedRows) rows.push([num(String(r.row)), text(rejectReason(r, metric)), ...r.cells.map(text)]);
    return csvFile(rows);
  }

  /** What to do next, from the report, linked to the guides. */
  function nextSteps(report: Report): Step[] {
    const steps: Step[] = [];
    const h = report.headline;
    if (!h) return steps;
    const step = (key: StepName, href: string, values: Record<string, string> = {}) =>
      steps.push({ text: t({ key: `report.step.${key}`, params: values }), href, link: t(`report.step.${key}Link`) });
    const kind = report.metric.kind;
    if (h.bad > 0) step(`followUp.${kind}`, '/panduan/menghadapi-pelanggan-bermasalah/', { n: formatCount(h.bad), range: moodRange(report.metric, 'bad') });
    const weak = report.segments.flatMap((s) => s.rows.filter((r) => !r.small && r.vsRest?.significant && r.vsRest.difference < 0));
    if (weak.length) step('weakSegment', '/panduan/umpan-balik-pelanggan/', { names: weak.map((r) => segmentLabel(r.value)).join(', ') });
    if (h.n < 100) step('moreAnswers', '/panduan/umpan-balik-pelanggan/');
    if (h.mid > 0.3 * h.n) step(`passives.${kind}`, kind === 'nps' ? '/panduan/loyalitas-pelanggan/' : '/panduan/umpan-balik-pelanggan/', { n: formatCount(h.mid), range: moodRange(report.metric, 'mid') });
    step('read', '/panduan/mengukur-kepuasan/');
    return steps;
  }

  return { metricName, changeText, moodId, moodRange, moodName, moodLabel, splitText, familyNote, segmentLabel, periodName, periodWord, dayText, periodLabel, sourceLine, rejectReason, cappedNote, figureLine, summaryText, summaryCsv, rejectedCsv, nextSteps };
}
