// `npm run audit`: Lighthouse (mobile, its default config) on one page of each main kind, judged
// against a control page audited in the same run; served from dist/ on this machine and run in
// Debian's Chromium.
//
// Fails when, over ROUNDS runs of each page:
// - accessibility, best practices or SEO scores under 100 in any run (these do not move);
// - the median FCP, LCP, CLS or Speed Index is outside Lighthouse's green band on mobile;
// - the performance score of the page's QUIET best runs (their mean) is under 95, on any page;
// - the Total Blocking Time of the page's QUIET best runs is more than TBT_MARGIN over the
//   control's, taken the same way (see `quietest` for why not the median). That is the one
//   TBT budget for every page: "no more main-thread work than a guide, give or take 100 ms".
// A timing gate missed in one set of ROUNDS rounds is measured again (at most SETS sets, not past
// SET_DEADLINE_S); a page fails a timing gate only when it misses it in every set measured
// (docs/decisions.md). The steady gates fail at once.
//
// Why it is built this way (docs/decisions.md, "One TBT budget against a control page"):
// On these shared 2-core machines a guide's median TBT has measured anywhere from 43 to 716 ms
// as other work came and went, so a fixed TBT budget is either too wide to catch anything (the
// old 1,100 / 1,700 ms budgets) or fails at random. TBT is the page's main-thread work times
// Lighthouse's 4x slowdown, so whatever slows the machine slows every page in that minute alike.
// Hence:
// - a control page (a guide: 3 KB of script, no island) is audited in every round, and each round
//   runs every page once, in an order rotated from round to round, so each page and the control
//   share the machine's good and bad minutes instead of one page getting a quiet stretch and
//   another a busy one;
// - medians of ROUNDS runs (Lighthouse's docs/variability.md: the median of 5 runs is already
//   twice as stable as one; 7 leaves room for two bad runs out of seven on either side);
// - the timing gates (TBT, the performance score, FCP, LCP, Speed Index) need a machine quiet
//   enough for a guide to reach a score of 95. When the control's own median is under 95 and the
//   machine was loaded while the set ran (1-minute load average over LOADED_PER_CORE per core:
//   other work as heavy as the audit's own Chromium and Lighthouse again), the set measured the
//   machine, not the site: the audit waits and measures again, at most SETS sets and not past
//   SET_DEADLINE_S. If no set ran on a quiet enough machine, the timing gates are reported as
//   not judged (loudly, with the figures) and only the gates that do not move with load
//   (accessibility, best practices, SEO, CLS) can fail. Failing there would fail CI on other
//   people's work; passing silently would hide that nothing was judged. When the control scores
//   under 95 on a machine that was not loaded, that is the site: the audit fails.
//
//   npm run audit             uses dist/ as built (npm test builds it); builds when it is missing
//   npm run audit -- --build  builds first
//   npm run audit -- --rounds 3   fewer rounds, for a quick look (the gate's figures need 7)
//
// Lighthouse needs Node >= 22.19, so run it through npm (the project's Node 24), not `node`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
// chrome-launcher comes with lighthouse (its own launcher); it starts Chromium with a debugging port.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_FLAGS, findChromium } from '../support/browser.ts';
import { serveStatic } from '../support/static-server.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');

/** The control: a guide, the lightest kind of page that still has the header's script and content. */
const CONTROL = { kind: 'Guide (control)', path: '/panduan/apa-itu-pelanggan/' };
/** The pages judged against it: one of each main kind, and the trainer's link trainees open on a phone. */
const PAGES = [
  CONTROL,
  { kind: 'Home', path: '/' },
  { kind: 'NPS calculator', path: '/kalkulator/nps/' },
  { kind: 'Quiz list', path: '/kuis/' },
  { kind: 'Quiz', path: '/kuis/posisi/' },
  { kind: 'Trainer link', path: '/kuis/latihan/?topik=posisi,penanganan&jumlah=10&seed=abc' },
];
/** A page's median TBT may exceed the control's median by at most this much (ms). */
const TBT_MARGIN = 100;
/** The performance score every audited page's median must reach. */
const PERFORMANCE_MIN = 95;
/** Categories gated on their score (deterministic from run to run). */
const THRESHOLDS = { 'accessibility': 100, 'best-practices': 100, 'seo': 100 };
const CATEGORIES = ['performance', ...Object.keys(THRESHOLDS)];
/**
 * Lab metrics gated on their median, at the edge of Lighthouse's green band on mobile
 * (FCP 1.8 s, LCP 2.5 s, CLS 0.1, Speed Index 3.4 s). They follow from bytes, requests and
 * layout, which the site controls and which barely move from run to run.
 */
