// The calculator stores in Node: what is stored and what goes in the link, for typed counts,
// pasted scores and uploaded files. A fake Worker runs the real score job in this thread.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runScoreJob, type ScoreJobRequest } from '../../src/workers/score-job';
import { memoryStorage } from '../support/memory-storage';

const storage = memoryStorage();
vi.stubGlobal('localStorage', storage);

class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: (() => void) | null = null;
  postMessage(request: ScoreJobRequest) {
    const id = request.id ?? null;
    void runScoreJob(request, (message) => setTimeout(() => this.onmessage?.({ data: { ...message, id } })));
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
    s.npsCalculator.scores.readFile(csv('No;Nama;Skor\n1;Ani;10\n2;Budi;9\n3;Citra;6\n4;Dodi;11\n5;Eka;8\n'));
    await settled(s.npsCalculator.scores);
    expect(s.npsCalculator.$result.get().result?.main.nps).toBe(25);
    expect(s.npsCalculator.scores.$origin.get()).toEqual({ file: 'survei.csv', column: 'Skor' });
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'histogram', histogram: ['0', '0', '0', '0', '0', '0', '1', '0', '1', '1', '1'], scores: '' });
    expect(s.npsCalculator.$query.get()).toBe('jumlah=0,0,0,0,0,0,1,0,1,1,1');

    const again = await load<Nps>('nps');
    expect(again.npsCalculator.$input.get().mode).toBe('histogram');
    expect(again.npsCalculator.$result.get().result?.main.nps).toBe(25);
  });

  it('drops typed text a file replaces, and keeps text typed after a file', async () => {
    const s = await load<Nps>('nps');
    s.setNpsMode('scores');
    s.npsCalculator.setScores('0 0 0');
    await settled(s.npsCalculator.scores);
    expect(s.npsCalculator.$result.get().result?.main.nps).toBe(-100);
    s.npsCalculator.scores.readFile(csv('Skor\n10\n10\n'));
    await vi.waitFor(() => expect(s.npsCalculator.$result.get().result?.main.nps).toBe(100));
    expect(s.npsCalculator.$input.get().scores).toBe('');

    s.npsCalculator.setScores('9 9 6');
    expect(s.npsCalculator.scores.$origin.get().file).toBeNull();
    await vi.waitFor(() => expect(s.npsCalculator.$result.get().result?.main.nps).toBeCloseTo(100 / 3, 10));
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'scores', scores: '9 9 6' });
    expect(s.npsCalculator.$query.get()).toBe('skor=9+9+6');
  });

  it('keeps pasted text as text, and only a long paste travels as counts', async () => {
    const s = await load<Nps>('nps');
    s.setNpsMode('scores');
    s.npsCalculator.setScores('10,9,3');
    await settled(s.npsCalculator.scores);
    expect(s.npsCalculator.$query.get()).toBe('skor=10,9,3');
    const long = Array.from({ length: 1000 }, (_, i) => (i % 2 ? '10' : '0')).join('\n');
    s.npsCalculator.setScores(long);
    await vi.waitFor(() => expect(s.npsCalculator.$result.get().result?.main.total).toBe(1000));
    expect(s.npsCalculator.$query.get()).toBe('jumlah=500,0,0,0,0,0,0,0,0,0,500');
    expect(stored('paham:nps:v1')).toMatchObject({ mode: 'scores', scores: long });
  });

  it('does not store scores read from a shared link, so the visitor’s own saved input survives it', async () => {
    const own = await load<Nps>('nps');
    own.setNpsCount('promoters', '7');
    const before = storage.getItem('paham:nps:v1');

    const s = await load<Nps>('nps');
    s.npsCalculator.$input.visit({ ...s.npsCalculator.$input.get(), mode: 'scores', scores: '9 10 3' });
    s.npsCalculator.scores.readText('9 10 3');
    await settled(s.npsCalculator.scores);
    expect(s.npsCalculator.$result.get().result?.main.total).toBe(3);
    expect(storage.getItem('paham:nps:v1')).toBe(before);

    // A file the visitor picks is their own change, and is stored.
    s.npsCalculator.scores.readFile(csv('Skor\n10\n'));
    await vi.waitFor(() => expect(stored('paham:nps:v1')).toMatchObject({ mode: 'histogram', histogram: ['0', '0', '0', '0', '0', '0', '0', '0', '0', '0', '1'] }));
  });

  it('keeps the planning margin, in storage and, when not the default, in the link', async () => {
    const s = await load<Nps>('nps');
    expect(s.npsCalculator.$input.get().target).toBe('5');
    s.setNpsTarget('2,5');
    expect(s.npsCalculator.$query.get()).toBe('target=2,5');
    const again = await load<Nps>('nps');
    expect(again.npsCalculator.$input.get().target).toBe('2,5');
    again.npsCalculator.clear();
    expect(again.npsCalculator.$input.get().target).toBe('5');
    expect(again.npsCalculator.$query.get()).toBe('');
  });

  it('reads input stored before the planning margin was kept, with the default margin', async () => {
    storage.setItem(
      'paham:nps:v1',
      JSON.stringify({ mode: 'counts', counts: { promoters: '12', passives: '5', detractors: '3' }, histogram: Array(11).fill(''), scores: '', compare: null }),
    );
    const s = await load<Nps>('nps');
    expect(s.npsCalculator.$input.get().counts.promoters).toBe('12');
    expect(s.npsCalculator.$input.get().target).toBe('5');
  });
});

