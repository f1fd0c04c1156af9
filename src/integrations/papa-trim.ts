// Papa Parse ships as one UMD factory, so bundlers keep all of it: CSV writing, network and
// Node streams, its own worker spawning. We call only `Papa.parse` on a File or a string inside
// our own worker. This plugin hands the bundler Papa's readable source as an ES module with the
// unused branches cut, and the minifier then drops the functions nothing reaches any more
// (about half of the library). Cuts are exact (see ./source-cuts.ts).
//
// What stays: `Papa.parse(fileOrString, config)` with the delimiter and line endings detected,
// RFC 4180 quotes ("" inside quotes), `chunkSize`, `preview`, `skipEmptyLines`, `newline`,
// `delimiter`, `encoding`, and the `chunk`, `complete` and `error` callbacks (or the results
// returned by a string parse without `chunk`). Options whose code was cut make `Papa.parse`
// throw (see OPTION_GUARD) instead of being silently ignored.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';
import { applyCuts, cutRange, type Cut } from './source-cuts';

const UNBUNDLED = (what: string) => `throw new Error('Papa Parse: ${what} is not bundled')`;

/** Options whose code is cut below: passing any of them at all makes `Papa.parse` throw. */
const CUT_OPTIONS = [
  'step',
  'download',
  'downloadTimeout',
  'comments',
  'fastMode',
  'quoteChar',
  'escapeChar',
  'delimitersToGuess',
  'beforeFirstChunk',
  'skipFirstNLines',
];

/**
 * First thing `Papa.parse` does: refuse what is not bundled. The names travel as one string
 * split at run time, which compresses a little better than an array literal.
 */
const OPTION_GUARD =
  `\t\tif (_config.header || _config.dynamicTyping || _config.transform) ${UNBUNDLED('header, dynamicTyping or transform')};\n` +
  `\t\tfor (var option of ${JSON.stringify(CUT_OPTIONS.join(' '))}.split(' ')) if (option in _config) throw new Error('Papa Parse: ' + option + ' is not bundled');\n`;

/** [start, end, replacement]: everything from `start` through `end` (each exactly once) is replaced. */
type RangeCut = readonly [start: string, end: string, replacement: string];

