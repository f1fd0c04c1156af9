/**
 * Guessing what each column of a survey export holds, from a preview of its rows: the header
 * (one row or more), the date, the score and its metric, up to two segment columns, the
 * comment. Every guess is shown for confirmation and can be changed; nothing here is final.
 */
import { datePart, detectDateOrder, parseDatePart } from './dates';
import type { DateOrder } from './dates';
import { readNumber, trimCell } from './cells';
import type { MetricId } from './metric-ids';
import { WORDS, guessMetric, scaleHint } from './headers';

export type Row = readonly string[];

export interface ColumnInfo {
  readonly index: number;
  /** Header text (header rows joined), or '' when the file has none (the page names it by its position). */
  readonly name: string;
  readonly filled: number;
  /** Cells that read as numbers. */
  readonly numeric: number;
  /** Whole numbers from 0 to 10. */
  readonly scores: number;
  /** Cells holding each whole number 0–10 (`counts[5]`: fives); empty for a column without numbers. */
  readonly counts: readonly number[];
  readonly min: number;
  readonly max: number;
  /** Cells written as dates (text dates, not serial numbers). */
  readonly dates: number;
  /** Distinct values, counted up to 1,000. */
  readonly distinct: number;
  /** Mean number of words per filled cell. */
  readonly words: number;
  /** Up to three distinct values, each cut at EXAMPLE_CHARS characters (then "…"). */
  readonly examples: readonly string[];
  /** Day or month first, for a date column. */
  readonly order: DateOrder;
  /**
   * The survey tool's own column, never a segment, score or comment: response metadata
   * (Respondent ID, Collector ID, IP Address, Status, Network ID) or a column it computed from
   * another (Qualtrics' Q1_NPS_GROUP), which the confirm step does not even offer as a segment.
   */
  readonly tools: 'metadata' | 'derived' | null;
}

export interface Roles {
  readonly date: number | null;
  readonly score: number | null;
  readonly metric: MetricId | null;
  /** Up to two. */
  readonly segments: readonly number[];
  readonly comment: number | null;
}

export interface Detection {
  /** Rows above the data: 0, 1 or more (a title or a group header over the column names). */
  readonly headerRows: number;
  readonly columns: readonly ColumnInfo[];
  readonly dateOrder: DateOrder;
  readonly roles: Roles;
}

const MAX_SEGMENT_VALUES = 30;

/**
 * Characters of an example kept (the confirm step shows them in a column's option). A cell can
 * be most of a file (a quote never closed swallows every line after it: 900 KB in one cell), and
 * the page is sent what it shows, not the cell.
 */
export const EXAMPLE_CHARS = 24;

/** An example as the confirm step shows it: its first EXAMPLE_CHARS characters, then "…". */
export const exampleText = (cell: string) => (cell.length > EXAMPLE_CHARS ? `${cell.slice(0, EXAMPLE_CHARS)}…` : cell);

/** A date written as text ("02/12/2026 10:31:25", "2026-12-02"), in either day order. */
function isDateText(cell: string): boolean {
  const part = datePart(cell);
  return /[/ -]/.test(part) && (Number.isFinite(parseDatePart(part, 'dmy')) || Number.isFinite(parseDatePart(part, 'mdy')));
}

/** A row above the data: something written, and no cell that reads as a number or a date. */
export function isHeaderRow(row: Row): boolean {
  let written = false;
  for (const raw of row) {
    const cell = trimCell(raw);
    if (!cell) continue;
    if (Number.isFinite(readNumber(cell)) || isDateText(cell)) return false;
    written = true;
  }
  return written;
}

/** Qualtrics' third header row: `{"ImportId":"QID2"}` in its cells, a key for machines, no title. */
function isImportIdRow(row: Row): boolean {
  const cells = row.map(trimCell).filter(Boolean);
  return cells.length > 0 && cells.filter((c) => c.startsWith('{"ImportId"')).length >= 0.8 * cells.length;
}

/** Sub-headers that name no question: SurveyMonkey's "Response" under each answer column. */
const GENERIC = /^(response|open-ended response|tanggapan|tanggapan terbuka|jawaban|respons)$/i;

/** A column the survey tool computed from another (Qualtrics' Q1_NPS_GROUP: Promoter, Passive, Detractor). */
const DERIVED = /_NPS_GROUP\b/i;

