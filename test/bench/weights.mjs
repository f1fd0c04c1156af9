// Measures what each built page sends: HTML, CSS and the JavaScript that runs before the
// reader interacts (module scripts and their static imports; dynamic imports load on use).
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function staticImports(dist, file, seen) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(join(dist, file), 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1];
    const next = spec.startsWith('/') ? spec : join(file, '..', spec).replaceAll('\\', '/');
    staticImports(dist, next.startsWith('/') ? next : '/' + next, seen);
  }
}

/**
 * Every /_astro/ chunk the code in `files` can load later: dynamic imports and workers, and what
 * they import in turn. (The search UI under /pagefind/ is left out: it is loaded by searching.)
 */
function onUseImports(dist, files, html) {
  const all = new Set(files);
  const queue = [...files];
  while (queue.length) {
    const code = readFileSync(join(dist, queue.pop()), 'utf8');
    for (const m of code.matchAll(/[`"'](?:\.\/|\/_astro\/)([\w.-]+\.js)[`"']/g)) {
      const file = `/_astro/${m[1]}`;
      if (all.has(file) || !existsSync(join(dist, file))) continue;
      // Astro's Preact client loads signals only for islands given signal props.
      if (/signals\.module/.test(file) && !html.includes('data-preact-signals')) continue;
      const found = new Set();
      staticImports(dist, file, found);
      for (const f of found) if (!all.has(f)) (all.add(f), queue.push(f));
    }
  }
  return [...all].filter((f) => !files.includes(f));
}

/**
 * Bytes a page needs before interaction, gzipped at level 9. `firstViewGzip` is what the browser
 * needs before its first render: the HTML document (with its inlined CSS) plus any render-blocking
 * stylesheet or script it links. Within about 14 KB it arrives in the first round trip (TCP's
 * initial window of 10 segments).
 */
export function pageWeight(dist, path) {
  const htmlFile = join(dist, path.endsWith('/') ? `${path}index.html` : path);
  const html = readFileSync(htmlFile, 'utf8');
  const scripts = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)) staticImports(dist, m[1], scripts);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) staticImports(dist, m[1], scripts);
  // Islands: astro-island elements name their component and renderer URLs, hydrated on load/idle/visible.
  for (const m of html.matchAll(/<astro-island[^>]*component-url="([^"]+)"[^>]*renderer-url="([^"]+)"/g)) {
    staticImports(dist, m[1], scripts);
    staticImports(dist, m[2], scripts);
  }
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).join('\n');
  const cssLinks = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*>/g)].map((m) => m[0]);
  const hrefOf = (tag) => join(dist, /href="([^"]+)"/.exec(tag)[1]);
  const css = cssLinks.map((tag) => readFileSync(hrefOf(tag)));
  // Render-blocking: stylesheets for the screen, and classic scripts without async or defer.
  const blockingCss = cssLinks.filter((tag) => !/\smedia="print"/.test(tag)).map((tag) => readFileSync(hrefOf(tag)));
  const blockingJs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)]
    .filter((m) => !/type="module"|\sasync|\sdefer/.test(m[0]))
    .map((m) => readFileSync(join(dist, m[1])));
  const jsFiles = [...scripts].filter((f) => existsSync(join(dist, f)));
  const jsGzip = jsFiles.reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0) + (inline ? gz(Buffer.from(inline)) : 0);
  const htmlGzip = gz(Buffer.from(html));
  const laterFiles = onUseImports(dist, jsFiles, html);
  return {
    /** Script the page may load on use (lazy islands, workers), gzipped, on top of `jsGzip`. */
    jsOnUseGzip: laterFiles.reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0),
    /** The files behind `jsOnUseGzip`, and SheetJS's share of it (loaded only when an .xlsx is opened). */
    jsOnUseFiles: laterFiles,
    sheetJsGzip: laterFiles.filter((f) => /(^|\/)xlsx[^/]*\.js$/.test(f)).reduce((n, f) => n + gz(readFileSync(join(dist, f))), 0),
    htmlGzip,
    cssGzip: css.reduce((n, c) => n + gz(c), 0),
    firstViewGzip: htmlGzip + [...blockingCss, ...blockingJs].reduce((n, c) => n + gz(c), 0),
    jsGzip,
    jsFiles,
    frameworkRuntime: jsFiles.some((f) => /preact|client\.|signals/.test(f)),
  };
}