const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', max: 1800, unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'LCP', max: 2500, unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', max: 0.1, unit: '' },
  { id: 'speed-index', label: 'SI', max: 3400, unit: 'ms' },
];
const argAfter = (flag) => {
  const i = process.argv.indexOf(flag);
  return i > 0 ? Number(process.argv[i + 1]) : undefined;
};
const ROUNDS = argAfter('--rounds') ?? 7;
/** Sets of rounds at most: a set is measured again while the machine is too loaded for the control. */
const SETS = 3;
/** No new set starts after this many seconds from the audit's start (CI has 90 minutes in all). */
const SET_DEADLINE_S = 25 * 60;
/** A set ran on a loaded machine when the median 1-minute load average per core exceeded this. */
const LOADED_PER_CORE = 2;

const score = (category) => (category?.score == null ? 0 : Math.round(category.score * 100));
const metricText = (value, unit) => (unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3));
/**
 * The mean of the QUIET runs that went best (lowest TBT, highest score). Other work on the machine
 * only ever adds blocking time, so a page's best runs are its own cost and its worst are the
 * machine's: a real regression shows in every run, a busy minute in a few. The median of seven
 * still failed a page with the guide's own script (the home page, 26–574 ms) by noise on an idle
 * machine (2026-12-06), while the best three of the same runs agreed with the control.
 */
const QUIET = 3;
const quietest = (values, better) => {
  const best = [...values].sort(better).slice(0, QUIET);
  return best.reduce((sum, v) => sum + v, 0) / best.length;
};
const quietTbt = (values) => quietest(values, (a, b) => a - b);
const quietScore = (values) => Math.round(quietest(values, (a, b) => b - a));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The audits that cost a category points, worst first, for the developer to act on. */
function losingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  const rows = [];
  for (const ref of category.auditRefs) {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) continue;
    if (['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)) continue;
    // Performance is scored on its weighted metrics; insights and diagnostics explain them.
    if (categoryId === 'performance' && ref.weight === 0 && audit.score >= 0.9) continue;
    // Where: the first few elements or URLs the audit names.
    const items = audit.details?.items;
    const where = (Array.isArray(items) ? items : [])
      .map((item) => item.node?.selector ?? item.sourceLocation?.url ?? (typeof item.url === 'string' ? item.url : undefined))
      .filter(Boolean)
      .slice(0, 3);
    rows.push({ id: ref.id, title: audit.title, score: audit.score, weight: ref.weight, value: audit.displayValue ?? '', where });
  }
  return rows.sort((a, b) => b.weight - a.weight || a.score - b.score);
}

// Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP…) and says
// "Please run Lighthouse again". Such a run says nothing about the page, so it is retried in a
// fresh Chromium; a page that fails every attempt still fails the audit, naming the error.
const ATTEMPTS = 3;

/** One Lighthouse run in its own Chromium, so no run inherits another's cache or tab state. */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({ chromePath: findChromium(), chromeFlags: CHROMIUM_FLAGS, logLevel: 'error' });
  try {
    const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES });
    if (!result?.lhr) return { error: 'Lighthouse returned no report' };
    const { runtimeError } = result.lhr;
    return runtimeError ? { error: `${runtimeError.code} ${runtimeError.message}` } : { lhr: result.lhr };
  } finally {
    chrome.kill();
  }
}

async function runLighthouse(url) {
  const errors = [];
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    const { lhr, error } = await runOnce(url);
    if (lhr) return lhr;
    errors.push(error);
    console.log(`  ${url}: attempt ${attempt} of ${ATTEMPTS} failed (${error})`);
  }
  throw new Error(`${url}: no Lighthouse report after ${ATTEMPTS} attempts:\n  ${errors.join('\n  ')}`);
}

