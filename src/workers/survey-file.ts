/**
 * The one reader of survey files, for the report and the calculators alike, as plain async
 * functions that also run in Node (tests, bench): open a file (tell its kind and encoding, read a
 * preview, guess the column roles), then feed all its rows to whatever accumulator the caller
 * brings (the report's aggregate, or the calculators' score tally), reporting progress. Text goes
 * through Papa Parse as published, streamed; `.xlsx` through SheetJS, loaded only when such a
 * file is opened.
 */
import Papa from 'papaparse';
import type { ParseError, ParseResult } from 'papaparse';
import { detectColumns, isHeaderRow, metricTell, mixedMetrics } from '../lib/report/detect';
import type { ColumnInfo, Detection, Row } from '../lib/report/detect';
import { COLUMNS_LISTED, findColumns, listColumns } from './columns';
import { lineAt, linesAfter, quoteFixer } from './quotes';
import type { QuotePlace } from './quotes';
import { headText, sniffBlob, textStream } from './report-source';
import type { Encoding } from './report-source';

export { COLUMNS_LISTED };

/** Rows read to guess the roles. */
const PREVIEW_ROWS = 1_000;
/** Bytes first read for the preview; more, four times as many each time, while no whole data row is in them or a quote is still open, up to HEAD_MAX. */
const HEAD = 256 * 1024;
const HEAD_MAX = 16 * 1024 * 1024;

export type OpenError = 'empty' | 'binary' | 'xls' | 'no-rows' | 'unreadable';

/** A quote that opens and is never closed: everything after it in the file is one cell. */
export interface UnclosedQuote extends QuotePlace {
  /** Lines of the file after the quote's own, swallowed into that cell (null when the file is larger than what was read). */
  readonly swallowed: number | null;
}

export interface Opened {
  /** The guess; its `columns` are a bounded list (see columns.ts), the roles' columns among them. */
  readonly detection: Detection;
  /** Listed columns that seem to hold scores of two metrics: column index → the column that tells. */
  readonly mixed: Readonly<Record<number, string>>;
  readonly encoding: Encoding | null;
  readonly delimiter: string | null;
  /** Sheet names of a workbook, and the one read. */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
  /** What the file is: its columns, the data rows read to guess, and whether that was all of them. */
  readonly shape: { readonly columns: number; readonly rows: number; readonly whole: boolean };
  readonly quote: UnclosedQuote | null;
  /** Quotes the owner chose to read as text. */
  readonly quotesAsText: readonly QuotePlace[];
}

export interface Progress {
  readonly rows: number;
  /** 0–1 of the bytes (text) or rows (workbook) read. */
  readonly fraction: number;
}

/** Columns found by title or number, with what the page needs to offer them. */
export interface FoundColumns {
  readonly columns: readonly ColumnInfo[];
  readonly mixed: Readonly<Record<number, string>>;
  readonly total: number;
}

/** Takes the file's rows, chunk by chunk, in file order, header rows included. */
export interface RowSink {
  addRows(rows: readonly Row[]): void;
  /** Rows taken so far (rows of blanks left out), for the progress. */
  readonly rowsSeen: number;
}

/** An opened file, ready to be read whole. */
export interface OpenFile {
  /** What the page is told (sent to it as is). */
  readonly info: Opened;
  /** The guess over every column (`info` lists a bounded number of them), and the rows it was made from. */
  readonly detection: Detection;
  readonly preview: readonly Row[];
  /** The row number a spreadsheet shows for the first row `read` gives (a workbook's sheet may start lower). */
  readonly firstRow: number;
  /** Feeds every row of the file to `sink`. */
  read(sink: RowSink, onProgress: (p: Progress) => void): Promise<void>;
  /** Columns beyond the listed ones, by title or 1-based number. */
  find(query: string): FoundColumns;
}

export interface OpenOptions {
  /** A workbook's sheet (the first by default). */
  readonly sheet?: string | null;
  /** Offsets of unclosed quotes to read as text (from `Opened.quote`). */
  readonly quotesAsText?: readonly number[];
  /** Column names remembered from an earlier report, listed whatever the file's width. */
  readonly remembered?: readonly string[];
}

export class OpenFailure extends Error {
  constructor(readonly code: OpenError) {
    super(code);
  }
}

type Described = Pick<Opened, 'detection' | 'mixed'> & { find(query: string): FoundColumns; width: number; all: Detection };

