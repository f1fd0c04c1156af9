// The main-thread tasks a page runs while it loads, from a Chromium performance trace, against the
// control guide in the same run. Lighthouse (mobile defaults) multiplies every task by 4, and a
// task counts as blocking from 50 ms, so any task over 12.5 ms here adds to a page's TBT: this
// names those tasks and what ran inside them. Not part of `npm test` (it times the machine).
//
//   node test/bench/long-tasks.mjs [--reps 5] [--min 8] [--cpu] [--sw] [--dist LABEL=DIR …] [path …]
//
// Pages are visited round-robin (control first in every round), each in a fresh context with the
// service worker blocked, as Lighthouse's first load sees them; the load average is printed at
// the start and end, since on a shared machine it is half of any figure.
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import { serveStatic } from '../support/static-server.ts';
import { CHROMIUM_FLAGS, findChromium } from '../support/browser.ts';

const argAfter = (flag, fallback) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const REPS = Number(argAfter('--reps', 5));
/** Tasks shorter than this (ms, unthrottled) are not listed. */
const MIN_MS = Number(argAfter('--min', 8));
/** List tasks by their thread (CPU) time rather than wall time: on a loaded machine wall time is mostly waiting. */
const BY_CPU = process.argv.includes('--cpu');
/** Let the service worker register and precache, as in a Lighthouse run (blocked otherwise, as on a repeat visit's first load it is not). */
const WITH_SW = process.argv.includes('--sw');
const CONTROL = '/panduan/apa-itu-pelanggan/';
/** Other builds (another commit's dist/, `--dist LABEL=DIR`, repeatable) whose pages are measured beside this one's, marked "LABEL:". */
const OTHERS = new Map(process.argv.flatMap((a, i, all) => (all[i - 1] === '--dist' ? [a.split('=')] : [])));
const flagged = new Set(['--reps', '--min', '--dist']);
const given = process.argv.slice(2).filter((a, i, all) => !flagged.has(a) && !flagged.has(all[i - 1]) && !a.startsWith('--'));
const PAGES = given.length ? given : ['/kuis/', '/kuis/posisi/', '/kuis/latihan/?topik=posisi,penanganan&jumlah=10&seed=abc', '/kalkulator/nps/'];
const PATHS = [CONTROL, ...PAGES, ...[...OTHERS.keys()].flatMap((label) => PAGES.map((p) => `${label}:${p}`))];

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'loading',
];
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);
/** Events inside a task worth naming, with what identifies them. */
const LABEL = {
  ParseHTML: (e) => `ParseHTML`,
  EvaluateScript: (e) => `EvaluateScript ${short(e.args?.data?.url)}`,
  'v8.evaluateModule': (e) => `evaluateModule`,
  FunctionCall: (e) => `FunctionCall ${e.args?.data?.functionName || ''} ${short(e.args?.data?.url)}:${e.args?.data?.lineNumber ?? ''}`,
  TimerFire: () => 'TimerFire',
  FireAnimationFrame: () => 'FireAnimationFrame',
  FireIdleCallback: () => 'FireIdleCallback',
  EventDispatch: (e) => `EventDispatch ${e.args?.data?.type ?? ''}`,
  RunMicrotasks: () => 'RunMicrotasks',
  'v8.compile': (e) => `compile ${short(e.args?.data?.url)}`,
  'v8.compileModule': (e) => `compileModule ${short(e.args?.fileName ?? e.args?.data?.url)}`,
  'V8.GCScavenger': () => 'GC scavenge',
  MajorGC: () => 'MajorGC',
  MinorGC: () => 'MinorGC',
  Layout: () => 'Layout',
  UpdateLayoutTree: () => 'Recalc style',
  ParseAuthorStyleSheet: (e) => `ParseCSS ${short(e.args?.data?.styleSheetUrl)}`,
  Paint: () => 'Paint',
  PrePaint: () => 'PrePaint',
  Commit: () => 'Commit',
  ResourceReceivedData: () => 'ResourceReceivedData',
  XHRReadyStateChange: () => 'XHR',
};
const short = (url) => (url ? String(url).replace(/^https?:\/\/[^/]+/, '') : '');
const ms = (us) => Math.round(us / 100) / 10;

/** The page's main thread: the CrRendererMain whose ParseHTML read the page's URL. */
function mainThread(events, url) {
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.name === 'ParseHTML' && names.get(key) === 'CrRendererMain' && String(e.args?.beginData?.url ?? '').startsWith(url.split('?')[0])) return key;
  }
  return [...names].find(([, n]) => n === 'CrRendererMain')?.[0];
}

