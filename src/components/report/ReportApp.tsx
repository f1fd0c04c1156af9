// The survey report island: pick a file, confirm the column roles, read it in a worker, show
// the report. The file never leaves the worker and this page's memory; only the column choices
// are remembered (settings.ts).
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from './words';
import type { Aggregate, ReportConfig } from '../../lib/report/aggregate';
import type { Opened, OpenError, Progress } from '../../workers/report-job';
import type { ReportReply, ReportRequest } from '../../workers/report-protocol';
import { $storageFailed } from '../../stores/persistent';
import { useStore } from '../../stores/use-store';
import { $reportSettings } from '../../stores/report-settings';
import { Confirm } from './Confirm';
import type { Found } from './Confirm';

/**
 * The progress bar and the report itself (tables, charts, d3, number formatting) load once a
 * file is picked, not with the page: its first script stays small.
 */
interface View {
  Report: typeof import('./ReportView').ReportView;
  Progress: typeof import('./Progress').Progress;
}
let viewLoad: Promise<View> | null = null;
const loadView = () =>
  (viewLoad ??= Promise.all([import('./ReportView'), import('./Progress')]).then(([r, p]) => ({ Report: r.ReportView, Progress: p.Progress })));

/** Files above this are refused up front: 2 GB is where browsers stop reading a File. */
export const MAX_BYTES = 2 * 1024 ** 3;

type State =
  | { step: 'pick' }
  | { step: 'opening'; name: string }
  | { step: 'confirm'; name: string; info: Opened }
  | { step: 'running'; name: string; info: Opened; progress: Progress | null }
  | { step: 'report'; name: string; info: Opened; config: ReportConfig; data: Aggregate; run: number };

/** Each report gets its own number, so a new one renders afresh (ReportView's steps restart). */
let runs = 0;

const errorText = (code: OpenError | 'too-large') => t(`report.error.${code}`);