function describe(rows: readonly Row[], remembered: readonly string[]): Described {
  // Column titles alone (a form nobody has answered yet) are no rows either.
  if (rows.length === 0 || (rows.length === 1 && isHeaderRow(rows[0]!))) throw new OpenFailure('no-rows');
  const detection = detectColumns(rows);
  const tell = metricTell(detection, rows);
  const mixedOf = (columns: readonly ColumnInfo[]) => {
    const mixed: Record<number, string> = {};
    for (const column of columns) {
      const why = column.scores > 0 ? mixedMetrics(detection, rows, column.index, tell) : null;
      if (why !== null) mixed[column.index] = why;
    }
    return mixed;
  };
  const listed = listColumns(detection, remembered);
  return {
    detection: { ...detection, columns: listed },
    mixed: mixedOf(listed),
    width: detection.columns.length,
    all: detection,
    find(query) {
      const found = findColumns(detection, query);
      return { ...found, mixed: mixedOf(found.columns) };
    },
  };
}

const CHUNK = 1024 * 1024;

/** A row of blanks (",,,"), as a spreadsheet leaves at its end: no row of the survey. */
const isBlank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

interface Preview {
  readonly rows: string[][];
  readonly delimiter: string;
  readonly whole: boolean;
  readonly quote: UnclosedQuote | null;
  readonly quotesAsText: readonly QuotePlace[];
}

/**
 * The first rows of a text file. The sample grows while it holds no whole data row (a header of
 * 100,000 columns is longer than 256 KB) or ends inside a quote (a long comment, or a quote never
 * closed), so neither reads as "only column titles".
 */
async function readPreview(file: Blob, encoding: Encoding, asText: readonly number[]): Promise<Preview> {
  for (let bytes = HEAD; ; bytes *= 4) {
    const whole = bytes >= file.size;
    const raw = await headText(file, encoding, bytes);
    // Empty lines only: Papa Parse's 'greedy' joins every row to test it, many times over while
    // it guesses the delimiter (seconds on rows of 100,000 cells); rows of blanks go below.
    let parsed = Papa.parse<string[]>(raw, { preview: PREVIEW_ROWS, skipEmptyLines: true });
    const { delimiter } = parsed.meta;
    const fixer = quoteFixer(asText, delimiter);
    if (asText.length) parsed = Papa.parse<string[]>(fixer.push(raw) + (whole ? fixer.end() : ''), { preview: PREVIEW_ROWS, skipEmptyLines: true, delimiter });
    const open = parsed.errors.find((e: ParseError) => e.code === 'MissingQuotes');
    const cut = !whole && parsed.data.length < PREVIEW_ROWS;
    // A cut last row of the sample is not a row of the file.
    const rows = (cut && parsed.data.length > 1 ? parsed.data.slice(0, -1) : parsed.data).filter((row) => !isBlank(row));
    if (!whole && bytes < HEAD_MAX && (rows.length < 2 || open)) continue;
    let quote: UnclosedQuote | null = null;
    if (open?.index !== undefined) {
      // Papa Parse gives the index just past the opening quote, in the (rewritten) text.
      const offset = fixer.original(open.index - 1);
      quote = { offset, line: lineAt(raw, offset), swallowed: whole ? linesAfter(raw, offset) : null };
    }
    const quotesAsText = asText.filter((offset) => offset < raw.length).map((offset) => ({ offset, line: lineAt(raw, offset) }));
    return { rows, delimiter, whole, quote, quotesAsText };
  }
}

