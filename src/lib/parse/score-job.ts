/**
 * What the score worker does, written as a plain async function so it can be tested in Node.
 *
 * Pasted text and .txt files go through the fast text scanner. CSV/TSV files are read with Papa
 * Parse: first a preview to find the score column (if exactly one numeric column is not a
 * row-number column like "No", it is used straight away; otherwise the UI gets the candidates
 * and asks), then a streamed
 * pass over the whole file with progress messages.
 */
import type { CalcKey } from '../../i18n/id';
import { message, type Message, type MessageParams } from '../../i18n/message';
import { readRows } from './papa-rows';
import type { RowsOptions } from './papa-rows';
import type { ScoreScale, ScoreTally } from './score-tally';
import { scanScores } from './scores';
import type { CommaMode } from './scores';
import { analyzeTable, createColumnAccumulator, offerFor } from './table';
import { sniffBlob } from '../../workers/report-source';
import type { ColumnOffer, Row } from './table';

export type ScoreJobRequest = (
  | { readonly kind: 'text'; readonly text: string; readonly scale: ScoreScale }
  | {
      readonly kind: 'file';
      readonly file: File;
      readonly scale: ScoreScale;
      /** Zero-based column chosen by the user; omit on the first attempt. */
      readonly column?: number;
      /** Override header detection (e.g. the user unticks "baris pertama judul"). */
      readonly hasHeader?: boolean;
    }
) & {
  /** Echoed on every message of this job so the page can drop replies to superseded jobs. */
  readonly id?: number;
};

export type ScoreSource =
  | { readonly kind: 'text'; readonly commaMode: CommaMode }
  | {
      readonly kind: 'table';
      readonly column: number;
      readonly columnName: string;
      readonly hasHeader: boolean;
    };

export type ScoreJobMessage =
  /** `fraction` is 0–1, or null when unknown. */
  | { readonly type: 'progress'; readonly fraction: number | null; readonly rows: number }
  /** Several numeric columns: ask the user, then send the request again with `column`. */
  | { readonly type: 'columns'; readonly analysis: ColumnOffer }
  | { readonly type: 'result'; readonly tally: ScoreTally; readonly source: ScoreSource }
  /** Indonesian message for the user. */
  | { readonly type: 'error'; readonly message: Message };

/** What the worker actually posts: a message tagged with its request's id (null if none). */
export type ScoreJobReply = ScoreJobMessage & { readonly id: number | null };

/** Reads rows from a file; replaceable so tests can feed strings. */
export type RowReader = (file: File, options: RowsOptions) => Promise<void>;

/** Rows inspected to find the score column. */
export const PREVIEW_ROWS = 500;

/** A .txt file, or a text/plain one not named .csv/.tsv, is a pasted list: the text scanner reads it. */
function isPlainText(file: File): boolean {
  return /\.txt$/i.test(file.name) || (file.type === 'text/plain' && !/\.[ct]sv$/i.test(file.name));
}

export async function runScoreJob(
  request: ScoreJobRequest,
  post: (message: ScoreJobMessage) => void,
  reader: RowReader = readRows,
): Promise<void> {
  const fail = (key: CalcKey, params?: MessageParams) => post({ type: 'error', message: message(key, params) });
  try {
    const { scale } = request;
    // A file is looked at before it is read: random bytes hold stray digits a scan would count.
    if (request.kind === 'file') {
      const { kind } = await sniffBlob(request.file);
      if (kind === 'binary' || kind === 'xls' || kind === 'xlsx') {
        fail(kind === 'binary' ? 'err.binaryFile' : 'err.spreadsheetFile');
        return;
      }
    }
    if (request.kind === 'text' || isPlainText(request.file)) {
      // Reading a file may take a moment: say that work has started.
      if (request.kind === 'file') post({ type: 'progress', fraction: null, rows: 0 });
      const scan = scanScores(request.kind === 'text' ? request.text : await request.file.text(), scale);
      post({ type: 'result', tally: scan, source: { kind: 'text', commaMode: scan.commaMode } });
      return;
    }

    const { file } = request;
    const preview: Row[] = [];
    await reader(file, { preview: PREVIEW_ROWS, onRows: (rows) => preview.push(...rows) });
    const analysis = analyzeTable(preview, scale);
    if (analysis.candidates.length === 0) {
      fail('err.noNumericColumn');
      return;
    }
    const likely = analysis.likelyScoreColumns;
    const column = request.column ?? (likely.length === 1 ? likely[0] : undefined);
    if (column === undefined) {
      post({ type: 'columns', analysis: offerFor(analysis) });
      return;
    }
    if (!Number.isInteger(column) || column < 0 || column >= analysis.columnCount) {
      fail('err.noSuchColumn', { n: column + 1 });
      return;
    }
    const hasHeader = request.hasHeader ?? analysis.hasHeader;
    const accumulator = createColumnAccumulator({ scale, column, skipFirstRow: hasHeader });
    await reader(file, {
      onRows: (rows, cursor) => {
        accumulator.addRows(rows);
        post({
          type: 'progress',
          fraction: file.size > 0 ? Math.min(1, cursor / file.size) : null,
          rows: accumulator.rowsSeen,
        });
      },
    });
    post({
      type: 'result',
      tally: accumulator.result(),
      source: {
        kind: 'table',
        column,
        columnName: analysis.candidates.find((candidate) => candidate.index === column)?.name ?? `Kolom ${column + 1}`,
        hasHeader,
      },
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    fail('err.unreadableFile', { detail });
  }
}