function analyse(events, url) {
  const thread = mainThread(events, url);
  const own = events.filter((e) => `${e.pid}:${e.tid}` === thread && e.ph === 'X' && typeof e.dur === 'number');
  const nav = events.find((e) => e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('http'));
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const t0 = nav?.ts ?? Math.min(...own.map((e) => e.ts));
  const tasks = own.filter((e) => TASK_NAMES.has(e.name) && e.ts >= t0).sort((a, b) => a.ts - b.ts);
  // Keep outermost tasks only (a RunTask can nest in a DoWork).
  const top = [];
  for (const task of tasks) if (!top.some((t) => task.ts >= t.ts && task.ts + task.dur <= t.ts + t.dur)) top.push(task);
  const long = top
    .filter((t) => (BY_CPU ? (t.tdur ?? t.dur) : t.dur) / 1000 >= MIN_MS)
    .map((t) => {
      const inside = own
        .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur >= 1000 && !TASK_NAMES.has(e.name))
        .sort((a, b) => a.ts - b.ts)
        .map((e) => `${LABEL[e.name] ? LABEL[e.name](e) : e.name} ${ms(e.dur)}${e.tdur ? `/${ms(e.tdur)}` : ''}`);
      return { at: ms(t.ts - t0), dur: ms(t.dur), cpu: ms(t.tdur ?? t.dur), afterFcp: fcp ? t.ts >= fcp.ts : undefined, inside: [...new Set(inside)].slice(0, 14) };
    });
  // Lighthouse's estimate: each task ×4, blocking beyond 50 ms (it counts only those after FCP).
  const counted = top.filter((t) => !fcp || t.ts >= fcp.ts);
  const tbt4 = counted.reduce((sum, t) => sum + Math.max(0, (4 * t.dur) / 1000 - 50), 0);
  // The same from thread (CPU) time, which other work on the machine disturbs less.
  const cpu4 = counted.reduce((sum, t) => sum + Math.max(0, (4 * (t.tdur ?? t.dur)) / 1000 - 50), 0);
  const mainMs = top.reduce((sum, t) => sum + t.dur, 0) / 1000;
  return { long, tbt4: Math.round(tbt4), cpu4: Math.round(cpu4), mainMs: Math.round(mainMs), fcp: fcp && nav ? ms(fcp.ts - t0) : undefined };
}

const server = await serveStatic(new URL('../../dist/', import.meta.url).pathname);
const servers = new Map(await Promise.all([...OTHERS].map(async ([label, dir]) => [label, await serveStatic(dir)])));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
const results = new Map(PATHS.map((p) => [p, []]));
console.log(`load average at start: ${loadavg().map((n) => n.toFixed(2)).join(' ')}; ${REPS} rounds; tasks ≥ ${MIN_MS} ms listed`);
try {
  for (let rep = 0; rep < REPS; rep++) {
    for (const path of PATHS) {
      const context = await browser.newContext({ serviceWorkers: WITH_SW ? 'allow' : 'block', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await browser.startTracing(page, { categories: CATEGORIES });
      const [label, rest] = path.startsWith('/') ? [undefined, path] : path.split(/:(.*)/);
      const url = (label ? servers.get(label) : server).url + rest;
      await page.goto(url, { waitUntil: 'networkidle' });
      await page.waitForTimeout(500);
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const result = analyse(trace.traceEvents, url);
      // A trace without the page's first paint (Chromium missed events under load) says nothing.
      if (result.fcp !== undefined) results.get(path).push(result);
      console.log(`\n[${rep + 1}] ${path}  main thread ${result.mainMs} ms, FCP ${result.fcp} ms, est. TBT×4 ${result.tbt4} ms (CPU ${result.cpu4})  (load ${loadavg()[0].toFixed(2)})`);
      for (const t of result.long) console.log(`   task @${t.at} ms ${t.dur} ms (CPU ${t.cpu})${t.afterFcp === false ? ' (before FCP)' : ''}: ${t.inside.join(' | ')}`);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  for (const other of servers.values()) await other.close();
}
console.log(`\nload average at end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
const span = (v) => `${med(v)} (${Math.min(...v)}–${Math.max(...v)})`;
console.log(`\npage (runs with a first paint in the trace: ${[...results.values()].map((r) => r.length).join(', ')}): est. TBT×4 wall | est. TBT×4 CPU | longest task wall | longest task CPU | main-thread ms: median (min–max)`);
for (const [path, runs] of results) {
  if (runs.length === 0) continue;
  const longest = (key) => runs.map((r) => Math.max(0, ...r.long.filter((t) => t.afterFcp !== false).map((t) => t[key])));
  console.log(`${path}: ${span(runs.map((r) => r.tbt4))} | ${span(runs.map((r) => r.cpu4))} | ${span(longest('dur'))} | ${span(longest('cpu'))} | ${span(runs.map((r) => r.mainMs))}`);
}
