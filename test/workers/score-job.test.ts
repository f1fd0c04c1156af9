import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lyingXlsx, unclosedQuote, wideScore, wideTable } from '../fixtures/hostile/files';
import { CANDIDATES_SENT } from '../../src/lib/parse/table';
import { say } from '../support/all-words';

/** Error replies with their message worded, as the page shows them. */
const said = (replies: readonly ScoreJobMessage[]) => replies.map((r) => (r.type === 'error' ? { ...r, message: say(r.message) } : r));
import { runScoreJob } from '../../src/workers/score-job';
import type { Opener, ScoreJobMessage, ScoreJobRequest } from '../../src/workers/score-job';
import { NPS_SCORE_SCALE } from '../../src/lib/parse/score-tally';

async function run(request: ScoreJobRequest): Promise<ScoreJobMessage[]> {
  const messages: ScoreJobMessage[] = [];
  await runScoreJob(request, (message) => messages.push(message));
  return messages;
}

const csv = (text: string, name = 'survei.csv') => new File([text], name, { type: 'text/csv' });

describe('a file that is not text', () => {
  it('64 KB of random bytes named .txt is said to be no text file, not read for stray digits', async () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 64 * 1024 }, () => ((seed = (seed * 1_103_515_245 + 12_345) >>> 0) >>> 16) & 0xff);
    for (const name of ['acak.txt', 'acak.csv']) {
      const replies = said(await run({ kind: 'file', file: new File([bytes], name), scale: NPS_SCORE_SCALE }));
      expect(replies.filter((r) => r.type === 'result'), name).toEqual([]);
      expect(replies.at(-1), name).toMatchObject({ type: 'error', message: expect.stringMatching(/bukan berkas teks/) });
    }
  });
});