async function openText(file: Blob, encoding: Encoding, options: OpenOptions): Promise<OpenFile> {
  const asText = options.quotesAsText ?? [];
  const preview = await readPreview(file, encoding, asText);
  const { find, width, all, ...described } = describe(preview.rows, options.remembered ?? []);
  const dataRows = preview.rows.length - described.detection.headerRows;
  const info: Opened = {
    ...described,
    encoding,
    delimiter: preview.delimiter,
    sheets: [],
    sheet: null,
    shape: { columns: width, rows: dataRows, whole: preview.whole },
    quote: preview.quote,
    quotesAsText: preview.quotesAsText,
  };
  return {
    info,
    detection: all,
    preview: preview.rows,
    firstRow: 1,
    find,
    read(sink, onProgress) {
      let fraction = 0;
      return new Promise((resolve, reject) => {
        const transform = asText.length ? quoteFixer(asText, preview.delimiter) : undefined;
        const stream = textStream(file, encoding, (read) => (fraction = read / Math.max(1, file.size)), transform);
        Papa.parse<string[]>(stream as unknown as File, {
          delimiter: preview.delimiter,
          // No row skipped here: Papa Parse's 'greedy' joins every row to test it, a tenth of the
          // read on a big file; the accumulator skips rows of blanks itself, more cheaply, and
          // counts them, so rejected rows carry the row numbers a spreadsheet shows.
          skipEmptyLines: false,
          chunkSize: CHUNK,
          chunk(results: ParseResult<string[]>) {
            sink.addRows(results.data);
            onProgress({ rows: sink.rowsSeen, fraction });
          },
          complete: () => resolve(),
          error: (error: Error) => reject(error),
        });
      });
    },
  };
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** A workbook cell as the text the rest of the report reads: dates ISO, decimals with a comma. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${p2(value.getUTCMonth() + 1)}-${p2(value.getUTCDate())} ${p2(value.getUTCHours())}:${p2(value.getUTCMinutes())}:${p2(value.getUTCSeconds())}`;
  }
  if (typeof value === 'number') return String(value).replace('.', ',');
  return String(value);
}

async function openWorkbook(file: Blob, sheetName: string | null, remembered: readonly string[]): Promise<OpenFile> {
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    // `nodim`: a sheet's <dimension> may claim the whole grid (A1:XFD1048576) over three cells;
    // the range is taken from the cells that are there.
    book = XLSX.read(await file.arrayBuffer(), { type: 'array', cellDates: true, dense: true, nodim: true });
  } catch {
    throw new OpenFailure('unreadable');
  }
  const sheets = book.SheetNames;
  const sheet = sheetName !== null && sheets.includes(sheetName) ? sheetName : sheets[0];
  if (sheet === undefined) throw new OpenFailure('no-rows');
  // An Excel date is a wall-clock time with no zone. SheetJS gives date cells as Dates whose
  // local reading is that wall clock, unless sheet_to_json's `UTC` asks for Dates whose UTC
  // reading is (`read`'s own `UTC` option concerns text formats only). cellText reads them in
  // UTC, so every time zone gets the day and time the cell shows.
  // Blank rows kept and the sheet's first row noted, so rejected rows carry the numbers Excel
  // shows; the accumulator skips blank rows itself, detection reads the rows with something in.
  const raw = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, raw: true, blankrows: true, defval: null, UTC: true });
  const firstRow = XLSX.utils.decode_range(book.Sheets[sheet]!['!ref'] ?? 'A1').s.r + 1;
  const rows: string[][] = raw.map((row) => trimEnd(Array.from(row, cellText)));
  const filled = rows.filter((row) => row.length > 0);
  const { find, width, all, ...described } = describe(filled, remembered);
  const shape = { columns: width, rows: filled.length - described.detection.headerRows, whole: true };
  const info: Opened = { ...described, encoding: null, delimiter: null, sheets, sheet, shape, quote: null, quotesAsText: [] };
  return {
    info,
    detection: all,
    preview: filled,
    firstRow,
    find,
    async read(sink, onProgress) {
      const step = 5_000;
      for (let i = 0; i < rows.length; i += step) {
        sink.addRows(rows.slice(i, i + step));
        onProgress({ rows: sink.rowsSeen, fraction: Math.min(1, (i + step) / rows.length) });
      }
    },
  };
}

/** A row without the empty cells at its end: a column is one that holds a value somewhere. */
function trimEnd(row: string[]): string[] {
  let end = row.length;
  while (end > 0 && row[end - 1]!.trim() === '') end--;
  return end === row.length ? row : row.slice(0, end);
}

/** Opens a picked file (see OpenOptions). */
export async function openSurveyFile(file: Blob, options: OpenOptions = {}): Promise<OpenFile> {
  const sniffed = await sniffBlob(file);
  if (sniffed.kind === 'empty') throw new OpenFailure('empty');
  if (sniffed.kind === 'binary') throw new OpenFailure('binary');
  if (sniffed.kind === 'xls') throw new OpenFailure('xls');
  if (sniffed.kind === 'xlsx') return openWorkbook(file, options.sheet ?? null, options.remembered ?? []);
  const opened = await openText(file, sniffed.encoding, options);
  if (opened.info.shape.columns === 0) throw new OpenFailure('empty');
  return opened;
}
