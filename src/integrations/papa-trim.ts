// Papa Parse ships as one UMD factory, so bundlers keep all of it: CSV writing, network and
// Node streams, its own worker spawning. We call only `Papa.parse` on a File or a string inside
// our own worker. This plugin hands the bundler Papa's readable source as an ES module with the
// unused branches cut, and the minifier then drops the functions nothing reaches any more
// (about a third of the library). Every cut names its exact text: if a Papa Parse release moves
// one, the build stops here instead of shipping a silently different parser.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

const UNBUNDLED = (what: string) => `throw new Error('Papa Parse: ${what} is not bundled')`;

/** [exact text, replacement]: each text must occur exactly once in papaparse.js. */
const CUTS: readonly (readonly [string, string])[] = [
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

/** The UMD opening, from its first line to the factory's: replaced by an ES export. */
const UMD_HEAD = ['(function(root, factory)\n{', '}(this, function moduleFactory()\n{'] as const;

function once(code: string, text: string): number {
  const at = code.indexOf(text);
  if (at < 0 || code.indexOf(text, at + 1) >= 0) {
    throw new Error(
      `papa-trim: papaparse.js no longer has exactly one ${JSON.stringify(text.slice(0, 60))}; ` +
        'update src/integrations/papa-trim.ts for this Papa Parse version.',
    );
  }
  return at;
}

/** Papa Parse's unminified source, cut to what `Papa.parse` of a File or string needs. */
export function trimPapaParse(source: string): string {
  const start = once(source, UMD_HEAD[0]);
  const end = once(source, UMD_HEAD[1]) + UMD_HEAD[1].length;
  // The licence comment before the wrapper stays.
  let code = `${source.slice(0, start)}export default (function moduleFactory()\n{${source.slice(end)}`;
  for (const [text, replacement] of CUTS) {
    const at = once(code, text);
    code = code.slice(0, at) + replacement + code.slice(at + text.length);
  }
  return code;
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