describe('runScoreJob', () => {
  it('scans pasted text', async () => {
    const messages = await run({ kind: 'text', text: '9\n10\n3', scale: NPS_SCORE_SCALE });
    expect(messages).toHaveLength(1);
    const last = messages[0];
    expect(last?.type).toBe('result');
    if (last?.type === 'result') {
      expect(last.tally.used).toBe(3);
      expect(last.source).toEqual({ kind: 'text', commaMode: 'separator' });
    }
  });

  it('scans .txt files as text', async () => {
    const messages = await run({ kind: 'file', file: csv('9\n7,5\n8', 'skor.txt'), scale: NPS_SCORE_SCALE });
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result') {
      expect(last.tally.used).toBe(2);
      expect(last.source).toEqual({ kind: 'text', commaMode: 'decimal' });
    }
  });

  it('uses the only numeric column of a CSV straight away, with progress', async () => {
    const rows = ['Nama,Skor', ...Array.from({ length: 2000 }, (_, i) => `Orang ${i},${i % 11}`)];
    const messages = await run({ kind: 'file', file: csv(rows.join('\n')), scale: NPS_SCORE_SCALE });
    const progress = messages.filter((m) => m.type === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    const lastProgress = progress.at(-1);
    if (lastProgress?.type === 'progress') {
      expect(lastProgress.fraction).toBe(1);
      expect(lastProgress.rows).toBe(2001);
    }
    const last = messages.at(-1);
    expect(last?.type).toBe('result');
    if (last?.type === 'result') {
      expect(last.tally.used).toBe(2000);
      expect(last.source).toMatchObject({ kind: 'table', column: 1, columnName: 'Skor', hasHeader: true });
    }
  });

  it('names a column without a header by a message the page words ("Kolom 2"), not by words of its own', async () => {
    const messages = await run({ kind: 'file', file: csv('Ani,9\nBudi,10\nCici,4'), scale: NPS_SCORE_SCALE });
    const last = messages.at(-1);
    if (last?.type !== 'result') throw new Error('expected a result');
    expect(last.source).toMatchObject({ column: 1, hasHeader: false, columnName: { key: 'columns.number', params: { n: 2 } } });
    const name = last.source.kind === 'table' ? last.source.columnName : '';
    expect(typeof name === 'string' ? name : say(name)).toBe('Kolom 2');
  });

  it('skips a row-number column when choosing automatically', async () => {
    const messages = await run({ kind: 'file', file: csv('No;Nama;Skor\n1;A;9\n2;B;10\n3;C;4'), scale: NPS_SCORE_SCALE });
    const last = messages.at(-1);
    if (last?.type !== 'result') throw new Error('expected a result');
    expect(last.source).toMatchObject({ column: 2, columnName: 'Skor' });
    expect(last.tally.used).toBe(3);
  });

  it('asks for a column when several are numeric, then uses the chosen one', async () => {
    const text = 'Id,Skor,Lama\n7,9,30\n3,10,45\n5,4,12';
    const first = await run({ kind: 'file', file: csv(text), scale: NPS_SCORE_SCALE });
    expect(first).toHaveLength(1);
    expect(first[0]?.type).toBe('columns');
    if (first[0]?.type === 'columns') expect(first[0].analysis.candidates.map((c) => c.name)).toEqual(['Id', 'Skor', 'Lama']);

    const second = await run({ kind: 'file', file: csv(text), scale: NPS_SCORE_SCALE, column: 1 });
    const last = second.at(-1);
    if (last?.type !== 'result') throw new Error('expected a result');
    expect(last.tally.histogram).toEqual([0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 1]);
  });

  it('reports files without numbers and impossible columns in Indonesian', async () => {
    const none = await run({ kind: 'file', file: csv('a,b\nc,d'), scale: NPS_SCORE_SCALE });
    expect(said(none)).toEqual([{ type: 'error', message: expect.stringMatching(/Tidak ada kolom berisi angka/) as unknown }]);
    const wrong = await run({ kind: 'file', file: csv('Skor\n9'), scale: NPS_SCORE_SCALE, column: 4 });
    expect(said(wrong)).toEqual([{ type: 'error', message: 'Kolom ke-5 tidak ada di berkas ini.' }]);
  });

  it('turns reader failures into an error message instead of throwing', async () => {
    const failing: Opener = () => Promise.reject(new Error('rusak'));
    const messages: ScoreJobMessage[] = [];
    await runScoreJob({ kind: 'file', file: csv('1'), scale: NPS_SCORE_SCALE }, (m) => messages.push(m), failing);
    expect(said(messages)).toEqual([{ type: 'error', message: 'Berkas tidak bisa dibaca (rusak). Coba simpan ulang sebagai CSV.' }]);
  });
});

