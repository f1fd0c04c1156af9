// `npm run bench`: build time and bytes per page kind. Figures go in docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageWeight } from './weights.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = `${root}dist`;
const time = (cmd, args) => {
  const t = performance.now();
  execFileSync(cmd, args, { cwd: root, stdio: 'ignore' });
  return (performance.now() - t) / 1000;
};

// The build indexes the site with Pagefind itself (src/build/search-index.ts, which logs its share).
const build = time(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build']);
console.log(`Build (Astro, Pagefind index, service worker): ${build.toFixed(1)} s\n`);

const kinds = {
  'Home': '/',
  'Guide list': '/panduan/',
  'Guide': '/panduan/apa-itu-pelanggan/',
  'Type guide': '/panduan/jenis-pelanggan/berdasarkan-posisi/',
  'Glossary': '/kamus/',
  'FAQ': '/faq/',
  'Search page': '/cari/',
  'Calculator list': '/kalkulator/',
  'Survey report': '/kalkulator/laporan/',
  'NPS calculator': '/kalkulator/nps/',
  'CSAT calculator': '/kalkulator/csat/',
  'CES calculator': '/kalkulator/ces/',
  'Churn calculator': '/kalkulator/churn/',
  'Quiz list': '/kuis/',
  'Quiz': '/kuis/posisi/',
  'Mixed quiz': '/kuis/campuran/',
  'Profiler': '/kuis/kenali-pelanggan/',
  'Class summary': '/kuis/rekap-kelas/',
  'Trainer link page (`/kuis/latihan/`, before its script draws the link)': '/kuis/latihan/',
};
const kb = (n) => (n / 1024).toFixed(1);
console.log('| Page kind | HTML (gzip) | CSS (gzip) | First view (gzip) | JS before interaction (gzip) | JS loaded on use (gzip) | Framework runtime |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const [kind, path] of Object.entries(kinds)) {
  try {
    const w = pageWeight(dist, path);
    console.log(`| ${kind.includes('`') ? kind : `${kind} (\`${path}\`)`} | ${kb(w.htmlGzip)} KB | ${kb(w.cssGzip)} KB | ${kb(w.firstViewGzip)} KB | ${kb(w.jsGzip)} KB | ${w.jsOnUseGzip ? `+${kb(w.jsOnUseGzip)} KB` : '—'} | ${w.frameworkRuntime ? 'yes' : 'no'} |`);
  } catch {
    // page kind not built yet
  }
}

// The browser measurements share one server and one browser, each page in a fresh context.
const { launchBrowser } = await import('../support/browser.ts');
const { serveStatic } = await import('../support/static-server.ts');
const { benchCalculators } = await import('./calculators.mjs');
const { firstLoad } = await import('./first-load.mjs');
const { benchQuiz } = await import('./quiz.mjs');
const { benchReport } = await import('./report.mjs');
const { benchHostile } = await import('./hostile.mjs');
const { benchClassSummary } = await import('./class-summary.mjs');
const server = await serveStatic(dist);
const browser = await launchBrowser();
const newPage = async () => (await browser.newContext({ serviceWorkers: 'block' })).newPage();
try {
  // What the quiz pages (issue 24) and, for scale, a guide and a calculator load before the
  // visitor does anything, in the browser: the trainer link's total includes the first item it fetches.
  console.log('\n| Page | HTML (raw) | Everything before interaction (gzip) |');
  console.log('| --- | ---: | ---: |');
  for (const [path, ready] of [
    ['/panduan/apa-itu-pelanggan/', 'main'],
    ['/kalkulator/nps/', '[data-calculator]'],
    ['/kuis/', 'main'],
    ['/kuis/posisi/', 'form.quiz-card'],
    ['/kuis/campuran/', 'form.quiz-card'],
    ['/kuis/latihan/?topik=posisi,penanganan&jumlah=10&seed=abc', 'form.quiz-card'],
  ]) {
    const load = await firstLoad(server.url, newPage, path, ready);
    const raw = readFileSync(join(dist, path.split('?')[0], 'index.html')).length;
    console.log(`| \`${path}\` | ${kb(raw)} KB | ${kb(load.gzip)} KB |`);
  }
  const calc = await benchCalculators(server.url, newPage);
  console.log(`\nNPS, 1,000,000 pasted scores: correct result after ${calc.paste.ms.toFixed(0)} ms; longest main-thread task ${calc.paste.longestTask.toFixed(0)} ms`);
  console.log(`NPS, ${calc.csv.mb.toFixed(1)} MB CSV (${calc.csv.rows.toLocaleString('en')} rows): correct result after ${calc.csv.ms} ms; longest main-thread task ${calc.csv.longestTask.toFixed(0)} ms`);
  const quiz = await benchQuiz(server.url, newPage);
  console.log(`Quiz, "Periksa jawaban" to feedback on screen (10 answers): median ${quiz.median.toFixed(1)} ms, worst ${quiz.worst.toFixed(1)} ms (one frame = 16.7 ms)`);
  const rekap = await benchClassSummary(server.url, newPage);
  console.log(`Rekap kelas, ${rekap.n} pasted messages (${rekap.kb.toFixed(0)} KB): read and summed up in ${rekap.nodeMs.toFixed(1)} ms in Node (control: a plain split of the same text, ${rekap.splitMs.toFixed(1)} ms); on the page, "Baca pesan" to summary ${rekap.ms} ms with item files fetched, longest main-thread task ${rekap.longest.toFixed(0)} ms, long tasks ${rekap.longSum.toFixed(0)} ms in all`);
  const report = await benchReport(server.url, newPage);
  const mb = (n) => (n ? `${(n / 1024 / 1024).toFixed(0)} MB` : 'not measurable');
  for (const [name, r] of [[`Survey report, ${report.csv.mb.toFixed(1)} MB CSV (1,000,000 rows × 5 columns)`, report.csv], ['Survey report, 50,000-row .xlsx', report.xlsx]]) {
    console.log(`${name}: file picked to confirm step ${r.opened} ms, "Buat laporan" to report on screen ${r.built} ms (total ${r.total} ms); longest main-thread task ${r.longestTask.toFixed(0)} ms; peak JS heap: page ${mb(r.mainHeap)}, worker ${mb(r.workerHeap)}${r.nodeMs ? ` (worker code in Node: ${r.nodeMs} ms)` : ''}${r.plainSplitMs ? `; for scale, plain split() of the same text into cells took ${r.plainSplitMs} ms on this machine now` : ''}`);
  }
  console.log('\nSurvey report, files that lie about their size or shape (a control file of ordinary shape first):\n');
  console.log('| File | Size | File → confirm step | Longest task: wall, CPU | "Buat laporan" → report | Longest task: wall, CPU | Score options | Peak heap: page, worker |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |');
  for (const r of await benchHostile(server.url, newPage)) {
    console.log(`| ${r.name} | ${r.kb.toFixed(0)} KB | ${r.opened} ms | ${r.openTask.toFixed(0)} ms, ${r.openCpu.toFixed(0)} ms | ${r.built} ms | ${r.buildTask.toFixed(0)} ms, ${r.buildCpu.toFixed(0)} ms | ${r.options} | ${mb(r.heap)}, ${mb(r.workerHeap)} |`);
  }
} finally {
  await browser.close();
  await server.close();
}
