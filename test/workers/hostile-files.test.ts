// The report's reader on files shaped to hurt it (issue 26): a sheet that claims the whole grid,
// rows of 100,000 columns, a quote that opens and never closes. Each opens quickly, says what the
// file is, and hands the page a bounded list of columns with a way to find the rest.
import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { COLUMNS_LISTED, openFile } from '../../src/workers/report-job';
import type { OpenReport } from '../../src/workers/report-job';
import { lyingXlsx, unclosedQuote, wideRow, wideTable } from '../fixtures/hostile/files';

const blob = (bytes: Buffer) => new Blob([new Uint8Array(bytes)]);

/**
 * Bytes of the worker's `opened` message to the page, as structured clone writes them (V8's
 * serializer): the page's main thread reads all of it in one task, so it must not grow with the file.
 */
const messageBytes = (file: OpenReport) => serialize({ type: 'opened', info: file.info }).length;
const MESSAGE_MAX = 64 * 1024;

async function read(file: OpenReport, score: number) {
  const { headerRows, dateOrder } = file.info.detection;
  return file.run({ headerRows, dateOrder, date: null, score, metric: 'nps', segments: [], comment: null }, () => {});
}

describe('an .xlsx whose sheet claims A1:XFD1048576 over three cells', () => {
  it('has the columns that hold values, not the claimed 16,384', async () => {
    const file = await openFile(blob(lyingXlsx()));
    expect(file.info.shape).toEqual({ columns: 1, rows: 2, whole: true });
    expect(file.info.detection.columns.map((c) => c.name)).toEqual(['Skor']);
    expect((await read(file, 0)).used).toBe(2);
  });
});

describe('a CSV of 100,000 columns', { timeout: 60_000 }, () => {
  it('one row: opens with a bounded column list and tells its shape', async () => {
    const file = await openFile(blob(wideRow()));
    expect(file.info.shape).toEqual({ columns: 100_000, rows: 1, whole: true });
    expect(file.info.detection.columns.length).toBeLessThanOrEqual(COLUMNS_LISTED);
    expect(messageBytes(file)).toBeLessThan(MESSAGE_MAX);
  });

  it('a header and a data row (898 KB): not "only column titles", and any column can be found and read', async () => {
    const file = await openFile(blob(wideTable()));
    expect(file.info.shape).toEqual({ columns: 100_000, rows: 1, whole: true });
    expect(file.info.detection.headerRows).toBe(1);
    expect(file.info.detection.columns.length).toBeLessThanOrEqual(COLUMNS_LISTED);
    expect(messageBytes(file)).toBeLessThan(MESSAGE_MAX);
    const found = file.find('P99999');
    expect(found.columns.map((c) => [c.index, c.name])).toEqual([[99_998, 'P99999']]);
    expect(file.find('99999').columns[0]?.index).toBe(99_998);
    expect(file.find('P1').total).toBeGreaterThan(found.columns.length);
    // Column 99,999 holds 99,998 mod 11 = 8: one passive.
    const data = await read(file, 99_998);
    expect(data.counts).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
  });
});

describe('a quote that opens at row 2 and never closes', { timeout: 60_000 }, () => {
  for (const after of [500, 50_000]) {
    it(`with ${after.toLocaleString('en')} rows after it: named, with its row, and readable as text at the owner's choice`, async () => {
      const bytes = blob(unclosedQuote(after));
      const file = await openFile(bytes);
      expect(file.info.quote).toMatchObject({ line: 2, swallowed: after });
      // The one cell holds the whole rest of the file (900 KB at 50,000 rows); the page is sent its first characters.
      expect(messageBytes(file)).toBeLessThan(after > 1_000 ? MESSAGE_MAX : 4 * 1024);
      // Read as it is, the rest of the file is one cell: one answer.
      expect((await read(file, 1)).used).toBe(1);
      const fixed = await openFile(bytes, { quotesAsText: [file.info.quote!.offset] });
      expect(fixed.info.quote).toBeNull();
      expect(fixed.info.quotesAsText).toEqual([{ offset: file.info.quote!.offset, line: 2 }]);
      const data = await read(fixed, 1);
      expect(data.used).toBe(after + 1);
      expect(data.counts[9]).toBe(1 + Math.ceil(after / 3));
    });
  }
});
