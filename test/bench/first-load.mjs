// What a page downloads before the visitor does anything, measured in Chromium: every response
// until the network is quiet, each body gzipped at level 9 (as `weights.mjs` counts), with no
// interaction and the service worker blocked. For a trainer's link this is the whole cost of
// opening it from WhatsApp: the HTML, its scripts, and what they fetch to show the first question.
import { gzipSync } from 'node:zlib';

/** Bytes (gzip) a page loads before interaction, and the files, largest first. */
export async function firstLoad(baseUrl, newPage, path, ready = 'body') {
  const page = await newPage();
  const bodies = [];
  page.on('response', (response) => {
    bodies.push(
      response
        .body()
        .then((body) => ({ url: response.url().replace(baseUrl, ''), gzip: gzipSync(body, { level: 9 }).length }))
        .catch(() => undefined),
    );
  });
  await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  const files = (await Promise.all(bodies)).filter(Boolean).sort((a, b) => b.gzip - a.gzip);
  await page.context().close();
  return { gzip: files.reduce((n, f) => n + f.gzip, 0), files };
}
