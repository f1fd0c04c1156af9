import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { trimPapaParse } from '../../src/integrations/papa-trim';

// `Papa` above is the trimmed build (the plugin applies in tests too); `full` is the published one.
const require = createRequire(import.meta.url);
const full = require('papaparse/papaparse.js') as typeof Papa;
const source = readFileSync(require.resolve('papaparse/papaparse.js'), 'utf8');

function parse(papa: typeof Papa, input: string, chunkSize?: number) {
  const rows: string[][] = [];
  let delimiter = '';
  papa.parse<string[]>(input, {
    skipEmptyLines: 'greedy',
    chunkSize,
    complete: () => undefined,
    chunk: (r: Papa.ParseResult<string[]>) => {
      rows.push(...r.data);
      delimiter = r.meta.delimiter;
    },
  });
  return { rows, delimiter };
}

describe('trimPapaParse', () => {
  it('is the trimmed build that tests and the site import', () => {
    expect(Papa.parse).toBeTypeOf('function');
    expect('unparse' in Papa).toBe(false);
    expect('unparse' in full).toBe(true);
  });

  it.each([
    ['semicolons, a quoted field and a BOM', '\ufeffNo;Skor;Catatan\n1;9;"enak; murah"\n2;10;\n'],
    ['tabs and CRLF', 'Skor\tNama\r\n9\tBudi\r\n\r\n7\tAni\r\n'],
    ['commas with quotes inside quotes', 'a,b\n"x ""y"" z",3\n4,5'],
    ['a single column with blank lines', '9\n\n10\n  \n8'],
  ])('parses %s exactly as the published library does', (_name, csv) => {
    expect(parse(Papa, csv)).toEqual(parse(full, csv));
  });

  it('streams a large string in chunks with the same rows', () => {
    const csv = Array.from({ length: 60_000 }, (_, i) => `${i % 11};baris ${i};"q;${i}"`).join('\n');
    const trimmed = parse(Papa, csv, 64 * 1024);
    expect(trimmed.rows).toHaveLength(60_000);
    expect(trimmed).toEqual(parse(full, csv, 64 * 1024));
  });

  it('refuses the options whose code was cut, instead of misreading them', () => {
    expect(() => Papa.parse('https://example.test/x.csv', { download: true, complete: () => undefined })).toThrow(/download is not bundled/);
    expect(() => Papa.parse('a\n1', { header: true })).toThrow(/header, dynamicTyping or transform is not bundled/);
    expect(() => Papa.parse('a\n1', { dynamicTyping: true })).toThrow(/not bundled/);
    expect(() => Papa.parse('a\n1', { step: () => undefined })).toThrow(/step is not bundled/);
  });

  it('stops the build, naming itself, when a Papa Parse release moves a cut', () => {
    expect(() => trimPapaParse(source.replace('Papa.unparse = JsonToCsv;', 'Papa.unparse = toCsv;'))).toThrow(/papa-trim: .*Papa\.unparse = JsonToCsv.*update src\/integrations\/papa-trim\.ts/);
    expect(() => trimPapaParse(`${source}\n(function(root, factory)\n{`)).toThrow(/exactly one/);
  });
});

/** Everything a parse reports: each chunk's results, then what `complete` got. */
function trace(papa: typeof Papa, input: string, config: { chunkSize?: number; preview?: number } = {}) {
  const chunks: Papa.ParseResult<string[]>[] = [];
  let completed = 0;
  papa.parse<string[]>(input, {
    skipEmptyLines: 'greedy',
    ...config,
    chunk: (results: Papa.ParseResult<string[]>) => {
      chunks.push(results);
    },
    complete: () => {
      completed += 1;
    },
  });
  return { chunks, completed };
}

/** Realistic exports: what survey tools, spreadsheets and people actually produce. */
const REALISTIC: readonly (readonly [string, string])[] = [
  ['quoted fields holding delimiters and doubled quotes', 'Nama,Skor,Komentar\n"Budi, S.",9,"Bagus, ""mantap"""\n"Ani",10,"ok"\n'],
  ['newlines inside quotes', 'Skor;Alasan\n9;"baris satu\nbaris dua"\n7;"a\r\nb"\n10;biasa\n'],
  ['semicolons with decimal commas', 'No;Skor;Nilai\n1;9;7,5\n2;10;8,25\n3;4;6\n'],
  ['tabs from a spreadsheet copy', 'Waktu\tSkor\tNama\n2024-01-02 10:00\t8\tCitra\n2024-01-02 10:05\t6\tDedi\n'],
  ['pipes', 'id|skor|kota\n1|9|Bandung\n2|10|"Jakarta | Selatan"\n'],
  ['CRLF line endings', 'a,b\r\n1,2\r\n"x\r\ny",3\r\n\r\n4,5\r\n'],
  ['old Mac CR line endings', 'a;b\r1;2\r3;4\r'],
  ['a byte order mark', '\ufeffSkor,Nama\n9,"Eko"\n10,Fajar\n'],
  ['blank and whitespace-only lines', '\n\nSkor,Nama\n\n9,A\n   \n\t\n10,B\n,\n\n'],
  ['spaces between a closing quote and the delimiter', '"a" ,"b"  \n"1"\t,2\n'],
  ['a single column (delimiter not detectable)', 'Skor\n9\n10\n\n8\n'],
  ['an unterminated quote', 'a,b\n1,"tidak selesai\n2,3\n'],
  ['a malformed closing quote', 'a,b\n"x"y,1\n2,3\n'],
  ['ragged rows and empty cells', 'a,b,c\n1\n2,,\n,,3,4\n'],
  ['no trailing newline and Unicode text', 'nama;skor\nGüntür 😀;9\n“kutip”;10'],
  ['an empty string', ''],
];

