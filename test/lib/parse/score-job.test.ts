import { describe, expect, it } from 'vitest';
import { say } from '../../../src/i18n/say';

/** Error replies with their message worded, as the page shows them. */
const said = (replies: readonly ScoreJobMessage[]) => replies.map((r) => (r.type === 'error' ? { ...r, message: say(r.message) } : r));
import { readRows } from '../../../src/lib/parse/papa-rows';
import { runScoreJob } from '../../../src/lib/parse/score-job';
import type { RowReader, ScoreJobMessage, ScoreJobRequest } from '../../../src/lib/parse/score-job';
import { NPS_SCORE_SCALE } from '../../../src/lib/parse/score-tally';

/** Papa cannot read a File in Node; read its text and use the same string code path. */
const nodeReader: RowReader = async (file, options) => readRows(await file.text(), options);

async function run(request: ScoreJobRequest): Promise<ScoreJobMessage[]> {
  const messages: ScoreJobMessage[] = [];
  await runScoreJob(request, (message) => messages.push(message), nodeReader);
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
    const failing: RowReader = () => Promise.reject(new Error('rusak'));
    const messages: ScoreJobMessage[] = [];
    await runScoreJob({ kind: 'file', file: csv('1'), scale: NPS_SCORE_SCALE }, (m) => messages.push(m), failing);
    expect(said(messages)).toEqual([{ type: 'error', message: 'Berkas tidak bisa dibaca (rusak). Coba simpan ulang sebagai CSV.' }]);
  });
});
