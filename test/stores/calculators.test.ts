// The calculator stores in Node: what is stored and what goes in the link, for typed counts,
// pasted scores and uploaded files. A fake Worker runs the real score job in this thread.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { readRows } from '../../src/lib/parse/papa-rows';
import { runScoreJob, type ScoreJobRequest } from '../../src/lib/parse/score-job';
import { memoryStorage } from '../support/memory-storage';

const storage = memoryStorage();
vi.stubGlobal('localStorage', storage);

class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: ScoreJobRequest) {
    const id = request.id ?? null;
    // Papa cannot read a File in Node; the same string code path reads its text.
    void runScoreJob(request, (message) => setTimeout(() => this.onmessage?.({ data: { ...message, id } })), async (file, options) =>
      readRows(await file.text(), options),
    );
  }
}
vi.stubGlobal('Worker', FakeWorker);

/** A calculator's stores as a fresh page load sees them: new modules, same storage. */
async function load<T>(name: 'nps' | 'csat' | 'ces'): Promise<T> {
  vi.resetModules();
  return (await import(`../../src/stores/${name}.ts`)) as T;
}
type Nps = typeof import('../../src/stores/nps');
type Csat = typeof import('../../src/stores/csat');
type Ces = typeof import('../../src/stores/ces');

const csv = (text: string, name = 'survei.csv') => new File([text], name, { type: 'text/csv' });
const stored = (key: string) => JSON.parse(storage.getItem(key) ?? 'null') as Record<string, unknown> | null;

/** Waits until the score source has read everything asked of it. */
async function settled(source: { $job: { get(): { state: string } }; $tally: { get(): unknown } }) {
  await vi.waitFor(() => {
    expect(source.$job.get().state).toBe('idle');
    expect(source.$tally.get()).not.toBeNull();
  });
}

beforeEach(() => storage.clear());

describe('NPS store', () => {
  it('stores an uploaded file as counts per score and puts them in the link', async () => {
    const s = await load<Nps>('nps');
    s.setNpsMode('scores');
    s.npsScores.readFile(csv('No;Nama;Skor\n1;Ani;10\n2;Budi;9\n3;Citra;6\n4;Dodi;11\n5;Eka;8\n'));
    await settled(s.npsScores);
    expect(s.$nps.get().result?.main.nps).toBe(25);
    expect(s.npsScores.$origin.get()).toEqual({ file: 'survei.csv', column: 'Skor' });
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'histogram', histogram: ['0', '0', '0', '0', '0', '0', '1', '0', '1', '1', '1'], scores: '' });
    expect(s.$npsQuery.get()).toBe('jumlah=0,0,0,0,0,0,1,0,1,1,1');

    const again = await load<Nps>('nps');
    expect(again.$npsInput.get().mode).toBe('histogram');
    expect(again.$nps.get().result?.main.nps).toBe(25);
  });

  it('drops typed text a file replaces, and keeps text typed after a file', async () => {
    const s = await load<Nps>('nps');
    s.setNpsMode('scores');
    s.setNpsScores('0 0 0');
    await settled(s.npsScores);
    expect(s.$nps.get().result?.main.nps).toBe(-100);
    s.npsScores.readFile(csv('Skor\n10\n10\n'));
    await vi.waitFor(() => expect(s.$nps.get().result?.main.nps).toBe(100));
    expect(s.$npsInput.get().scores).toBe('');

    s.setNpsScores('9 9 6');
    expect(s.npsScores.$origin.get().file).toBeNull();
    await vi.waitFor(() => expect(s.$nps.get().result?.main.nps).toBeCloseTo(100 / 3, 10));
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'scores', scores: '9 9 6' });
    expect(s.$npsQuery.get()).toBe('skor=9+9+6');
  });

  it('keeps pasted text as text, and only a long paste travels as counts', async () => {
    const s = await load<Nps>('nps');
    s.setNpsMode('scores');
    s.setNpsScores('10,9,3');
    await settled(s.npsScores);
    expect(s.$npsQuery.get()).toBe('skor=10,9,3');
    const long = Array.from({ length: 1000 }, (_, i) => (i % 2 ? '10' : '0')).join('\n');
    s.setNpsScores(long);
    await vi.waitFor(() => expect(s.$nps.get().result?.main.total).toBe(1000));
    expect(s.$npsQuery.get()).toBe('jumlah=500,0,0,0,0,0,0,0,0,0,500');
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'scores', scores: long });
  });

  it('does not store scores read from a shared link, so the visitor’s own saved input survives it', async () => {
    const own = await load<Nps>('nps');
    own.setNpsCount('promoters', '7');
    const before = storage.getItem('paham:nps:v1');

    const s = await load<Nps>('nps');
    s.$npsInput.visit({ ...s.$npsInput.get(), mode: 'scores', scores: '9 10 3' });
    s.npsScores.readText('9 10 3');
    await settled(s.npsScores);
    expect(s.$nps.get().result?.main.total).toBe(3);
    expect(storage.getItem('paham:nps:v1')).toBe(before);

    // A file the visitor picks is their own change, and is stored.
    s.npsScores.readFile(csv('Skor\n10\n'));
    await vi.waitFor(() => expect(stored('paham:nps:v1')).toMatchObject({ mode: 'histogram', histogram: ['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1'] }));
  });

  it('keeps the planning margin, in storage and, when not the default, in the link', async () => {
    const s = await load<Nps>('nps');
    expect(s.$npsInput.get().target).toBe('5');
    s.setNpsTarget('2,5');
    expect(s.$npsQuery.get()).toBe('target=2,5');
    const again = await load<Nps>('nps');
    expect(again.$npsInput.get().target).toBe('2,5');
    again.clearNps();
    expect(again.$npsInput.get().target).toBe('5');
    expect(again.$npsQuery.get()).toBe('');
  });

  it('reads input stored before the planning margin was kept, with the default margin', async () => {
    storage.setItem(
      'paham:nps:v1',
      JSON.stringify({ mode: 'counts', counts: { promoters: '12', passives: '5', detractors: '3' }, histogram: Array(11).fill(''), scores: '', compare: null }),
    );
    const s = await load<Nps>('nps');
    expect(s.$npsInput.get().counts.promoters).toBe('12');
    expect(s.$npsInput.get().target).toBe('5');
  });
});

