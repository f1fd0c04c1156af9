// The quiz stores in Node, with an in-memory localStorage standing in for the browser's.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBank } from '../lib/quiz/fixtures';
import { toSaved } from '../../src/lib/quiz/saved';
import { memoryStorage } from '../support/memory-storage';

const storage = memoryStorage();
vi.stubGlobal('localStorage', storage);
/** Where `storage` events arrive, as in a browser tab; tests fire them as another tab would. */
const win = new EventTarget();
vi.stubGlobal('window', win);
const storageEvent = (key: string) => win.dispatchEvent(Object.assign(new Event('storage'), { key }));

const bank = makeBank(12);
type Stores = typeof import('../../src/stores/quiz');
/** A topic page's setup over the whole test bank, every item at hand. */
const posisi = (s: Stores) => ({ pool: bank, source: s.fromBank(bank), topic: 'posisi' as const });

/** The stores as a fresh page load sees them: new modules, same storage. */
async function load(): Promise<Stores> {
  vi.resetModules();
  return import('../../src/stores/quiz');
}

/** Answers the current question (right or wrong) and moves on. */
function play(s: Stores, right: boolean) {
  const session = s.$session.get()!;
  const entry = session.entries[session.index]!;
  s.choose(right ? entry.item.answer : entry.options.find((o) => o.id !== entry.item.answer)!.id);
  expect(s.checkAnswer()).toBe(true);
  s.nextQuestion();
}

beforeEach(() => storage.clear());

