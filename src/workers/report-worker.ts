/**
 * Web Worker entry of the survey report: keeps the opened file and answers the page's
 * requests (report-protocol.ts). All logic is in report-job.ts; cancelling is the page
 * terminating this worker, which stops a read at once wherever it is.
 */
import { OpenFailure, openFile } from './report-job';
import type { OpenReport } from './report-job';
import type { ReportReply, ReportRequest } from './report-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null;
  postMessage(message: ReportReply): void;
}

const scope = self as unknown as WorkerScope;
let open: OpenReport | null = null;
/** Progress at most this often, so the page is not flooded. */
const PROGRESS_MS = 100;

scope.onmessage = async ({ data: request }) => {
  try {
    if (request.type === 'open') {
      const { file, sheet, quotesAsText, remembered } = request;
      open = await openFile(file, { sheet, quotesAsText, remembered });
      scope.postMessage({ type: 'opened', info: open.info });
      return;
    }
    if (!open) return;
    if (request.type === 'find') {
      scope.postMessage({ type: 'found', query: request.query, found: open.find(request.query) });
      return;
    }
    let last = 0;
    const data = await open.run(request.config, (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_MS) return;
      last = now;
      scope.postMessage({ type: 'progress', progress });
    });
    scope.postMessage({ type: 'done', data });
  } catch (error) {
    scope.postMessage({ type: 'failed', code: error instanceof OpenFailure ? error.code : 'unreadable' });
  }
};