/** [exact text, replacement]: each text must occur exactly once in papaparse.js. */
const CUTS: readonly Cut[] = [
  // Exports nobody calls; each kept the function behind it alive.
  ['\tPapa.unparse = JsonToCsv;\n', ''],
  ['\tPapa.NetworkStreamer = NetworkStreamer;\n', ''],
  ['\tPapa.ReadableStreamStreamer = ReadableStreamStreamer;\n', ''],
  ["\tif (typeof PAPA_BROWSER_CONTEXT === 'undefined') {\n\t\tPapa.DuplexStreamStreamer = DuplexStreamStreamer;\n\t}\n", ''],
  ['\tif (IS_PAPA_WORKER)\n\t{\n\t\tglobal.onmessage = workerThreadReceivedMessage;\n\t}\n', ''],
  // Constants and internals exposed "for testing and development"; the code below uses literals.
  [
    "\tPapa.RECORD_SEP = String.fromCharCode(30);\n\tPapa.UNIT_SEP = String.fromCharCode(31);\n\tPapa.BYTE_ORDER_MARK = '\\ufeff';\n\tPapa.BAD_DELIMITERS = ['\\r', '\\n', '\"', Papa.BYTE_ORDER_MARK];\n\tPapa.WORKERS_SUPPORTED = !IS_WORKER && !!global.Worker;\n\tPapa.NODE_STREAM_INPUT = 1;\n",
    '',
  ],
  ['\tPapa.LocalChunkSize = 1024 * 1024 * 10;\t// 10 MB\n\tPapa.RemoteChunkSize = 1024 * 1024 * 5;\t// 5 MB\n', ''],
  ["\tPapa.DefaultDelimiter = ',';", ''],
  ['\tPapa.Parser = Parser;\n\tPapa.ParserHandle = ParserHandle;\n', ''],
  ['\tPapa.FileStreamer = FileStreamer;\n\tPapa.StringStreamer = StringStreamer;\n', ''],
  ['config.chunkSize = Papa.LocalChunkSize;', 'config.chunkSize = 1024 * 1024 * 10;'],
  ['_config.delimiter = Papa.DefaultDelimiter;', "_config.delimiter = ',';"],
  ["defaulted to \\'' + Papa.DefaultDelimiter + '\\''", "defaulted to \\',\\''"],
  // Their prototype wiring, which would otherwise keep them too.
  ['\tNetworkStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\tNetworkStreamer.prototype.constructor = NetworkStreamer;\n', ''],
  ['\tReadableStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\tReadableStreamStreamer.prototype.constructor = ReadableStreamStreamer;\n', ''],
  ["\tif (typeof PAPA_BROWSER_CONTEXT === 'undefined') {\n\t\tDuplexStreamStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\t\tDuplexStreamStreamer.prototype.constructor = DuplexStreamStreamer;\n\t}\n", ''],
  // Papa's own worker mode (it would post results itself); ours calls Papa.parse inside our worker.
  ['\tvar IS_WORKER = !global.document && !!global.postMessage,\n\t\tIS_PAPA_WORKER = global.IS_PAPA_WORKER || false;', '\tvar IS_PAPA_WORKER = false;'],
  ['if (_config.worker && Papa.WORKERS_SUPPORTED)', 'if (false)'],
  // ChunkStreamer.prototype has no members (every method is set in the constructor), so the
  // prototype chains of the two streamers we keep serve nothing (StringStreamer's even points at
  // itself).
  ['\tFileStreamer.prototype = Object.create(ChunkStreamer.prototype);\n\tFileStreamer.prototype.constructor = FileStreamer;\n', ''],
  ['\tStringStreamer.prototype = Object.create(StringStreamer.prototype);\n\tStringStreamer.prototype.constructor = StringStreamer;\n', ''],

  // Papa.parse: refuse the cut options up front (OPTION_GUARD), in place of the normalising of
  // dynamicTyping and transform and the check of downloadTimeout, which only served cut code.
  [
    "\t\tvar dynamicTyping = _config.dynamicTyping || false;\n\t\tif (isFunction(dynamicTyping)) {\n\t\t\t_config.dynamicTypingFunction = dynamicTyping;\n\t\t\t// Will be filled on first row call\n\t\t\tdynamicTyping = {};\n\t\t}\n\t\t_config.dynamicTyping = dynamicTyping;\n\n\t\t_config.transform = isFunction(_config.transform) ? _config.transform : false;\n\n\t\tif (_config.downloadTimeout !== undefined)\n\t\t{\n\t\t\tvar downloadTimeout = parseInt(_config.downloadTimeout);\n\t\t\tif (isNaN(downloadTimeout))\n\t\t\t{\n\t\t\t\tthrow new Error('Config downloadTimeout value (' + _config.downloadTimeout + ') not parsable by parseInt(val).');\n\t\t\t}\n\t\t\t_config.downloadTimeout = downloadTimeout;\n\t\t}\n",
    OPTION_GUARD,
  ],
  // Inputs: a string (download refused above), or else a File. A Node stream or any other
  // non-Blob now fails in FileStreamer (no `slice`), which is as loud as Papa's own refusal.
  ["if (_input === Papa.NODE_STREAM_INPUT && typeof PAPA_BROWSER_CONTEXT === 'undefined')", 'if (false)'],
  ['\t\t\tif (_config.download)\n\t\t\t\tstreamer = new NetworkStreamer(_config);\n\t\t\telse\n\t\t\t\tstreamer = new StringStreamer(_config);', '\t\t\tstreamer = new StringStreamer(_config);'],
  [
    '\t\telse if (_input.readable === true && isFunction(_input.read) && isFunction(_input.on))\n\t\t{\n\t\t\tstreamer = new ReadableStreamStreamer(_config);\n\t\t}\n\t\telse if ((global.File && _input instanceof File) || _input instanceof Object)',
    '\t\telse',
  ],

  // ChunkStreamer: skipFirstNLines and beforeFirstChunk are refused; pause, resume and abort
  // are gone from the handle (below), so a chunk is never halted, paused or aborted.
  ['\t\tthis.isFirstChunk = true;\n', ''],
  ['\t\t\tif (this._handle.paused() || this._handle.aborted()) {\n\t\t\t\tthis._halted = true;\n\t\t\t\treturn;\n\t\t\t}\n', ''],
  ['\t\t\t\tif (this._handle.paused() || this._handle.aborted()) {\n\t\t\t\t\tthis._halted = true;\n\t\t\t\t\treturn;\n\t\t\t\t}\n', ''],
  ['isFunction(this._config.chunk) && !isFakeChunk', 'isFunction(this._config.chunk)'],
  ['isFunction(this._config.complete) && (!results || !results.meta.aborted)', 'isFunction(this._config.complete)'],
  ['if (!finishedIncludingPreview && (!results || !results.meta.paused))', 'if (!finishedIncludingPreview)'],
  ['\t\tthis._halted = false;\n\t\tthis._input = null;', '\t\tthis._input = null;'],
  // `step` is refused, so only `chunk` decides whether results are streamed or gathered.
  ['if (!this._config.step && !this._config.chunk) {', 'if (!this._config.chunk) {'],
  ['if (!config.step && !config.chunk)', 'if (!config.chunk)'],

  // FileStreamer: every browser with module workers has FileReader there and Blob#slice, so
  // the FileReaderSync and prefixed-slice fallbacks are dead (and fail loudly if ever needed).
  ["\t\tvar usingAsyncReader = typeof FileReader !== 'undefined';\t// Safari doesn't consider it a function - see issue #105\n", ''],
  ['slice = file.slice || file.webkitSlice || file.mozSlice;', 'slice = file.slice;'],
  ['\t\t\tif (usingAsyncReader)\n\t\t\t{\n\t\t\t\treader = new FileReader();', '\t\t\t{\n\t\t\t\treader = new FileReader();'],
  ['\t\t\telse\n\t\t\t\treader = new FileReaderSync();\t// Hack for running in a web worker in Firefox\n', ''],
  ['\t\t\tvar txt = reader.readAsText(input, this._config.encoding);\n\t\t\tif (!usingAsyncReader)\n\t\t\t\tthis._chunkLoaded({ target: { result: txt } });\t// mimic the async signature\n', '\t\t\treader.readAsText(input, this._config.encoding);\n'],

  // ParserHandle. The per-row `step` callback (refused above): we take rows a chunk at a time.
  ['\t\tif (isFunction(_config.step))\n\t\t{\n\t\t\tvar userStep = _config.step;', '\t\tif (false)\n\t\t{\n\t\t\tvar userStep = _config.step;'],
  // The quote character is always '"' (quoteChar is refused).
  ["\t\t\tvar quoteChar = _config.quoteChar || '\"';\n\t\t\tif (!_config.newline)\n\t\t\t\t_config.newline = this.guessLineEndings(input, quoteChar);", '\t\t\tif (!_config.newline)\n\t\t\t\t_config.newline = this.guessLineEndings(input);'],
  ["var re = new RegExp(escapeRegExp(quoteChar) + '([^]*?)' + escapeRegExp(quoteChar), 'gm');", 'var re = /"[^]*?"/g;'],
  // Delimiter guessing without comments or a custom candidate list (both refused).
  ['guessDelimiter(input, _config.newline, _config.skipEmptyLines, _config.comments, _config.delimitersToGuess);', 'guessDelimiter(input, _config.newline, _config.skipEmptyLines);'],
  ['function guessDelimiter(input, newline, skipEmptyLines, comments, delimitersToGuess) {', 'function guessDelimiter(input, newline, skipEmptyLines) {'],
  ["delimitersToGuess = delimitersToGuess || [',', '\\t', '|', ';', Papa.RECORD_SEP, Papa.UNIT_SEP];", "var delimitersToGuess = [',', '\\t', '|', ';', '\\x1e', '\\x1f'];"],
  ['\t\t\t\t\tcomments: comments,\n', ''],
  // Header objects, dynamic typing and transforms (refused): we read raw rows and find the header ourselves.
  ['\t\t\tparserConfig.header = needsHeaderRow();\n\t\t\tif (_config.preview && _config.header)\n\t\t\t\tparserConfig.preview++;\t// to compensate for header row\n', ''],
  ['\t\t\tif (needsHeaderRow())\n\t\t\t\tfillHeaderFields();\n', ''],
  ['\t\t\treturn applyHeaderAndDynamicTypingAndTransformation();', '\t\t\treturn _results;'],
  // Never paused (pause and resume are gone), so the parser's results are returned as they are.
  ['return _paused ? { meta: { paused: true } } : (_results || { meta: { paused: false } });', 'return _results;'],

  // Parser. Quotes are always '"' escaped by doubling; no comment lines; no step; no abort.
  ['\t\tvar comments = config.comments;\n\t\tvar step = config.step;\n', ''],
  ['\t\tvar fastMode = config.fastMode;\n\t\tvar quoteChar;\n\t\tvar renamedHeaders = null;\n\t\tvar headerParsed = false;\n', "\t\tvar quoteChar = '\"';\n"],
  ["\t\tif (config.quoteChar === undefined || config.quoteChar === null) {\n\t\t\tquoteChar = '\"';\n\t\t} else {\n\t\t\tquoteChar = config.quoteChar;\n\t\t}\n\t\tvar escapeChar = quoteChar;\n\t\tif (config.escapeChar !== undefined) {\n\t\t\tescapeChar = config.escapeChar;\n\t\t}\n", ''],
  ["\t\t\t|| Papa.BAD_DELIMITERS.indexOf(delim) > -1)", "\t\t\t|| ['\\r', '\\n', '\"', '\\ufeff'].indexOf(delim) > -1)"],
  ["\t\t// Comment character must be valid\n\t\tif (comments === delim)\n\t\t\tthrow new Error('Comment character same as delimiter');\n\t\telse if (comments === true)\n\t\t\tcomments = '#';\n\t\telse if (typeof comments !== 'string'\n\t\t\t|| Papa.BAD_DELIMITERS.indexOf(comments) > -1)\n\t\t\tcomments = false;\n", ''],
  ['\t\tvar cursor = 0;\n\t\tvar aborted = false;\n', '\t\tvar cursor = 0;\n'],
  ['\t\t\t\tnewlineLen = newline.length,\n\t\t\t\tcommentsLen = comments.length;\n\t\t\tvar stepIsFunction = isFunction(step);\n', '\t\t\t\tnewlineLen = newline.length;\n'],
  ["var quoteCharRegex = new RegExp(escapeRegExp(escapeChar) + escapeRegExp(quoteChar), 'g');", 'var quoteCharRegex = /""/g;'],
  [
    '\t\t\t\t\t\tif (quoteChar === escapeChar &&  input[quoteSearch + 1] === escapeChar)',
    '\t\t\t\t\t\tif (input[quoteSearch + 1] === quoteChar)',
  ],
  ['\t\t\t\t\t\tif (quoteChar !== escapeChar && quoteSearch !== 0 && input[quoteSearch - 1] === escapeChar)\n\t\t\t\t\t\t{\n\t\t\t\t\t\t\tcontinue;\n\t\t\t\t\t\t}\n', ''],
  ['\t\t\t\t\t\t\tif (stepIsFunction)\n\t\t\t\t\t\t\t{\n\t\t\t\t\t\t\t\tdoStep();\n\t\t\t\t\t\t\t\tif (aborted)\n\t\t\t\t\t\t\t\t\treturn returnable();\n\t\t\t\t\t\t\t}\n', ''],
  ['\t\t\t\t\tif (stepIsFunction)\n\t\t\t\t\t{\n\t\t\t\t\t\tdoStep();\n\t\t\t\t\t\tif (aborted)\n\t\t\t\t\t\t\treturn returnable();\n\t\t\t\t\t}\n', ''],
  ['\t\t\t\tif (stepIsFunction)\n\t\t\t\t\tdoStep();\n', ''],
  ['aborted: aborted,', 'aborted: false,'],
  ['renamedHeaders: renamedHeaders', 'renamedHeaders: null'],

  // The UMD ending: the factory's result becomes the module's default export.
  ['\treturn Papa;\n}));', '\treturn Papa;\n})();'],
];

