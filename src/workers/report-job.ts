/**
 * What the report worker does, as plain async functions that also run in Node (tests, bench):
 * open a file (tell its kind and encoding, read a preview, guess the column roles), then read
 * it whole into the report's aggregate, reporting progress. Text goes through Papa Parse as
 * published, streamed; `.xlsx` through SheetJS, loaded only when such a file is opened.
 */
import Papa from 'papaparse';
import type { ParseResult } from 'papaparse';
import { createAccumulator } from '../lib/report/aggregate';
import type { Aggregate, ReportConfig } from '../lib/report/aggregate';
import { detectColumns, isHeaderRow, mixedMetrics } from '../lib/report/detect';
import type { Detection, Row } from '../lib/report/detect';
import { headText, sniffBlob, textStream } from './report-source';
import type { Encoding } from './report-source';

/** Rows read to guess the roles. */
const PREVIEW_ROWS = 1_000;

export type OpenError = 'empty' | 'binary' | 'xls' | 'no-rows' | 'unreadable';

export interface Opened {
  readonly detection: Detection;
  /** Columns that seem to hold scores of two metrics: column index → the column that tells. */
  readonly mixed: Readonly<Record<number, string>>;
  readonly encoding: Encoding | null;
  readonly delimiter: string | null;
  /** Sheet names of a workbook, and the one read. */
  readonly sheets: readonly string[];
  readonly sheet: string | null;
}

export interface Progress {
  readonly rows: number;
  /** 0–1 of the bytes (text) or rows (workbook) read. */
  readonly fraction: number;
}

/** An opened file, ready to be read whole with the confirmed roles. */
export interface OpenFile {
  readonly info: Opened;
  run(config: ReportConfig, onProgress: (p: Progress) => void): Promise<Aggregate>;
}

export class OpenFailure extends Error {
  constructor(readonly code: OpenError) {
    super(code);
  }
}

function describe(rows: readonly Row[]): Pick<Opened, 'detection' | 'mixed'> {
  // Column titles alone (a form nobody has answered yet) are no rows either.
  if (rows.length === 0 || (rows.length === 1 && isHeaderRow(rows[0]!))) throw new OpenFailure('no-rows');
  const detection = detectColumns(rows);
  const mixed: Record<number, string> = {};
  for (const column of detection.columns) {
    const tell = mixedMetrics(detection, rows, column.index);
    if (tell !== null && column.scores > 0) mixed[column.index] = tell;
  }
  return { detection, mixed };
}

const CHUNK = 1024 * 1024;

async function openText(file: Blob, encoding: Encoding): Promise<OpenFile> {
  const head = await headText(file, encoding);
  const preview = Papa.parse<string[]>(head, { preview: PREVIEW_ROWS, skipEmptyLines: 'greedy' });
  // A cut last row of the sample is not a row of the file.
  const rows = head.length < file.size && preview.data.length > 1 && preview.data.length < PREVIEW_ROWS ? preview.data.slice(0, -1) : preview.data;
  const info: Opened = { ...describe(rows), encoding, delimiter: preview.meta.delimiter, sheets: [], sheet: null };
  return {
    info,
    run(config, onProgress) {
      const accumulator = createAccumulator(config);
      let fraction = 0;
      return new Promise((resolve, reject) => {
        const stream = textStream(file, encoding, (read) => (fraction = read / Math.max(1, file.size)));
        Papa.parse<string[]>(stream as unknown as File, {
          delimiter: preview.meta.delimiter,
          // Empty lines only: Papa Parse's 'greedy' joins every row to test it, a tenth of the
          // read on a big file; the accumulator skips rows of blanks itself, more cheaply.
          skipEmptyLines: true,
          chunkSize: CHUNK,
          chunk(results: ParseResult<string[]>) {
            accumulator.addRows(results.data);
            onProgress({ rows: accumulator.rowsSeen, fraction });
          },
          complete: () => resolve(accumulator.finish()),
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

async function openWorkbook(file: Blob, sheetName: string | null): Promise<OpenFile> {
  const XLSX = await import('@e965/xlsx');
  let book;
  try {
    book = XLSX.read(await file.arrayBuffer(), { type: 'array', cellDates: true, dense: true });
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
  const raw = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[sheet]!, { header: 1, raw: true, blankrows: false, defval: null, UTC: true });
  const rows: string[][] = raw.map((row) => Array.from(row, cellText)).filter((row) => row.some((cell) => cell.trim() !== ''));
  const info: Opened = { ...describe(rows), encoding: null, delimiter: null, sheets, sheet };
  return {
    info,
    async run(config, onProgress) {
      const accumulator = createAccumulator(config);
      const step = 5_000;
      for (let i = 0; i < rows.length; i += step) {
        accumulator.addRows(rows.slice(i, i + step));
        onProgress({ rows: accumulator.rowsSeen, fraction: Math.min(1, (i + step) / rows.length) });
      }
      return accumulator.finish();
    },
  };
}

/** Opens a picked file; `sheet` chooses a workbook's sheet (the first by default). */
export async function openFile(file: Blob, sheet: string | null = null): Promise<OpenFile> {
  const sniffed = await sniffBlob(file);
  if (sniffed.kind === 'empty') throw new OpenFailure('empty');
  if (sniffed.kind === 'binary') throw new OpenFailure('binary');
  if (sniffed.kind === 'xls') throw new OpenFailure('xls');
  if (sniffed.kind === 'xlsx') return openWorkbook(file, sheet);
  const opened = await openText(file, sniffed.encoding);
  if (opened.info.detection.columns.length === 0) throw new OpenFailure('empty');
  return opened;
}
