/**
 * What the score worker does, written as a plain async function so it can be tested in Node.
 *
 * Pasted text and .txt files go through the fast text scanner. CSV/TSV files are read with Papa
 * Parse: first a preview to find the score column (if exactly one numeric column is not a
 * row-number column like "No", it is used straight away; otherwise the UI gets the candidates
 * and asks), then a streamed
 * pass over the whole file with progress messages.
 */
import { readRows } from './papa-rows';
import type { RowsOptions } from './papa-rows';
import type { ScoreScale, ScoreTally } from './score-tally';
import { scanScores } from './scores';
import type { CommaMode } from './scores';
import { analyzeTable, createColumnAccumulator } from './table';
import type { Row, TableAnalysis } from './table';

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
      /** Preview analysis, so the UI can offer "use another column". */
      readonly analysis: TableAnalysis;
    };

export type ScoreJobMessage =
  /** `fraction` is 0–1, or null when unknown. */
  | { readonly type: 'progress'; readonly fraction: number | null; readonly rows: number }
  /** Several numeric columns: ask the user, then send the request again with `column`. */
  | { readonly type: 'columns'; readonly analysis: TableAnalysis }
  | { readonly type: 'result'; readonly tally: ScoreTally; readonly source: ScoreSource }
  /** Indonesian message for the user. */
  | { readonly type: 'error'; readonly message: string };

/** What the worker actually posts: a message tagged with its request's id (null if none). */
export type ScoreJobReply = ScoreJobMessage & { readonly id: number | null };

/** Reads rows from a file; replaceable so tests can feed strings. */
export type RowReader = (file: File, options: RowsOptions) => Promise<void>;

/** Rows inspected to find the score column. */
export const PREVIEW_ROWS = 500;

const defaultReader: RowReader = (file, options) => readRows(file, options);

function isPlainText(file: File): boolean {
  const name = file.name.toLowerCase();
  if (name.endsWith('.csv') || name.endsWith('.tsv')) return false;
  return name.endsWith('.txt') || file.type === 'text/plain';
}

export async function runScoreJob(
  request: ScoreJobRequest,
  post: (message: ScoreJobMessage) => void,
  reader: RowReader = defaultReader,
): Promise<void> {
  try {
    if (request.kind === 'text') {
      const scan = scanScores(request.text, request.scale);
      post({ type: 'result', tally: scan, source: { kind: 'text', commaMode: scan.commaMode } });
      return;
    }
    const { file, scale } = request;
    if (isPlainText(file)) {
      post({ type: 'progress', fraction: null, rows: 0 });
      const scan = scanScores(await file.text(), scale);
      post({ type: 'result', tally: scan, source: { kind: 'text', commaMode: scan.commaMode } });
      return;
    }

    const preview: Row[] = [];
    await reader(file, { preview: PREVIEW_ROWS, onRows: (rows) => preview.push(...rows) });
    const analysis = analyzeTable(preview, scale);
    if (analysis.candidates.length === 0) {
      post({ type: 'error', message: 'Tidak ada kolom berisi angka di berkas ini. Periksa lagi berkasnya.' });
      return;
    }
    let column = request.column;
    if (column === undefined) {
      const [only, ...others] = analysis.likelyScoreColumns;
      if (only === undefined || others.length > 0) {
        post({ type: 'columns', analysis });
        return;
      }
      column = only;
    }
    if (!Number.isInteger(column) || column < 0 || column >= analysis.columnCount) {
      post({ type: 'error', message: `Kolom ke-${column + 1} tidak ada di berkas ini.` });
      return;
    }
    const hasHeader = request.hasHeader ?? analysis.hasHeader;
    const accumulator = createColumnAccumulator({ scale, column, skipFirstRow: hasHeader });
    const size = file.size;
    await reader(file, {
      onRows: (rows, cursor) => {
        accumulator.addRows(rows);
        post({
          type: 'progress',
          fraction: size > 0 ? Math.min(1, cursor / size) : null,
          rows: accumulator.rowsSeen,
        });
      },
    });
    const chosen = column;
    const name = analysis.candidates.find((candidate) => candidate.index === chosen)?.name ?? `Kolom ${chosen + 1}`;
    post({
      type: 'result',
      tally: accumulator.result(),
      source: { kind: 'table', column: chosen, columnName: name, hasHeader, analysis },
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    post({ type: 'error', message: `Berkas tidak bisa dibaca${detail}. Coba simpan ulang sebagai CSV.` });
  }
}
