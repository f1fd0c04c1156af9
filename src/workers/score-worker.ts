/**
 * Web Worker entry for reading scores off the main thread.
 *
 * Usage from the page (Vite/Astro bundles it as a module worker; do not inline it as a blob):
 *   const worker = new Worker(new URL('../workers/score-worker.ts', import.meta.url), { type: 'module' });
 *   worker.postMessage({ kind: 'file', file, scale: NPS_SCORE_SCALE });
 *   worker.onmessage = (event) => { … event.data is a ScoreJobReply … };
 * All logic lives in score-job.ts; this file only wires messages, so it stays untested glue.
 */
import { runScoreJob } from './score-job';
import type { ScoreJobReply, ScoreJobRequest } from './score-job';

/** The slice of DedicatedWorkerGlobalScope used here (the DOM lib has no worker types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ScoreJobRequest>) => void) | null;
  postMessage(message: ScoreJobReply): void;
}

const scope = self as unknown as WorkerScope;

// Assigned after imports run, so nothing a library sets on `onmessage` can shadow it.
scope.onmessage = (event) => {
  const id = event.data.id ?? null;
  void runScoreJob(event.data, (message) => scope.postMessage({ ...message, id }));
};