describe('CSAT store', () => {
  it('stores an uploaded file as counts, links them, and reads the file again on another scale', async () => {
    const s = await load<Csat>('csat');
    s.setCsatMode('scores');
    s.csatScores.readFile(csv('Skor\n5\n4\n2\n7\n'));
    await settled(s.csatScores);
    expect(s.$csat.get().result?.percentSatisfied).toBeCloseTo(200 / 3, 10);
    expect(stored('paham:csat:v1')).toMatchObject({ scale: 5, mode: 'counts', counts: ['0', '1', '0', '1', '1'], scores: '' });
    expect(s.$csatQuery.get()).toBe('skala=5&jumlah=0,1,0,1,1');

    s.setCsatScale(7);
    await vi.waitFor(() => expect(s.$csat.get().result?.total).toBe(4));
    expect(s.$csatQuery.get()).toBe('skala=7&jumlah=0,1,0,1,1,0,1');

    const again = await load<Csat>('csat');
    expect(again.$csatInput.get()).toMatchObject({ scale: 7, mode: 'counts' });
    expect(again.$csat.get().result?.total).toBe(4);
  });
});

describe('CSAT store: changing the scale', () => {
  it('never turns counts of a larger scale into a smaller-scale result, and restores them on the way back', async () => {
    const s = await load<Csat>('csat');
    s.setCsatScale(7);
    ['1', '2', '3', '4', '5', '6', '7'].forEach((v, i) => s.setCsatCount(i, v));
    s.setCsatThreshold('6');
    expect(s.$csat.get().result?.total).toBe(28);

    s.setCsatScale(5);
    expect(s.$csatInput.get()).toMatchObject({ scale: 5, counts: ['', '', '', '', ''], threshold: '' });
    expect(s.$csat.get().result).toBeNull();

    s.setCsatScale(7);
    expect(s.$csatInput.get()).toMatchObject({ counts: ['1', '2', '3', '4', '5', '6', '7'], threshold: '6' });
    expect(s.$csat.get().result?.total).toBe(28);
  });
  it('keeps the counts that fit when the scores it drops were blank or 0, and leaves new scores blank', async () => {
    const s = await load<Csat>('csat');
    s.setCsatScale(7);
    ['1', '2', '3', '4', '5', '0', ''].forEach((v, i) => s.setCsatCount(i, v));
    s.setCsatScale(5);
    expect(s.$csatInput.get().counts).toEqual(['1', '2', '3', '4', '5']);
    s.setCsatScale(10);
    expect(s.$csatInput.get().counts).toEqual(['1', '2', '3', '4', '5', '', '', '', '', '']);
    expect(s.$csat.get().result).toBeNull();
  });
});

describe('CES store', () => {
  it('stores an uploaded file as counts and links them', async () => {
    const s = await load<Ces>('ces');
    s.setCesMode('scores');
    s.cesScores.readFile(new File(['7\n6\n5\n4\n3\n'], 'ces.txt', { type: 'text/plain' }));
    await settled(s.cesScores);
    expect(s.$ces.get().result?.mean).toBe(5);
    expect(s.$cesQuery.get()).toBe('jumlah=0,0,1,1,1,1,1');
    const again = await load<Ces>('ces');
    expect(again.$cesInput.get().mode).toBe('counts');
    expect(again.$ces.get().result?.mean).toBe(5);
  });
});