/** ROUNDS rounds; each runs every page once, starting one page later than the round before. */
async function measureSet(baseUrl) {
  const runs = new Map(PAGES.map((p) => [p.path, []]));
  const load = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = PAGES.map((_, i) => PAGES[(i + round) % PAGES.length]);
    const line = [];
    for (const { path } of order) {
      const lhr = await runLighthouse(baseUrl + path);
      runs.get(path).push(lhr);
      load.push(loadavg()[0] / availableParallelism());
      line.push(`${path} ${Math.round(lhr.audits['total-blocking-time'].numericValue)}`);
    }
    console.log(`  round ${round + 1} of ${ROUNDS}, TBT ms: ${line.join(', ')}`);
  }
  const results = PAGES.map(({ kind, path }) => {
    const lhrs = runs.get(path);
    const values = (id) => lhrs.map((l) => l.audits[id]?.numericValue ?? Infinity);
    const perfRuns = lhrs.map((l) => score(l.categories.performance));
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, c === 'performance' ? quietScore(perfRuns) : Math.min(...lhrs.map((l) => score(l.categories[c])))]));
    const tbtRuns = values('total-blocking-time');
    return {
      kind,
      path,
      scores,
      perfRuns,
      tbtRuns,
      metrics: METRICS.map((m) => ({ ...m, value: median(values(m.id)) })),
      tbt: quietTbt(tbtRuns),
      tbtMedian: median(tbtRuns),
      benchmark: lhrs.map((l) => Math.round(l.environment.benchmarkIndex)),
      lhr: lhrs[0],
      // A representative run for the list of audits losing points (Lighthouse's own choice).
      perfLhr: computeMedianRun(lhrs),
    };
  });
  return { results, loadPerCore: median(load) };
}

/** Metrics that do not move with the machine's load; the others are timings. */
const STEADY = new Set(['CLS']);

function judge(results, loadPerCore) {
  const control = results.find((r) => r.path === CONTROL.path);
  const tbtMax = control.tbt + TBT_MARGIN;
  const problems = [];
  for (const r of results) {
    for (const m of r.metrics) if (!(m.value <= m.max)) problems.push({ r, timing: !STEADY.has(m.label), text: `${m.label} ${metricText(m.value, m.unit)} over ${metricText(m.max, m.unit)}` });
    if (r !== control && !(r.tbt <= tbtMax)) problems.push({ r, timing: true, text: `TBT ${metricText(r.tbt, 'ms')} over the control's ${metricText(control.tbt, 'ms')} + ${TBT_MARGIN} ms` });
    if (r.scores.performance < PERFORMANCE_MIN) problems.push({ r, timing: true, text: `performance ${r.scores.performance} under ${PERFORMANCE_MIN}` });
    for (const c of Object.keys(THRESHOLDS)) {
      if (r.scores[c] < THRESHOLDS[c]) problems.push({ r, category: c, text: `${c} ${r.scores[c]} under ${THRESHOLDS[c]}` });
    }
  }
  // The machine, not the site: the control itself missed 95 while other work loaded the machine.
  const machineBound = control.scores.performance < PERFORMANCE_MIN && loadPerCore > LOADED_PER_CORE;
  return { problems, tbtMax, machineBound, control, loadPerCore };
}

function report(results, { problems, tbtMax }, baseUrl) {
  const pad = (s, n) => String(s).padEnd(n);
  const width = Math.max(...results.map((r) => `${r.kind} (${r.path})`.length));
  const failed = new Set(problems.map((p) => `${p.r.path} ${p.text.split(' ')[0]}`));
  const mark = (r, label) => (failed.has(`${r.path} ${label}`) ? ' ✗' : '');
  console.log(`\nLighthouse ${results[0].lhr.lighthouseVersion}, mobile, ${results[0].lhr.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}; medians of ${ROUNDS} runs a page, TBT and performance from the best ${QUIET}`);
  const columns = [...METRICS.map((m) => m.label), 'TBT (min–max)', 'performance', ...Object.keys(THRESHOLDS)];
  console.log(`${pad('Page', width)}  ${columns.map((c) => pad(c, 15)).join(' ')}`);
  for (const r of results) {
    const cells = r.metrics.map((m) => pad(`${metricText(m.value, m.unit)}${mark(r, m.label)}`, 15));
    cells.push(pad(`${Math.round(r.tbt)} (${Math.round(Math.min(...r.tbtRuns))}–${Math.round(Math.max(...r.tbtRuns))})${mark(r, 'TBT')}`, 15));
    cells.push(pad(`${r.scores.performance}${mark(r, 'performance')}`, 15));
    for (const c of Object.keys(THRESHOLDS)) cells.push(pad(`${r.scores[c]}${mark(r, c)}`, 15));
    console.log(`${pad(`${r.kind} (${r.path})`, width)}  ${cells.join(' ')}`);
  }
  console.log(`${pad('(at most / at least)', width)}  ${[...METRICS.map((m) => metricText(m.max, m.unit)), `${Math.round(tbtMax)} ms`, PERFORMANCE_MIN, ...Object.values(THRESHOLDS)].map((c) => pad(c, 15)).join(' ')}`);
  for (const r of results) console.log(`  ${r.path}: performance runs ${r.perfRuns.join(', ')}; TBT runs ${r.tbtRuns.map(Math.round).join(', ')} ms; BenchmarkIndex ${r.benchmark.join(', ')}`);
  for (const { r, category, text } of problems) {
    const c = category ?? 'performance';
    const lhr = c === 'performance' ? r.perfLhr : r.lhr;
    console.log(`\n${r.path}: ${text}; audits losing points in ${c}:`);
    for (const a of losingAudits(lhr, c)) {
      console.log(`  - ${a.id} (score ${a.score.toFixed(2)}${a.weight ? `, weight ${+a.weight.toFixed(2)}` : ''}): ${a.title}${a.value ? ` — ${a.value}` : ''}`);
      for (const w of a.where) console.log(`      at ${w.replace(baseUrl, '')}`);
    }
  }
}

