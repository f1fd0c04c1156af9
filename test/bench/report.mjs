// Survey report speed in real Chromium: a 1,000,000-row × 5-column CSV (about 60 MB, made on
// the fly) and a 50,000-row .xlsx, from picking the file to the report on screen, with the
// longest main-thread task and the peak JS heap of the page and of its worker.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';

const BRANCHES = ['Bandung', 'Surabaya', 'Medan', 'Makassar', 'Denpasar'];
const CHANNELS = ['WhatsApp', 'Toko', 'Instagram', 'Telepon'];
const COMMENTS = ['', 'Pelayanan cepat dan ramah', 'Antrean lama di kasir', 'Harga agak mahal', 'Pesanan datang dingin', 'Kasir tidak ramah'];
const p2 = (n) => String(n).padStart(2, '0');

/** Row i of the synthetic survey; scores cycle so NPS is exactly 20: 5 promoters, 2 passives, 3 detractors in 10. */
function row(i) {
  const day = 1 + (i % 28);
  const month = 1 + (Math.floor(i / 28) % 12);
  const score = i % 10 < 5 ? 9 + (i % 2) : i % 10 < 7 ? 7 + (i % 2) : i % 7;
  return [`${p2(day)}/${p2(month)}/2026 ${p2(8 + (i % 12))}:${p2(i % 60)}:${p2((i * 7) % 60)}`, BRANCHES[i % 5], CHANNELS[i % 4], String(score), score <= 6 ? COMMENTS[1 + (i % 5)] : COMMENTS[i % 3 === 0 ? 1 : 0]];
}

/** Run in the page: records long tasks in `window.__long` and the peak JS heap in `window.__heap`. */
export const OBSERVE = () => {
  window.__long = [];
  window.__heap = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__long.push(e.duration);
  }).observe({ type: 'longtask', buffered: false });
  const sample = () => {
    window.__heap = Math.max(window.__heap, performance.memory?.usedJSHeapSize ?? 0);
    window.__sampler = setTimeout(sample, 50);
  };
  sample();
};

async function measure(page, baseUrl, file, expected) {
  await page.goto(`${baseUrl}/kalkulator/laporan/`);
  await page.waitForSelector('[data-calculator][data-hydrated]');
  await page.evaluate(OBSERVE);
  const t0 = Date.now();
  await page.setInputFiles('#berkas-survei', file);
  await page.waitForSelector('#kolom-skor', { timeout: 60_000 });
  const opened = Date.now() - t0;
  // Timed from the click itself: the confirm step scrolls into view (smoothly) as it opens, and
  // Playwright waits for the button to stop moving before it clicks, which no person notices.
  await page.evaluate(() => document.addEventListener('click', () => (window.__clicked = performance.now()), { capture: true, once: true }));
  await page.getByRole('button', { name: 'Buat laporan' }).click();
  // The whole report: the headline right, and its last section (sharing) on screen.
  const done = await page.waitForFunction((value) => document.querySelector('[data-headline] [data-result="nps"]')?.textContent === value && document.querySelector('#bagikan') && performance.now(), expected, { timeout: 120_000, polling: 'raf' });
  const built = Math.round((await done.jsonValue()) - (await page.evaluate(() => window.__clicked)));
  const main = await page.evaluate(() => ({ longestTask: Math.max(0, ...window.__long), heap: window.__heap }));
  // Chromium shows no heap inside a worker (and asking it every 100 ms slowed the read), so the
  // worker's heap is measured in Node on the same code: see benchReport.
  return { opened, built, total: opened + built, longestTask: main.longestTask, mainHeap: main.heap, workerHeap: 0 };
}

/** The two files, written to a temporary folder; the big arrays behind them die here, not while measuring. */
function writeFiles(dir) {
  const lines = ['Stempel waktu,Cabang,Kanal,Seberapa besar kemungkinan Anda merekomendasikan kami?,Alasan'];
  for (let i = 0; i < 1_000_000; i += 1) lines.push(row(i).join(','));
  const csvFile = join(dir, 'survei-besar.csv');
  const csv = Buffer.from(lines.join('\n'));
  writeFileSync(csvFile, csv);
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([lines[0].split(','), ...Array.from({ length: 50_000 }, (_, i) => row(i))]), 'Jawaban');
  const xlsxFile = join(dir, 'survei.xlsx');
  writeFileSync(xlsxFile, XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }));
  return { csvFile, xlsxFile, mb: csv.length / 1024 / 1024 };
}

export async function benchReport(baseUrl, newPage) {
  const dir = mkdtempSync(join(tmpdir(), 'paham-report-'));
  const { csvFile, xlsxFile, mb } = writeFiles(dir);
  // Both reads first, so no work of this process (garbage collection included) competes with them.
  const csvResult = await measure(await newPage(), baseUrl, csvFile, '20,0');
  const xlsxResult = await measure(await newPage(), baseUrl, xlsxFile, '20,0');
  // The worker's heap, from the same code in Node (see report-heap.mjs).
  const bundle = join(dir, 'report-heap.mjs');
  execFileSync(fileURLToPath(new URL('../../node_modules/esbuild/bin/esbuild', import.meta.url)), [fileURLToPath(new URL('./report-heap.mjs', import.meta.url)), '--bundle', '--platform=node', '--format=esm', `--outfile=${bundle}`, '--log-level=error']);
  const node = JSON.parse(execFileSync(process.execPath, [bundle, csvFile], { encoding: 'utf8' }));
  csvResult.workerHeap = node.peakHeap;
  csvResult.nodeMs = node.ms;
  // How loaded the machine is: splitting the same text into rows and cells with plain JavaScript.
  const text = readFileSync(csvFile, 'utf8');
  const t = performance.now();
  text.split('\n').map((line) => line.split(','));
  csvResult.plainSplitMs = Math.round(performance.now() - t);
  return { csv: { ...csvResult, mb, rows: 1_000_000 }, xlsx: { ...xlsxResult, rows: 50_000 } };
}
