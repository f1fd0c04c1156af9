// Files that lie about their size or shape (issue 26), in the survey report in real Chromium,
// beside a control file of ordinary shape in the same run: from picking the file to the confirm
// step and from "Buat laporan" to the report, the longest main-thread task over each (as the page's
// long-task observer sees it, wall time, and the most CPU time one task of the page's main thread
// took, from Chromium's trace: on a machine shared by many, a task's wall time is mostly waiting
// for a core, its CPU time is not), the page's peak JS heap, and the worker's peak heap (measured
// in Node on the same code, report-heap.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lyingXlsx, unclosedQuote, wideRow, wideTable } from '../fixtures/hostile/files.ts';
import { OBSERVE } from './report.mjs';

const longest = (page) => page.evaluate(() => Math.max(0, ...window.__long.splice(0)));

/** Traces the browser's top-level tasks; `stop` gives the most CPU time one renderer main-thread task took (ms). */
async function traceTasks(browser, page) {
  await browser.startTracing(page, { categories: ['toplevel'] });
  return async () => {
    const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
    const mains = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const tasks = events.filter((e) => e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask' && mains.has(`${e.pid}:${e.tid}`));
    return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
  };
}

async function measure(page, baseUrl, path) {
  const browser = page.context().browser();
  await page.goto(`${baseUrl}/kalkulator/laporan/`);
  await page.waitForSelector('[data-calculator][data-hydrated]');
  await page.evaluate(OBSERVE);
  let cpu = await traceTasks(browser, page);
  let t = Date.now();
  await page.setInputFiles('#berkas-survei', path);
  // The whole step: a wide file's selects get their options one after another (aria-busy until then).
  await page.waitForSelector('.report-confirm:not([aria-busy]) #kolom-skor', { timeout: 120_000 });
  const opened = Date.now() - t;
  const openTask = await longest(page);
  const openCpu = await cpu();
  const options = await page.locator('#kolom-skor option').count();
  cpu = await traceTasks(browser, page);
  t = Date.now();
  await page.getByRole('button', { name: 'Buat laporan' }).click();
  await page.waitForSelector('#bagikan', { timeout: 120_000 });
  const built = Date.now() - t;
  const buildTask = await longest(page);
  const buildCpu = await cpu();
  const heap = await page.evaluate(() => window.__heap);
  await page.context().close();
  return { opened, built, openTask, openCpu, buildTask, buildCpu, heap, options };
}

export async function benchHostile(baseUrl, newPage) {
  const dir = mkdtempSync(join(tmpdir(), 'paham-hostile-'));
  const files = [
    ['Control: Google Forms export, 40 answers × 5 columns', 'kontrol.csv', readFileSync(fileURLToPath(new URL('../fixtures/report/gforms-id.csv', import.meta.url)))],
    ['.xlsx claiming A1:XFD1048576 over three cells', 'klaim-besar.xlsx', lyingXlsx()],
    ['CSV, one row of 100,000 columns', 'sebaris.csv', wideRow()],
    ['CSV, a header and a data row of 100,000 columns', 'lebar.csv', wideTable()],
    ['CSV, a quote opened at row 2 and never closed, 50,000 rows after it', 'kutip.csv', unclosedQuote(50_000)],
  ];
  const bundle = join(dir, 'report-heap.mjs');
  execFileSync(fileURLToPath(new URL('../../node_modules/esbuild/bin/esbuild', import.meta.url)), [fileURLToPath(new URL('./report-heap.mjs', import.meta.url)), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error']);
  const rows = [];
  for (const [name, file, bytes] of files) {
    const path = join(dir, file);
    writeFileSync(path, bytes);
    const result = await measure(await newPage(), baseUrl, path);
    const node = JSON.parse(execFileSync(process.execPath, [bundle, path], { encoding: 'utf8' }));
    rows.push({ name, kb: bytes.length / 1024, ...result, workerHeap: node.peakHeap, workerMs: node.ms });
  }
  return rows;
}