/**
 * Column names from the header rows, and which columns are the tool's own (derived or metadata).
 * A group title spans the empty cells after it (merged cells); a lone title row is left out.
 * Qualtrics writes column IDs, question texts and a row of ImportIds: the texts name the columns,
 * the IDs and ImportIds only say what a column is.
 */
function columnNames(header: readonly Row[], width: number): { names: string[]; derived: boolean[] } {
  const importAt = header.findIndex(isImportIdRow);
  const derived = Array.from({ length: width }, (_, i) => header.some((row) => DERIVED.test(trimCell(row[i]))));
  const titled = importAt > 0 ? [header[importAt - 1]!] : importAt === 0 ? [] : header;
  const parts: string[][] = Array.from({ length: width }, () => []);
  for (const row of titled) {
    const cells = Array.from({ length: width }, (_, i) => trimCell(row[i]));
    if (titled.length > 1 && cells.filter(Boolean).length === 1 && row !== titled[titled.length - 1]) continue;
    let carried = '';
    cells.forEach((cell, i) => {
      const isLast = row === titled[titled.length - 1];
      if (cell) carried = cell;
      const text = cell || (isLast ? '' : carried);
      if (text && !(titled.length > 1 && isLast && GENERIC.test(text))) parts[i]!.push(text);
    });
  }
  return { names: parts.map((p) => p.join(' ')), derived };
}