describe('CSAT store', () => {
  it('stores an uploaded file as counts, links them, and reads the file again on another scale', async () => {
    const s = await load<Csat>('csat');
    s.setCsatMode('scores');
    s.csatCalculator.scores.readFile(csv('Skor\n5\n4\n2\n7\n'));
    await settled(s.csatCalculator.scores);
    expect(s.csatCalculator.$result.get().result?.percentSatisfied).toBeCloseTo(200 / 3, 10);
    expect(stored('paham:csat:v1')).toMatchObject({ scale: 5, mode: 'counts', counts: ['0', '1', '0', '1', '1'], scores: '' });
    expect(s.csatCalculator.$query.get()).toBe('skala=5&jumlah=0,1,0,1,1');

    s.setCsatScale(7);
    await vi.waitFor(() => expect(s.csatCalculator.$result.get().result?.total).toBe(4));
    expect(s.csatCalculator.$query.get()).toBe('skala=7&jumlah=0,1,0,1,1,0,1');

    const again = await load<Csat>('csat');
    expect(again.csatCalculator.$input.get()).toMatchObject({ scale: 7, mode: 'counts' });
    expect(again.csatCalculator.$result.get().result?.total).toBe(4);
  });
});

describe('CSAT store: changing the scale', () => {
  it('never turns counts of a larger scale into a smaller-scale result, and restores them on the way back', async () => {
    const s = await load<Csat>('csat');
    s.setCsatScale(7);
    ['1', '2', '3', '4', '5', '6', '7'].forEach((v, i) => s.setCsatCount(i, v));
    s.setCsatThreshold('6');
    expect(s.csatCalculator.$result.get().result?.total).toBe(28);

    s.setCsatScale(5);
    expect(s.csatCalculator.$input.get()).toMatchObject({ scale: 5, counts: ['', '', '', '', ''], threshold: '' });
    expect(s.csatCalculator.$result.get().result).toBeNull();

    s.setCsatScale(7);
    expect(s.csatCalculator.$input.get()).toMatchObject({ counts: ['1', '2', '3', '4', '5', '6', '7'], threshold: '6' });
    expect(s.csatCalculator.$result.get().result?.total).toBe(28);
  });
  it('keeps the counts that fit when the scores it drops were blank or 0, and leaves new scores blank', async () => {
    const s = await load<Csat>('csat');
    s.setCsatScale(7);
    ['1', '2', '3', '4', '5', '0', ''].forEach((v, i) => s.setCsatCount(i, v));
    s.setCsatScale(5);
    expect(s.csatCalculator.$input.get().counts).toEqual(['1', '2', '3', '4', '5']);
    s.setCsatScale(10);
    expect(s.csatCalculator.$input.get().counts).toEqual(['1', '2', '3', '4', '5', '', '', '', '', '']);
    expect(s.csatCalculator.$result.get().result).toBeNull();
  });
});

describe('CES store', () => {
  it('stores an uploaded file as counts and links them', async () => {
    const s = await load<Ces>('ces');
    s.setCesMode('scores');
    s.cesCalculator.scores.readFile(new File(['7\n6\n5\n4\n3\n'], 'ces.txt', { type: 'text/plain' }));
    await settled(s.cesCalculator.scores);
    expect(s.cesCalculator.$result.get().result?.mean).toBe(5);
    expect(s.cesCalculator.$query.get()).toBe('jumlah=0,0,1,1,1,1,1');
    const again = await load<Ces>('ces');
    expect(again.cesCalculator.$input.get().mode).toBe('counts');
    expect(again.cesCalculator.$result.get().result?.mean).toBe(5);
  });
});
