// Turns pasted text or an uploaded file into a tally of scores, always in a Web Worker: the
// page never freezes, and the parsing code loads only when someone pastes or picks a file.
import { atom } from 'nanostores';
import type { ScoreJobMessage, ScoreJobReply } from '../lib/parse/score-job';
import type { ScoreScale, ScoreTally } from '../lib/parse/score-tally';
import type { TableAnalysis } from '../lib/parse/table';

export type JobState =
  | { readonly state: 'idle' }
  | { readonly state: 'working'; readonly fraction: number | null; readonly rows: number }
  | { readonly state: 'columns'; readonly analysis: TableAnalysis; readonly file: File }
  | { readonly state: 'error'; readonly message: string };

export interface ScoreSourceStore {
  readonly $tally: ReturnType<typeof atom<ScoreTally | null>>;
  readonly $job: ReturnType<typeof atom<JobState>>;
  /** Where the current tally came from, for the summary ("berkas survei.csv, kolom Skor"). */
  readonly $origin: ReturnType<typeof atom<string>>;
  readText(text: string): void;
  readFile(file: File, column?: number): void;
  clear(): void;
}

export function createScoreSource(scale: () => ScoreScale): ScoreSourceStore {
  const $tally = atom<ScoreTally | null>(null);
  const $job = atom<JobState>({ state: 'idle' });
  const $origin = atom('');
  let worker: Worker | undefined;
  let jobId = 0;

  const onMessage = (file: File | null) => (message: ScoreJobMessage) => {
    if (message.type === 'progress') $job.set({ state: 'working', fraction: message.fraction, rows: message.rows });
    else if (message.type === 'columns' && file) $job.set({ state: 'columns', analysis: message.analysis, file });
    else if (message.type === 'error') $job.set({ state: 'error', message: message.message });
    else if (message.type === 'result') {
      $tally.set(message.tally);
      $origin.set(
        message.source.kind === 'table'
          ? `${file?.name ?? 'berkas'}, kolom “${message.source.columnName}”`
          : file ? file.name : 'teks yang ditempel',
      );
      $job.set({ state: 'idle' });
    }
  };

  const post = (request: { kind: 'text'; text: string } | { kind: 'file'; file: File; column?: number }) => {
    worker ??= new Worker(new URL('../lib/parse/score-worker.ts', import.meta.url), { type: 'module' });
    const id = ++jobId;
    const handle = onMessage(request.kind === 'file' ? request.file : null);
    worker.onmessage = (event: MessageEvent<ScoreJobReply>) => {
      if (event.data.id === id) handle(event.data);
    };
    worker.onerror = () => $job.set({ state: 'error', message: 'Data tidak bisa dibaca di peramban ini. Coba tempel lebih sedikit skor.' });
    // Short typed text comes back within a frame; announcing "reading…" for it would only flicker.
    if (request.kind === 'file' || request.text.length > 50_000) $job.set({ state: 'working', fraction: null, rows: 0 });
    worker.postMessage({ ...request, scale: scale(), id });
  };

  return {
    $tally,
    $job,
    $origin,
    readText(text) {
      jobId++; // a newer input supersedes any job in flight
      if (text.trim() === '') {
        $tally.set(null);
        $job.set({ state: 'idle' });
        return;
      }
      post({ kind: 'text', text });
    },
    readFile(file, column) {
      post(column === undefined ? { kind: 'file', file } : { kind: 'file', file, column });
    },
    clear() {
      jobId++;
      $tally.set(null);
      $origin.set('');
      $job.set({ state: 'idle' });
    },
  };
}

/** Longer raw-score lists travel in links as counts per score, which mean the same. */
export const MAX_LINK_SCORES_CHARS = 1500;

/**
 * The state to put in a share link: a long paste becomes counts per score once read, and is
 * left out until then (a multi-megabyte address would freeze the page).
 */
export function linkableState<T extends { readonly mode: string; readonly scores: string }>(
  input: T,
  tally: ScoreTally | null,
  asCounts: (histogram: string[]) => T,
): T {
  if (input.mode !== 'scores' || input.scores.length <= MAX_LINK_SCORES_CHARS) return input;
  return tally ? asCounts(tally.histogram.map(String)) : { ...input, scores: '' };
}