const RANGES: readonly RangeCut[] = [
  // Finding the global object served Papa's worker mode and network streaming only.
  ['\tvar global = (function() {\n', '\t\treturn {};\n\t})();\n', '\tvar global = globalThis;\n'],
  // ChunkStreamer: skipFirstNLines and beforeFirstChunk (both refused).
  ['\t\t\t// First chunk pre-processing\n', '\t\t\tthis.isFirstChunk = false;\n\t\t\tthis._halted = false;\n', ''],
  // ParserHandle: pause, resume and abort, reachable only through the handle passed to `chunk`,
  // which we never touch (calling them now throws a TypeError).
  ['\t\tthis.paused = function()\n', "\t\t\t_input = '';\n\t\t};\n", ''],
  // Parser, fastMode: the split-based path Papa takes for chunks without a quote (or when
  // fastMode is set, refused). The quote-aware loop below yields the same rows for them.
  ["\t\t\tif (fastMode || (fastMode !== false && input.indexOf(quoteChar) === -1))\n", '\t\t\t\treturn returnable();\n\t\t\t}\n\n\t\t\tvar nextDelim', '\t\t\tvar nextDelim'],
  // Parser: comment lines (refused).
  ['\t\t\t\t// Comment found at start of new line\n', '\t\t\t\t\tcontinue;\n\t\t\t\t}\n\n\t\t\t\t// Next delimiter comes before next newline', '\t\t\t\t// Next delimiter comes before next newline'],
  // Parser: header names (refused).
  ['\t\t\t\tif (config.header && !baseIndex && data.length && !headerParsed)\n', '\t\t\t\t\theaderParsed = true;\n\t\t\t\t}\n', ''],
  // Parser: step and abort (refused; abort only served the handle's pause and abort).
  ["\t\t\t/** Executes the user's step function and resets data & errors. */\n", '\t\t\treturn cursor;\n\t\t};\n', '\t\t};\n'],
];

/** Papa Parse's unminified source, cut to what `Papa.parse` of a File or string needs. */
export function trimPapaParse(source: string): string {
  // The UMD opening becomes an ES export of the factory's result; the licence comment stays.
  let code = cutRange(source, '(function(root, factory)\n{', '}(this, function moduleFactory()\n{', 'export default (function moduleFactory()\n{', 'papa-trim');
  for (const [start, end, replacement] of RANGES) code = cutRange(code, start, end, replacement, 'papa-trim');
  return applyCuts(code, CUTS, 'papa-trim');
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