describe('quiz store', () => {
  it('starts a seeded session, grades only on check, and records progress at the end', async () => {
    const s = await load();
    expect(await s.startQuiz(posisi(s), 'abc')).toBe(false);
    const session = s.$session.get()!;
    expect(session.seed).toBe('abc');
    expect(session.entries).toHaveLength(10);
    expect(s.checkAnswer()).toBe(false); // nothing chosen yet
    s.choose(session.entries[0]!.options[0]!.id);
    expect(s.$session.get()!.phase).toBe('answering'); // choosing grades nothing
    for (let i = 0; i < 10; i++) play(s, i % 2 === 1);
    expect(s.$session.get()!.phase).toBe('done');
    const progress = s.$progress.get();
    expect(progress.sessions).toBe(1);
    expect(progress.best.posisi).toBe(50);
    expect(Object.keys(progress.items)).toHaveLength(10);
    expect(JSON.parse(storage.getItem(s.PROGRESS_KEY)!).v).toBe(2);
    expect(storage.getItem(s.savedSessionKey('posisi'))).toBeNull(); // finished: nothing to resume
  });

  it('resumes an unfinished session after a reload, at the same question', async () => {
    let s = await load();
    await s.startQuiz(posisi(s), 'r');
    play(s, true);
    play(s, false);
    const before = s.$session.get()!;
    s = await load();
    expect(await s.startQuiz(posisi(s))).toBe(true);
    expect(s.$session.get()).toEqual(before);
    expect(s.$session.get()!.index).toBe(2);
  });

  it('starts afresh when the address asks for another seed, keeping what the old session taught', async () => {
    let s = await load();
    await s.startQuiz(posisi(s), 'one');
    play(s, false);
    s = await load();
    expect(await s.startQuiz(posisi(s), 'two')).toBe(false);
    expect(s.$session.get()!.seed).toBe('two');
    expect(s.$session.get()!.index).toBe(0);
    expect(s.$progress.get().sessions).toBe(1);
  });

  it('puts missed items first in the next session and retries only missed items', async () => {
    const s = await load();
    await s.startQuiz(posisi(s), 'leitner');
    const missed: string[] = [];
    for (let i = 0; i < 10; i++) {
      const session = s.$session.get()!;
      if (i < 3) missed.push(session.entries[session.index]!.item.id);
      play(s, i >= 3);
    }
    s.retryMistakes();
    const retry = s.$session.get()!;
    expect(retry.retry).toBe(true);
    expect(retry.entries.map((e) => e.item.id).sort()).toEqual([...missed].sort());
    s.newSession('next'); // leaves the retry unanswered: nothing recorded for it
    const nextIds = s.$session.get()!.entries.slice(0, 3).map((e) => e.item.id);
    expect(nextIds.sort()).toEqual([...missed].sort());
  });

  it('survives garbage, unknown versions and bad sessions in storage', async () => {
    const cases: [string, string][] = [
      ['{not json', 'nope'],
      [JSON.stringify({ v: 99, items: {}, best: {}, sessions: 0 }), JSON.stringify({ v: 9 })],
      [
        JSON.stringify({ v: 2, items: { 'pos-01': { box: 42 } }, best: {}, sessions: 1 }),
        JSON.stringify({ v: 1, topic: 'posisi', entries: [['x', [], '', -1]], index: 0, phase: 'answering', seed: 's', retry: false }),
      ],
    ];
    for (const [progress, sessionRaw] of cases) {
      storage.clear();
      storage.setItem('paham-pelanggan:kuis:v2', progress);
      storage.setItem('paham-pelanggan:kuis-sesi:v1:posisi', sessionRaw);
      const s = await load();
      expect(s.$progress.get()).toEqual({ v: 2, items: {}, best: {}, sessions: 0 });
      expect(await s.startQuiz(posisi(s))).toBe(false);
      expect(s.$session.get()!.entries).toHaveLength(10);
      play(s, true);
      expect(JSON.parse(storage.getItem('paham-pelanggan:kuis-sesi:v1:posisi')!).index).toBe(1); // replaced by a good one
    }
  });

  it('migrates version-1 progress: best scores survive', async () => {
    storage.setItem('paham-pelanggan:kuis:v2', JSON.stringify({ version: 1, scores: { posisi: { best: 80, attempts: 3 } } }));
    const s = await load();
    expect(s.$progress.get().best.posisi).toBe(80);
    expect(s.$progress.get().sessions).toBe(3);
  });

  it('clears progress and unfinished sessions', async () => {
    const s = await load();
    await s.startQuiz(posisi(s), 'x');
    play(s, true);
    s.newSession('y'); // records the abandoned one
    expect(s.$progress.get().sessions).toBe(1);
    expect(storage.getItem(s.savedSessionKey('posisi'))).not.toBeNull();
    const { clearProgress } = await import('../../src/stores/progress');
    clearProgress();
    expect(s.$progress.get().sessions).toBe(0);
    expect(storage.getItem(s.savedSessionKey('posisi'))).toBeNull();
  });

  it('lets two tabs share a session without overwriting each other or counting an item twice', async () => {
    const a = await load();
    await a.startQuiz(posisi(a), 'tabs');
    const b = await load(); // a second tab: its own modules, the same storage
    expect(await b.startQuiz(posisi(b), 'tabs')).toBe(true);
    const key = a.savedSessionKey('posisi');
    for (let i = 0; i < 3; i++) play(a, true);
    storageEvent(key);
    expect(a.$elsewhere.get()).toBe(false);
    expect(b.$elsewhere.get()).toBe('moved');
    // The stale tab writes nothing, whatever it tries.
    const before = storage.getItem(key);
    const entry = b.$session.get()!.entries[0]!;
    b.choose(entry.options[0]!.id);
    expect(b.checkAnswer()).toBe(false);
    b.nextQuestion();
    expect(storage.getItem(key)).toBe(before);
    // Taking over continues from the stored question 4; the other tab is then the stale one.
    b.takeOver();
    expect(b.$elsewhere.get()).toBe(false);
    expect(b.$session.get()!.index).toBe(3);
    play(b, false);
    storageEvent(key);
    expect(a.$elsewhere.get()).toBe('moved');
    for (let i = 4; i < 10; i++) play(b, true);
    storageEvent(key);
    storageEvent(a.PROGRESS_KEY);
    expect(a.$elsewhere.get()).toBe('ended');
    const progress = b.$progress.get();
    expect(progress.sessions).toBe(1);
    expect(Object.values(progress.items).map((item) => item.seen)).toEqual(Array(10).fill(1));
    expect(a.$progress.get()).toEqual(progress);
    // A new session in the tab that was overtaken records nothing again.
    a.newSession('next');
    expect(a.$progress.get().sessions).toBe(1);
  });

  it('shows a finished session handed back by the history entry, without recording it again', async () => {
    const s = await load();
    await s.startQuiz(posisi(s), 'done');
    for (let i = 0; i < 10; i++) play(s, i > 0);
    const finished = toSaved(s.$session.get()!);
    const again = await load();
    expect(await again.startQuiz(posisi(again), 'done', finished)).toBe(false);
    expect(again.$session.get()!.phase).toBe('done');
    expect(again.$session.get()!.entries.filter((e) => e.result === 'correct')).toHaveLength(9);
    expect(again.$progress.get().sessions).toBe(1);
    // Something that does not fit the bank is not shown: a new session starts instead.
    const other = await load();
    await other.startQuiz(posisi(other), 'done', { ...finished, entries: [] });
    expect(other.$session.get()!.phase).toBe('answering');
  });
});
