// "Rekap kelas" on 200 pasted result messages (issue 21: under 200 ms of main-thread work): the
// page's reading and summing-up code timed in Node beside a plain split of the same text (the
// control, same run), then the page itself in Chromium from "Baca pesan" to the summary on
// screen, with its longest main-thread task and the sum of its long tasks.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { parse } from 'yaml';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function loadEntry() {
  const out = await build({ entryPoints: [join(root, 'test/bench/class-summary-entry.ts')], bundle: true, format: 'esm', platform: 'node', write: false });
  return import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchClassSummary(baseUrl, newPage, n = 200) {
  const { classPaste, summarise } = await loadEntry();
  const bank = readdirSync(join(root, 'content/kuis'))
    .filter((f) => f.endsWith('.yaml'))
    .flatMap((f) => parse(readFileSync(join(root, 'content/kuis', f), 'utf8')));
  const paste = classPaste(bank, n);
  const read = [];
  const split = [];
  let trainees = 0;
  for (let i = 0; i < 7; i++) {
    let t = performance.now();
    const summary = summarise(paste, bank);
    read.push(performance.now() - t);
    trainees = summary.groups.reduce((s, g) => s + g.trainees.length, 0);
    t = performance.now();
    paste.split('\n').map((l) => l.trim());
    split.push(performance.now() - t);
  }
  if (trainees !== n) throw new Error(`read ${trainees} of ${n} messages`);

  const page = await newPage();
  await page.goto(`${baseUrl}/kuis/rekap-kelas/`);
  await page.waitForLoadState('networkidle');
  // Set as a paste sets it: one input event with the whole text.
  await page.locator('#rekap-tempel').evaluate((el, text) => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, paste);
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask' });
  });
  // Clicked and awaited inside the page: a Playwright locator polling a page of 200 rows would
  // add its own main-thread work to the figure.
  const { ms, status } = await page.evaluate(
    (n) =>
      new Promise((resolve) => {
        const status = document.querySelector('[data-class-status]');
        const button = [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Baca pesan');
        const t0 = performance.now();
        new MutationObserver((_, obs) => {
          if (!/pesan terbaca/.test(status.textContent ?? '')) return;
          obs.disconnect();
          // The next frame: the summary is on screen.
          requestAnimationFrame(() => setTimeout(() => resolve({ ms: performance.now() - t0, status: status.textContent })));
        }).observe(status, { childList: true, subtree: true, characterData: true });
        button.click();
      }),
    n,
  );
  if (!status.startsWith(`${n} pesan terbaca`)) throw new Error(status);
  const long = await page.evaluate(() => window.__long);
  await page.context().close();
  return { n, kb: paste.length / 1024, nodeMs: median(read), splitMs: median(split), ms: Math.round(ms), longest: Math.max(0, ...long), longSum: long.reduce((a, b) => a + b, 0) };
}
