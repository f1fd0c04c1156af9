// Papa Parse ships as one UMD factory, so bundlers keep all of it: CSV writing, network and
// Node streams, its own worker spawning. We call only `Papa.parse` on a File or a string inside
// our own worker. This plugin hands the bundler Papa's readable source as an ES module with the
// unused branches cut, and the minifier then drops the functions nothing reaches any more
// (over a third of the library). Cuts are exact (see ./source-cuts.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { applyCuts, cutRange, type Cut } from './source-cuts';

const UNBUNDLED = (what: string) => `throw new Error('Papa Parse: ${what} is not bundled')`;

/** [exact text, replacement]: each text must occur exactly once in papaparse.js. */
const CUTS: readonly Cut[] = [
  // Exports nobody calls; each kept the function behind it alive.
  ['\tPapa.unparse = JsonToCsv;\n', ''],
  ['\tPapa.NetworkStreamer = NetworkStreamer;\n', ''],
  ['\tPapa.ReadableStreamStreamer = ReadableStreamStreamer;\n', ''],
  ["\tif (typeof PAPA_BROWSER_CONTEXT === 'undefined') {\n\t\tPapa.DuplexStreamStreamer = DuplexStreamStreamer;\n\t}\n", ''],
  ['\tif (IS_PAPA_WORKER)\n\t{\n\t\tglobal.onmessage = workerThreadReceivedMessage;\n\t}\n', ''],
  // Their prototype wiring, which would otherwise keep them too.
  ['\tNetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\tNetworkStreamer.prototype.constructor = NetworkStreamer;\n', ''],
  ['\tReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\tReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;\n', ''],
  ["\tif (typeof PAPA_BROWSER_CONTEXT === 'undefined') {\n\t\tDuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\t\tDuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;\n\t}\n", ''],
  // Papa's own worker mode (it would post results itself); ours calls Papa.parse inside our worker.
  ['\t\tIS_PAPA_WORKER = global.IS_PAPA_WORKER || false;', '\t\tIS_PAPA_WORKER = false;'],
  // The per-row `step` callback: we take rows a chunk at a time.
  ['\t\tif (isFunction(_config.step))\n\t\t{\n\t\t\tvar userStep = _config.step;', `\t\tif (isFunction(_config.step)) ${UNBUNDLED('step')};\n\t\tif (false)\n\t\t{\n\t\t\tvar userStep = _config.step;`],
  // Branches of Papa.parse for inputs and options we never pass.
  ['if (_config.worker && Papa.WORKERS_SUPPORTED)', 'if (false)'],
  ["if (_input === Papa.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === 'undefined')", 'if (false)'],
  ['streamer = new NetworkStreamer(_config);', `${UNBUNDLED('download')};`],
  ['streamer = new ReadableStreamStreamer(_config);', `${UNBUNDLED('a Node stream')};`],
  // Header objects, dynamic typing and transforms: we read raw rows and find the header ourselves.
  ['\t\t\treturn applyHeaderAndDynamicTypingAndTransformation();', '\t\t\treturn _results;'],
  [
    '\t\t_config.transform = isFunction(_config.transform) ? _config.transform : false;',
    `\t\tif (_config.header || _config.dynamicTyping || _config.transform) ${UNBUNDLED('header, dynamicTyping or transform')};`,
  ],
  // The UMD ending: the factory's result becomes the module's default export.
  ['\treturn Papa;\n}));', '\treturn Papa;\n})();'],
];

/** Papa Parse's unminified source, cut to what `Papa.parse` of a File or string needs. */
export function trimPapaParse(source: string): string {
  // The UMD opening becomes an ES export of the factory's result; the licence comment stays.
  const esm = cutRange(source, '(function(root, factory)\n{', '}(this, function moduleFactory()\n{', 'export default (function moduleFactory()\n{', 'papa-trim');
  return applyCuts(esm, CUTS, 'papa-trim');
}

/** Vite plugin: `import Papa from 'papaparse'` gets the trimmed ES module. */
export function papaTrim(): Plugin {
  return {
    name: 'paham:papa-trim',
    enforce: 'pre',
    load(id) {
      if (!/[\\/]node_modules[\\/]papaparse[\\/]papaparse(\.min)?\.js$/.test(id)) return null;
      return trimPapaParse(readFileSync(join(dirname(id), 'papaparse.js'), 'utf8'));
    },
  };
}