async function main() {
  const started = performance.now();
  if (process.argv.includes('--build') || !existsSync(join(DIST, 'index.html'))) {
    console.log('Building the site…');
    execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } });
  }

  const server = await serveStatic(DIST);
  let results;
  let verdict;
  // Pages that met every timing gate in some set. A regression misses its gate in every set; on
  // this machine one build's sets failed different pages at random (2026-12-06, docs/decisions.md),
  // so a timing gate fails a page only when the page misses it in every set measured.
  const cleared = new Set();
  const open = (problems) => problems.filter((p) => !(p.timing && cleared.has(p.r.path)));
  try {
    for (let set = 1; set <= SETS; set++) {
      console.log(`Set ${set} of at most ${SETS}: ${ROUNDS} rounds of ${PAGES.length} pages, the control ${CONTROL.path} in each`);
      const measured = await measureSet(server.url);
      results = measured.results;
      verdict = judge(results, measured.loadPerCore);
      for (const r of results) if (!verdict.problems.some((p) => p.timing && p.r.path === r.path)) cleared.add(r.path);
      if (open(verdict.problems).length === 0) break;
      // Steady gates (accessibility, best practices, SEO, CLS) fail at once. A timing gate missed
      // in one set is measured again: a regression misses it in every set, a busy minute in one
      // (2026-12-06: two idle-machine audits of one build, ten minutes apart, passed and failed).
      const steady = open(verdict.problems).some((p) => !p.timing);
      const again = !steady && set < SETS && (performance.now() - started) / 1000 < SET_DEADLINE_S;
      const why = verdict.machineBound
        ? `The control scored ${verdict.control.scores.performance} (TBT ${Math.round(verdict.control.tbt)} ms) with a load average of ${verdict.loadPerCore.toFixed(1)} per core: this set measured the machine, not the site.`
        : `Timing gates missed in this set by pages that have not yet met them: ${open(verdict.problems).map((p) => `${p.r.path} ${p.text}`).join('; ')}.`;
      console.log(`  ${why}${again ? ' Measuring again in 30 s; a page fails a timing gate only if it misses it in every set.' : ''}`);
      if (!again) break;
      await sleep(30_000);
    }
    verdict = { ...verdict, problems: open(verdict.problems) };
    report(results, verdict, server.url);
  } finally {
    await server.close();
  }
  // Timing gates are not judged on a set that only measured the machine (see the header).
  const notJudged = verdict.machineBound ? verdict.problems.filter((p) => p.timing) : [];
  if (notJudged.length > 0) {
    console.log(`\nNOT JUDGED: the machine stayed too loaded for the control page to reach ${PERFORMANCE_MIN} (load average ${verdict.loadPerCore.toFixed(1)} per core), so these timing figures say nothing about the site:`);
    for (const { r, text } of notJudged) console.log(`  ${r.path}: ${text}`);
  }
  const failing = verdict.problems.filter((p) => !notJudged.includes(p));
  const failed = failing.length > 0;
  console.log(`\n${failed ? 'FAILED' : notJudged.length > 0 ? 'passed (timing not judged)' : 'passed'}: ${results.length} pages audited in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.exitCode = failed ? 1 : 0;
}

await main();
