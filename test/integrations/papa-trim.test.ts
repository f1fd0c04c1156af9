import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Papa from 'papaparse';
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