export default function ReportApp() {
  const [state, setState] = useState<State>({ step: 'pick' });
  const [error, setError] = useState('');
  const [dragging, setDragging] = useState(false);
  const [View, setView] = useState<View | null>(null);
  /** The last column search and what it found. */
  const [found, setFound] = useState<Found | null>(null);
  const worker = useRef<Worker | null>(null);
  /** The worker is started and has read no file yet, so a pick can use it as it is. */
  const unused = useRef(false);
  const file = useRef<File | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const unsaved = useStore($storageFailed);

  useEffect(() => () => worker.current?.terminate(), []);

  function start(): Worker {
    worker.current?.terminate();
    const w = new Worker(new URL('../../workers/report-worker.ts', import.meta.url), { type: 'module', name: 'laporan' });
    worker.current = w;
    unused.current = true;
    return w;
  }

  /**
   * A pointer over the picker or focus on it: the worker and the report view load while the
   * person is still choosing a file (the file dialog takes seconds), not after the pick.
   */
  function warm() {
    if (!worker.current) start();
    void loadView().then(setView);
  }

  function send(request: ReportRequest, onReply: (reply: ReportReply) => void) {
    const w = worker.current ?? start();
    w.onmessage = (event: MessageEvent<ReportReply>) => onReply(event.data);
    w.onerror = () => onReply({ type: 'failed', code: 'unreadable' });
    w.postMessage(request);
  }

  /**
   * Opens a picked file; `again` opens the same one another way (another sheet of a workbook,
   * or with quotes read as text), in the worker that has it.
   */
  function open(picked: File, again: { sheet?: string | null; quotesAsText?: number[] } | null = null) {
    setError('');
    setFound(null);
    if (picked.size > MAX_BYTES) {
      setError(errorText('too-large'));
      return;
    }
    file.current = picked;
    if (again === null && !unused.current) start();
    unused.current = false;
    void loadView().then(setView);
    setState({ step: 'opening', name: picked.name });
    // Remembered columns are listed however wide the file is, so they can be chosen again.
    const saved = $reportSettings.get();
    const remembered = saved ? [saved.date, saved.score, saved.comment, ...saved.segments].filter((n): n is string => n !== null) : [];
    send({ type: 'open', file: picked, ...again, remembered }, (reply) => {
      if (reply.type === 'opened') setState({ step: 'confirm', name: picked.name, info: reply.info });
      else if (reply.type === 'failed') {
        setState({ step: 'pick' });
        setError(errorText(reply.code));
      }
    });
  }

  /** Columns of a wide file beyond those listed, found in the worker and added to every select. */
  function find(query: string) {
    send({ type: 'find', query }, (reply) => {
      if (reply.type !== 'found') return;
      setState((now) => {
        if (now.step !== 'confirm' && now.step !== 'report') return now;
        const { detection, mixed } = now.info;
        const known = new Set(detection.columns.map((c) => c.index));
        const columns = [...detection.columns, ...reply.found.columns.filter((c) => !known.has(c.index))].sort((a, b) => a.index - b.index);
        return { ...now, info: { ...now.info, detection: { ...detection, columns }, mixed: { ...mixed, ...reply.found.mixed } } };
      });
      setFound({ query: reply.query, total: reply.found.total, shown: reply.found.columns.length });
    });
  }

  function run(config: ReportConfig) {
    if (state.step !== 'confirm' && state.step !== 'report') return;
    const { name, info } = state;
    setState({ step: 'running', name, info, progress: null });
    send({ type: 'run', config }, (reply) => {
      if (reply.type === 'progress') setState({ step: 'running', name, info, progress: reply.progress });
      else if (reply.type === 'done') {
        runs += 1;
        setState({ step: 'report', name, info, config, data: reply.data, run: runs });
        requestAnimationFrame(() => heading.current?.focus());
      } else if (reply.type === 'failed') {
        setState({ step: 'confirm', name, info });
        setError(errorText(reply.code));
      }
    });
  }

  function cancel() {
    worker.current?.terminate();
    worker.current = null;
    setState({ step: 'pick' });
    setError(t('report.cancelled'));
    if (input.current) input.current.value = '';
  }

  function restart() {
    worker.current?.terminate();
    worker.current = null;
    file.current = null;
    setError('');
    setState({ step: 'pick' });
    if (input.current) input.current.value = '';
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer?.files[0];
    if (dropped) open(dropped);
  };

  const busy = state.step === 'opening' || state.step === 'running';
  return (
    <div class="report-app">
      <section class={`report-pick no-print${dragging ? ' is-dragging' : ''}`} aria-labelledby="pilih-berkas" onPointerEnter={warm} onFocusIn={warm} onDragEnter={warm} onDragOver={(e) => (e.preventDefault(), setDragging(true))} onDragLeave={() => setDragging(false)} onDrop={onDrop}>
        <h2 id="pilih-berkas">{t('report.pickTitle')}</h2>
        <div class={`field${error ? ' has-error' : ''}`}>
          <label for="berkas-survei">{t('report.pickLabel')}</label>
          <p class="field-hint" id="berkas-survei-hint">{t('report.pickHint')}</p>
          <input ref={input} type="file" id="berkas-survei" accept=".csv,.tsv,.txt,.xlsx,text/csv,text/tab-separated-values,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="berkas-survei-hint berkas-survei-error" disabled={busy} onChange={(e) => {
            const picked = (e.currentTarget as HTMLInputElement).files?.[0];
            if (picked) open(picked);
          }} />
          <p class="field-error" id="berkas-survei-error" role="alert" data-testid="report-error">{error}</p>
        </div>
        {/* Said only once known: storage can be blocked, throwing or full, and then nothing is remembered. */}
        <p class={unsaved ? 'storage-note message-bad' : 'storage-note'} role="status">{t(unsaved ? 'report.rememberFailed' : 'report.remember')}</p>
        {state.step !== 'pick' && <p class="report-file">{t('report.fileName', { name: state.name })} <button type="button" class="link-button" onClick={restart} disabled={state.step === 'running'}>{t('report.otherFile')}</button></p>}
      </section>
      {state.step === 'opening' && <p role="status">{t('report.opening')}</p>}
      {(state.step === 'confirm' || state.step === 'report') && (
        <Confirm
          key={`${state.name}|${state.info.sheet ?? ''}|${state.info.quotesAsText.map((q) => q.offset).join()}`}
          info={state.info}
          initial={state.step === 'report' ? state.config : null}
          found={found}
          onSheet={(sheet) => file.current && open(file.current, { sheet })}
          onQuotesAsText={(quotesAsText) => file.current && open(file.current, { sheet: state.info.sheet, quotesAsText })}
          onFind={find}
          onSubmit={run}
        />
      )}
      {state.step === 'running' && (View ? <View.Progress progress={state.progress} onCancel={cancel} /> : <p role="status">{t('report.progressStart')}</p>)}
      {state.step === 'report' && View && <View.Report key={state.run} headingRef={heading} fileName={state.name} info={state.info} config={state.config} data={state.data} />}
    </div>
  );
}