function describe(rows: readonly Row[], index: number, name: string, order: DateOrder): Omit<ColumnInfo, 'tools'> {
  let filled = 0;
  let numeric = 0;
  let scores = 0;
  let dates = 0;
  let words = 0;
  let min = Infinity;
  let max = -Infinity;
  const counts = new Array<number>(11).fill(0);
  const distinct = new Set<string>();
  const examples: string[] = [];
  /** The whole cells behind `examples`, so two values that share their first characters stay two. */
  const exampleCells: string[] = [];
  for (const row of rows) {
    const cell = trimCell(row[index]);
    if (!cell) continue;
    filled += 1;
    if (distinct.size < 1000) distinct.add(cell.toLowerCase());
    if (examples.length < 3 && !exampleCells.includes(cell)) {
      exampleCells.push(cell);
      examples.push(exampleText(cell));
    }
    words += cell.split(/\s+/).length;
    const value = readNumber(cell);
    if (Number.isFinite(value)) {
      numeric += 1;
      if (Number.isInteger(value) && value >= 0 && value <= 10) {
        scores += 1;
        counts[value]! += 1;
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
    } else if (Number.isFinite(parseDatePart(datePart(cell), order))) dates += 1;
  }
  return { index, name, filled, numeric, scores, counts: numeric ? counts : [], min, max, dates, distinct: distinct.size, words: filled ? words / filled : 0, examples, order };
}

const mostly = (part: number, whole: number) => whole > 0 && part >= 0.8 * whole;

/**
 * Does a column look like a row number (1, 2, 3, …, any start, step 1, over at least 3 rows), as
 * spreadsheets often have ("No")? Never the score, in the report or the calculators.
 */
export function isRowNumber(rows: readonly Row[], index: number): boolean {
  let previous = Number.NaN;
  let count = 0;
  for (const row of rows) {
    const value = readNumber(trimCell(row[index]));
    if (!Number.isFinite(value)) return false;
    if (count > 0 && value !== previous + 1) return false;
    previous = value;
    count += 1;
  }
  return count >= 3;
}

export function detectColumns(rows: readonly Row[]): Detection {
  let headerRows = 0;
  while (headerRows < Math.min(3, rows.length - 1) && isHeaderRow(rows[headerRows]!)) headerRows += 1;
  const data = rows.slice(headerRows);
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const { names, derived } = headerRows ? columnNames(rows.slice(0, headerRows), width) : { names: Array.from({ length: width }, () => ''), derived: [] };
  const values = (index: number) => data.map((row) => trimCell(row[index])).filter(Boolean);
  // Numbers are never read as dates: a column of numbers alone keeps the default order unasked,
  // which spares a file of 100,000 score columns 100,000 date scans.
  const hasText = (index: number) => data.some((row) => {
    const cell = trimCell(row[index]);
    return cell !== '' && Number.isNaN(readNumber(cell));
  });
  const orders = names.map((_, i) => (hasText(i) ? (detectDateOrder(values(i)) ?? 'dmy') : 'dmy'));
  const columns = names.map((name, i) => ({ ...describe(data, i, name, orders[i]!), tools: derived[i] ? ('derived' as const) : WORDS.metadata.test(name) ? ('metadata' as const) : null }));

  // The time an answer was sent (End Date, Completion time, Submitted At) before the time it was
  // started: an answer begun at 23:58 on the 31st and sent at 00:03 belongs to the 1st.
  const dated = columns.filter((c) => mostly(c.dates, c.filled));
  const dateRank = (c: ColumnInfo) => (WORDS.submitted.test(c.name) ? 0 : !WORDS.date.test(c.name) ? 2 : WORDS.notSubmitted.test(c.name) ? 3 : 1);
  const dateColumn =
    [...dated].sort((a, b) => dateRank(a) - dateRank(b))[0] ??
    // Excel serial dates are plain numbers: taken only under a date-like header.
    columns.find((c) => WORDS.date.test(c.name) && mostly(c.numeric, c.filled) && c.min >= 30_000 && c.max <= 91_000);
  const date = dateColumn?.index ?? null;

  const scoreCandidates = columns.filter(
    (c) => c.index !== date && !c.tools && mostly(c.numeric, c.filled) && mostly(c.scores, c.numeric) && !isRowNumber(data, c.index),
  );
  const named = scoreCandidates.find((c) => WORDS.nps.test(c.name) || WORDS.ces.test(c.name) || WORDS.csat.test(c.name));
  const scoreColumn = named ?? [...scoreCandidates].sort((a, b) => b.scores - a.scores)[0];
  const score = scoreColumn?.index ?? null;

  // Segments are columns of a few short values (branch, channel); a question about the channel
  // ("Pesan lewat apa?") is one, whatever word it shares with comment titles, and never the
  // comment, even when two other columns are the segments.
  const text = columns.filter((c) => c.index !== date && c.index !== score && c.filled > 0 && !c.tools && !mostly(c.numeric, c.filled));
  const categorical = (c: ColumnInfo) => c.distinct >= 2 && c.distinct <= MAX_SEGMENT_VALUES && c.distinct <= Math.max(2, c.filled / 3) && c.words <= 4;
  const segments = text
    .filter((c) => categorical(c) && (WORDS.segment.test(c.name) || !WORDS.comment.test(c.name)))
    .sort((a, b) => Number(WORDS.segment.test(b.name)) - Number(WORDS.segment.test(a.name)) || a.distinct - b.distinct)
    .slice(0, 2)
    .map((c) => c.index);
  const free = text.filter((c) => !segments.includes(c.index) && !(categorical(c) && WORDS.segment.test(c.name)));
  const commentColumn =
    free.find((c) => WORDS.comment.test(c.name)) ?? [...free].filter((c) => c.words >= 3 && !categorical(c)).sort((a, b) => b.words - a.words)[0];

  return {
    headerRows,
    columns,
    dateOrder: date === null ? 'dmy' : orders[date]!,
    roles: {
      date,
      score,
      metric: scoreColumn ? guessMetric(scoreColumn) : null,
      segments,
      comment: commentColumn?.index ?? null,
    },
  };
}

/**
 * A column that names the metric of each row (NPS on some, CSAT on others), or null. Found once
 * per file, not once per score column: a file of 100,000 columns would otherwise take 10^10 steps.
 */
export function metricTell(detection: Detection, rows: readonly Row[]): string | null {
  const data = rows.slice(detection.headerRows);
  for (const column of detection.columns) {
    if (column.distinct < 2 || column.distinct > 3) continue;
    const seen = new Set(data.map((row) => trimCell(row[column.index]).toLowerCase()).filter(Boolean));
    if ([...seen].every((v) => v === 'nps' || v === 'csat' || v === 'ces')) return column.name;
  }
  return null;
}

/**
 * Why a score column seems to hold two metrics' scores, or null: another column names the
 * metric of each row (`tell`, from metricTell), or the header names a scale ("1–5") that many
 * values leave.
 */
export function mixedMetrics(detection: Detection, rows: readonly Row[], score: number, tell = metricTell(detection, rows)): string | null {
  const data = rows.slice(detection.headerRows);
  // The tell's cells are words, so it is never itself a score column.
  if (tell !== null) return tell;
  const column = detection.columns[score];
  const scale = column && scaleHint(column.name);
  if (column && scale && scale.max < 10) {
    const top = scale.max;
    let over = 0;
    for (const row of data) if (readNumber(trimCell(row[score])) > top) over += 1;
    if (over >= 0.05 * column.numeric && over > 0) return column.name;
  }
  return null;
}
