/**
 * What the score worker does, written as a plain async function so it can be tested in Node.
 *
 * Pasted text, and a .txt file that is a list rather than a table, go through the fast text
 * scanner. Any other file is opened by the survey-file reader the report uses (survey-file.ts:
 * its kind and encoding, UTF-16 included, its header rows, `.xlsx` through SheetJS loaded on
 * use). If exactly one numeric column is not a row-number column like "No", it is used straight
 * away; otherwise the UI gets the candidates and asks. Then every row goes, with progress
 * messages, to an accumulator that only counts scores.
 */
import type { CalcKey, CalcStrings } from '../i18n/id';
import type { ParamsOf } from '../i18n/translate';
import { message, type Message, type MessageParams } from '../i18n/message';
import type { ScoreScale, ScoreTally } from '../lib/parse/score-tally';
import { scanScores } from '../lib/parse/scores';
import type { CommaMode } from '../lib/parse/scores';
import { analyzeDetection, createColumnAccumulator, offerFor } from '../lib/parse/table';
import type { ColumnOffer } from '../lib/parse/table';
import { headText, sniffBlob } from './report-source';
import { OpenFailure, openSurveyFile } from './survey-file';
import type { OpenFile } from './survey-file';

export type ScoreJobRequest = (
  | { readonly kind: 'text'; readonly text: string; readonly scale: ScoreScale }
  | {
      readonly kind: 'file';
      readonly file: File;
      readonly scale: ScoreScale;
      /** Zero-based column chosen by the user; omit on the first attempt. */
      readonly column?: number;
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
      /** The column's header, or its number worded by the page (`Kolom 3`) when it has none. */
      readonly columnName: string | Message;
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

/** Opens a file for reading; replaceable so tests can make it fail. */
export type Opener = (file: Blob) => Promise<OpenFile>;

/** Bytes looked at to tell a .txt table from a list. */
const HEAD = 64 * 1024;

/** A .txt file, or a text/plain one not named .csv/.tsv, may be a pasted list for the text scanner. */
function isPlainText(file: File): boolean {
  return /\.txt$/i.test(file.name) || (file.type === 'text/plain' && !/\.[ct]sv$/i.test(file.name));
}

/**
 * Excel saves a sheet as .txt too ("Text (Tab delimited)", and "Unicode Text" in UTF-16): a tab
 * on the first line makes it a table, read by columns, not a list whose every number counts.
 */
const isTable = (head: string): boolean => /^[^\r\n]*\t/.test(head);

export async function runScoreJob(request: ScoreJobRequest, post: (message: ScoreJobMessage) => void, open: Opener = openSurveyFile): Promise<void> {
  const fail = <K extends CalcKey>(key: K, ...params: ParamsOf<CalcStrings[K]>) => post({ type: 'error', message: message(key, ...params) });
  try {
    const { scale } = request;
    if (request.kind === 'text') {
      const scan = scanScores(request.text, scale);
      post({ type: 'result', tally: scan, source: { kind: 'text', commaMode: scan.commaMode } });
      return;
    }
    const { file } = request;
    // A file is looked at before it is read: random bytes hold stray digits a scan would count.
    const { kind, encoding } = await sniffBlob(file);
    if (kind === 'binary') return fail('err.binaryFile');
    if (kind === 'xls') return fail('err.spreadsheetFile');
    if (kind !== 'xlsx' && isPlainText(file) && !isTable(await headText(file, encoding, HEAD))) {
      // Reading a file may take a moment: say that work has started.
      post({ type: 'progress', fraction: null, rows: 0 });
      const scan = scanScores(await headText(file, encoding, file.size), scale);
      post({ type: 'result', tally: scan, source: { kind: 'text', commaMode: scan.commaMode } });
      return;
    }

    let opened: OpenFile;
    try {
      opened = await open(file);
    } catch (error) {
      // An empty file, or column titles alone, hold no column of numbers.
      if (error instanceof OpenFailure && (error.code === 'empty' || error.code === 'no-rows')) return fail('err.noNumericColumn');
      if (error instanceof OpenFailure) return fail('err.unreadableFile', { detail: '' });
      throw error;
    }
    const analysis = analyzeDetection(opened.detection, opened.preview, scale);
    if (analysis.candidates.length === 0) return fail('err.noNumericColumn');
    const likely = analysis.likelyScoreColumns;
    const column = request.column ?? (likely.length === 1 ? likely[0] : undefined);
    if (column === undefined) {
      post({ type: 'columns', analysis: offerFor(analysis) });
      return;
    }
    if (!Number.isInteger(column) || column < 0 || column >= analysis.columnCount) return fail('err.noSuchColumn', { n: column + 1 });
    const accumulator = createColumnAccumulator({ scale, column, skipRows: analysis.headerRows });
    await opened.read(accumulator, ({ fraction }) => post({ type: 'progress', fraction, rows: accumulator.rowsSeen }));
    post({
      type: 'result',
      tally: accumulator.result(),
      source: {
        kind: 'table',
        column,
        columnName: analysis.candidates.find((candidate) => candidate.index === column)?.name || message('columns.number', { n: column + 1 }),
        hasHeader: analysis.hasHeader,
      },
    });
  } catch (error) {
    const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
    fail('err.unreadableFile', { detail });
  }
}