// The calculators open files with the report's reader (survey-file.ts): its encodings, header
// rows and workbooks, and the files shaped to hurt it, each checked against values worked out
// here without the site's code.
describe('files the calculators read with the survey-file reader', () => {
  const ROOT = new URL('../..', import.meta.url);
  const fixture = (name: string) => readFileSync(new URL(`test/fixtures/report/${name}`, ROOT));
  const result = (replies: readonly ScoreJobMessage[]) => {
    const last = replies.at(-1);
    if (last?.type !== 'result') throw new Error(`expected a result, got ${JSON.stringify(last).slice(0, 200)}`);
    return last;
  };
  it('Excel\'s "Unicode Text" (.txt, UTF-16LE with BOM, tab-separated) is a table: its one score column, counted right', async () => {
    const bytes = fixture('excel-unicode.txt');
    const last = result(await run({ kind: 'file', file: new File([bytes], 'survei.txt', { type: 'text/plain' }), scale: NPS_SCORE_SCALE }));
    expect(last.source).toEqual({ kind: 'table', column: 3, columnName: 'Skor NPS', hasHeader: true });
    // Counted with Python's csv module (delimiter '\t', the file decoded as 'utf-16'): 42 rows,
    // one score blank and one "N/A".
    expect(last.tally.histogram).toEqual([1, 0, 1, 2, 1, 2, 4, 4, 5, 10, 10]);
    expect(last.tally.rejected).toEqual({ outOfRange: 0, notWhole: 0, notANumber: 1, empty: 1 });
  });

  it('a 1.6 MB UTF-16 file is read right past its first megabyte', async () => {
    const rows = ['No\tNama\tSkor'];
    const histogram = new Array<number>(11).fill(0);
    for (let i = 1; rows.length < 60_000; i++) {
      const score = (i * 7) % 11;
      histogram[score]! += 1;
      rows.push(`${i}\tPelanggan ${i}\t${score}`);
    }
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.join('\r\n'), 'utf16le')]);
    expect(bytes.length).toBeGreaterThan(1.5 * 1024 * 1024);
    const last = result(await run({ kind: 'file', file: new File([bytes], 'survei.txt'), scale: NPS_SCORE_SCALE }));
    expect(last.source).toMatchObject({ column: 2, columnName: 'Skor' });
    expect(last.tally.histogram).toEqual(histogram);
    expect(last.tally.rejected).toEqual({ outOfRange: 0, notWhole: 0, notANumber: 0, empty: 0 });
  });

  it('an .xlsx (Microsoft Forms) gives the figures of the independent computation', async () => {
    const expected = JSON.parse(fixture('independent-check.json').toString('utf8'))['ms-forms.xlsx'] as { headline: { n: number; split: number[] } };
    const file = new File([fixture('ms-forms.xlsx')], 'jawaban.xlsx');
    const first = await run({ kind: 'file', file, scale: NPS_SCORE_SCALE });
    // Several numeric columns: the visitor is asked, the score question among them.
    const offer = first.at(-1);
    const column = offer?.type === 'columns' ? offer.analysis.candidates.find((c) => /rekomendasi/i.test(c.name))?.index : offer?.type === 'result' && offer.source.kind === 'table' ? offer.source.column : undefined;
    expect(column).toBeDefined();
    const { tally } = result(await run({ kind: 'file', file, scale: NPS_SCORE_SCALE, column: column! }));
    const h = tally.histogram;
    const promoters = h[9]! + h[10]!;
    const passives = h[7]! + h[8]!;
    expect([tally.used, [promoters, passives, tally.used - promoters - passives]]).toEqual([expected.headline.n, expected.headline.split]);
  });

  it('an .xlsx whose sheet claims the whole grid: its one column of three cells', async () => {
    const { tally, source } = result(await run({ kind: 'file', file: new File([new Uint8Array(lyingXlsx())], 'klaim.xlsx'), scale: NPS_SCORE_SCALE }));
    expect(source).toMatchObject({ column: 0, columnName: 'Skor' });
    expect(tally.used).toBe(2);
  });

  // 5,000 columns here (the browser test and the bench take 100,000): the offer is bounded the same way.
  it('a header and a row of 5,000 score columns: a bounded offer, any column found and read', async () => {
    const file = new File([new Uint8Array(wideTable(5_000))], 'lebar.csv', { type: 'text/csv' });
    const offer = (await run({ kind: 'file', file, scale: NPS_SCORE_SCALE })).at(-1);
    if (offer?.type !== 'columns') throw new Error('expected columns');
    expect(offer.analysis.candidates.length).toBe(CANDIDATES_SENT);
    expect(offer.analysis.numericCount).toBe(5_000);
    const { tally } = result(await run({ kind: 'file', file, scale: NPS_SCORE_SCALE, column: 4_321 }));
    expect(tally.histogram[wideScore(4_321)]).toBe(1);
    expect(tally.used).toBe(1);
  });

  it('a quote opened at row 2 and never closed: read to the end, the swallowed rows one cell', async () => {
    const file = new File([new Uint8Array(unclosedQuote(1_000))], 'kutip.csv', { type: 'text/csv' });
    const { tally } = result(await run({ kind: 'file', file, scale: NPS_SCORE_SCALE }));
    expect(tally.used).toBe(1);
  });

  it('an old Excel workbook (.xls) is named as one, not read for stray digits', async () => {
    const bytes = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
    expect(said(await run({ kind: 'file', file: new File([bytes], 'lama.xls'), scale: NPS_SCORE_SCALE }))).toEqual([{ type: 'error', message: expect.stringMatching(/\.xls/) as unknown }]);
  });
});