describe('trimPapaParse keeps what we use', () => {
  it.each(REALISTIC)('reports %s exactly as the published library does, whole or in chunks', (_name, csv) => {
    expect(trace(Papa, csv)).toEqual(trace(full, csv));
    for (const chunkSize of [1, 2, 3, 5, 8, 13]) {
      expect(trace(Papa, csv, { chunkSize })).toEqual(trace(full, csv, { chunkSize }));
    }
  });

  it.each(REALISTIC)('returns the same results for %s when parsed without callbacks', (_name, csv) => {
    expect(Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' })).toEqual(full.parse<string[]>(csv, { skipEmptyLines: 'greedy' }));
  });

  it('stops at the same preview, with and without quotes, whole or in chunks', () => {
    const rows = Array.from({ length: 40 }, (_, i) => (i % 4 === 0 ? `${i};"kata; ""${i}""\nlanjut"` : `${i};kata ${i}`));
    const quoted = rows.join('\n');
    const unquoted = rows.map((row) => row.replace(/"/g, '')).join('\r\n');
    const rowsOf = (result: ReturnType<typeof trace>) => result.chunks.flatMap((chunk) => chunk.data);
    for (const preview of [1, 5, 12]) {
      expect(trace(Papa, quoted, { preview })).toEqual(trace(full, quoted, { preview }));
      for (const csv of [quoted, unquoted]) {
        for (const chunkSize of [undefined, 50]) {
          const trimmed = trace(Papa, csv, { preview, chunkSize });
          expect(rowsOf(trimmed)).toEqual(rowsOf(trace(full, csv, { preview, chunkSize })));
          expect(trimmed.completed).toBe(1);
        }
      }
    }
  });

  // The one difference, from cutting fastMode: on a chunk without quotes the published library
  // splits lines, and a preview cut there reports a cursor one row too far, so a following chunk
  // skips a row; the quote-aware loop we keep (and Papa itself on chunks with quotes) does not.
  it('keeps the row the published split-based path skips after a preview cut on a chunk boundary', () => {
    const csv = ['1;a', '', '2;b', '', '3;c', '4;d', '5;e', '6;f', '7;g'].join('\n');
    const rowsOf = (papa: typeof Papa) => trace(papa, csv, { preview: 4, chunkSize: 18 }).chunks.flatMap((chunk) => chunk.data.map((row) => row[0]));
    expect(rowsOf(Papa)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(rowsOf(full)).toEqual(['1', '2', '4', '5', '6', '7']);
  });

  it('matches the published library on random CSV-like text cut into random chunks', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '9', ' ', ',', ';', '\t', '|', '"', '\n', '\r', 'é'), maxLength: 80 });
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (csv, chunkSize) => {
        expect(trace(Papa, csv)).toEqual(trace(full, csv));
        expect(trace(Papa, csv, { chunkSize })).toEqual(trace(full, csv, { chunkSize }));
      }),
      { numRuns: 2000 },
    );
  });

  it('detects the same delimiter and line ending on 10 rows of every kind', () => {
    for (const delimiter of [',', ';', '\t', '|']) {
      for (const newline of ['\n', '\r\n', '\r']) {
        const csv = Array.from({ length: 10 }, (_, i) => [`"n${i}"`, String(i % 11), 'x y'].join(delimiter)).join(newline);
        const [trimmed] = trace(Papa, csv).chunks;
        expect(trimmed?.meta).toMatchObject({ delimiter, linebreak: newline });
        expect(trace(Papa, csv)).toEqual(trace(full, csv));
      }
    }
  });
});

describe('trimPapaParse refuses what it cut', () => {
  it.each(['comments', 'fastMode', 'quoteChar', 'escapeChar', 'delimitersToGuess', 'beforeFirstChunk', 'skipFirstNLines', 'downloadTimeout'] as const)(
    'throws when %s is passed, instead of misreading the file',
    (option) => {
      const values = { delimitersToGuess: [';'], beforeFirstChunk: (chunk: string) => chunk, downloadTimeout: 1000, fastMode: true };
      const config = { [option]: option in values ? values[option as keyof typeof values] : '#' };
      expect(() => Papa.parse('a;b\n#1;2', config)).toThrow(new RegExp(`Papa Parse: ${option} is not bundled`));
      expect(() => full.parse('a;b\n#1;2', config)).not.toThrow();
    },
  );

  it('throws for transform too, and for a Node stream', () => {
    expect(() => Papa.parse('a\n1', { transform: (value: string) => value })).toThrow(/header, dynamicTyping or transform is not bundled/);
    // Anything but a string goes to the file reader now, which cannot read a stream (in a
    // browser it has no Blob#slice; in Node there is not even a FileReader) and throws.
    const stream = { readable: true, read: () => null, on: () => stream };
    expect(() => Papa.parse<string[], File>(stream as unknown as File, { chunkSize: 10, chunk: () => undefined, complete: () => undefined })).toThrow();
  });

  it('hands `chunk` a handle without pause, resume or abort (they were cut)', () => {
    let handle: Papa.Parser | undefined;
    Papa.parse<string[]>('a,b\n1,2', {
      chunk: (_results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        handle = parser;
      },
      complete: () => undefined,
    });
    expect(handle).toBeDefined();
    expect('pause' in handle!).toBe(false);
    expect('abort' in handle!).toBe(false);
  });

  it('no longer exports the internals and constants it does not need', () => {
    for (const name of ['Parser', 'ParserHandle', 'FileStreamer', 'StringStreamer', 'LocalChunkSize', 'BAD_DELIMITERS', 'RECORD_SEP', 'WORKERS_SUPPORTED']) {
      expect(name in Papa).toBe(false);
      expect(name in full).toBe(true);
    }
  });
});
