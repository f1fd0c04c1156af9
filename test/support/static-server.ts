// A small static file server for dist/, used by the browser tests and the benchmark.
// It answers like a static host: directory → index.html, unknown path → 404.html with status 404,
// and the headers of dist/_headers, so tests run under the policy visitors get. Text is sent
// gzipped to a client that asks for it, as every static host does: the page weights the project
// budgets are gzipped, and Lighthouse would otherwise time a download no visitor makes.
import { createServer, type Server } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { headersFor, parseHeaders, type HeaderRule } from '../../src/build/headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function resolveFile(root: string, urlPath: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (!file.startsWith(root)) return undefined;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return undefined;
  }
}

/** Types a static host compresses; images other than SVG and wasm streams are left as they are. */
const COMPRESSIBLE = /^(text\/|application\/(json|manifest\+json|xml)|image\/svg\+xml)/;

function acceptsGzip(header: string | string[] | undefined): boolean {
  return /\bgzip\b/.test(String(header ?? ''));
}

/** Gzipped bodies by file, so a page asked for again (five Lighthouse runs, every test) is compressed once. */
const gzipped = new Map<string, { stamp: string; body: Buffer }>();

async function gzippedFile(file: string): Promise<Buffer> {
  // A test may rewrite a file in dist/ (a new service worker, say): a changed file is compressed again.
  const { mtimeMs, size } = await stat(file);
  const stamp = `${mtimeMs}:${size}`;
  const cached = gzipped.get(file);
  if (cached?.stamp === stamp) return cached.body;
  const body = gzipSync(await readFile(file));
  gzipped.set(file, { stamp, body });
  return body;
}

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** A file served beside the site's own, at its path: a test tool the pages load (test/support/axe.ts). */
export interface ExtraFile {
  type: string;
  body: string;
}

/**
 * Serves `root` on `port` (a free one by default). `extra` files are served at their paths as
 * they are, cacheable, with none of the site's headers; they are not part of the site.
 */
export async function serveStatic(root: string, port = 0, extra: Record<string, ExtraFile> = {}): Promise<RunningServer> {
  const rules: HeaderRule[] = parseHeaders(await readFile(join(root, '_headers'), 'utf8').catch(() => ''));
  const server: Server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const own = Object.hasOwn(extra, path) ? extra[path] : undefined;
    if (own) {
      res.writeHead(200, { 'content-type': own.type, 'cache-control': 'public, max-age=31536000, immutable' });
      res.end(own.body);
      return;
    }
    const headers = headersFor(rules, path);
    const file = await resolveFile(root, path);
    if (!file) {
      res.writeHead(404, { ...headers, 'content-type': TYPES['.html']! });
      res.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
      return;
    }
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    if (COMPRESSIBLE.test(type) && acceptsGzip(req.headers['accept-encoding'])) {
      res.writeHead(200, { ...headers, 'content-type': type, 'content-encoding': 'gzip', 'vary': 'accept-encoding' });
      res.end(await gzippedFile(file));
      return;
    }
    res.writeHead(200, { ...headers, 'content-type': type, 'vary': 'accept-encoding' });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    // Drops kept-alive connections too, so a closed server is really gone (offline tests).
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
