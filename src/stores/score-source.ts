// Turns pasted text or an uploaded file into a tally of scores, always in a Web Worker: the
// page never freezes, and the parsing code loads only when someone pastes or picks a file.
import { atom } from 'nanostores';
import { message, type Message } from '../i18n/message';
import type { ScoreJobReply } from '../workers/score-job';
import type { ScoreScale, ScoreTally } from '../lib/parse/score-tally';
import type { ColumnOffer } from '../lib/parse/table';

export type JobState =
  | { readonly state: 'idle' }
  | { readonly state: 'working'; readonly fraction: number | null; readonly rows: number }
  | { readonly state: 'error'; readonly message: Message };

/**
 * A file with several numeric columns: which it has, and which one the scores are read from
 * (null until the visitor picks). Kept after the pick, so another column can be chosen.
 */
export interface ColumnChoice {
  readonly file: File;
  readonly analysis: ColumnOffer;
  readonly chosen: number | null;
}

/** Where the current tally came from: typed or pasted text, or a file (and its column). */
export type TallyOrigin = { readonly file: null } | { readonly file: string; readonly column: string | Message | null };

export interface ScoreSourceStore {
  readonly $tally: ReturnType<typeof atom<ScoreTally | null>>;
  readonly $job: ReturnType<typeof atom<JobState>>;
  /** Set before `$tally`, so whoever hears of a new tally knows where it came from. */
  readonly $origin: ReturnType<typeof atom<TallyOrigin>>;
  readonly $columns: ReturnType<typeof atom<ColumnChoice | null>>;
  readText(text: string): void;
  readFile(file: File, column?: number): void;
  /** Reads the last file again if the tally came from one, else `text` (after a scale change). */
  reread(text: string): void;
  clear(): void;
}

const TEXT: TallyOrigin = { file: null };

type FileRequest = { readonly kind: 'file'; readonly file: File; readonly column?: number };
type Request = { readonly kind: 'text'; readonly text: string } | FileRequest;

/**
 * `startWorker` starts the score worker. Each calculator that reads scores passes its own (Vite
 * bundles a worker only from a literal `new Worker(new URL(…))`), so the worker is referenced
 * from those calculators alone, never from code a calculator without scores loads too.
 */
export function createScoreSource(scale: () => ScoreScale, startWorker: () => Worker): ScoreSourceStore {
  const $tally = atom<ScoreTally | null>(null);
  const $job = atom<JobState>({ state: 'idle' });
  const $origin = atom<TallyOrigin>(TEXT);
  const $columns = atom<ColumnChoice | null>(null);
  let worker: Worker | undefined;
  let jobId = 0;
  /** The file behind the current tally, so a scale change can read it again. */
  let lastFile: FileRequest | null = null;

  const post = (request: Request) => {
    worker ??= startWorker();
    const id = ++jobId;
    const file = request.kind === 'file' ? request : null;
    // A column picked (or re-read) from the file on offer keeps the choice on screen; anything
    // else (other text, another file) takes it away.
    const sameChoice = file?.column !== undefined && $columns.get()?.file === file.file;
    if (!sameChoice) $columns.set(null);
    worker.onmessage = ({ data: message }: MessageEvent<ScoreJobReply>) => {
      if (message.id !== id) return;
      if (message.type === 'progress') $job.set({ state: 'working', fraction: message.fraction, rows: message.rows });
      else if (message.type === 'columns' && file) {
        // Until a column is picked, no earlier scores may pass for this file's.
        $columns.set({ file: file.file, analysis: message.analysis, chosen: null });
        $tally.set(null);
        $job.set({ state: 'idle' });
      }
      else if (message.type === 'error') $job.set({ state: 'error', message: message.message });
      else if (message.type === 'result') {
        const table = message.source.kind === 'table' ? message.source : null;
        // Pin the column, so reading again on another scale cannot make it ambiguous.
        lastFile = file && table ? { ...file, column: table.column } : file;
        const choice = $columns.get();
        if (choice && table) $columns.set({ ...choice, chosen: table.column });
        $origin.set(file ? { file: file.file.name, column: table ? table.columnName : null } : TEXT);
        $tally.set(message.tally);
        $job.set({ state: 'idle' });
      }
    };
    worker.onerror = () => $job.set({ state: 'error', message: message('err.workerFailed') });
    // Short typed text comes back within a frame; announcing "reading…" for it would only flicker.
    if (request.kind === 'file' || request.text.length > 50_000) $job.set({ state: 'working', fraction: null, rows: 0 });
    worker.postMessage({ ...request, scale: scale(), id });
  };

  /** A newer input supersedes any job in flight, and any file read before. */
  const readText = (text: string) => {
    jobId++;
    lastFile = null;
    $columns.set(null);
    $origin.set(TEXT);
    if (text.trim()) post({ kind: 'text', text });
    else {
      $tally.set(null);
      $job.set({ state: 'idle' });
    }
  };

  return {
    $tally,
    $job,
    $origin,
    $columns,
    readText,
    readFile: (file, column) => post(column === undefined ? { kind: 'file', file } : { kind: 'file', file, column }),
    reread: (text) => (lastFile ? post(lastFile) : readText(text)),
    clear: () => readText(''),
  };
}
