// The localStorage-backed atom in Node, with a fake storage and a window that can fire events.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../support/memory-storage';

const storage = memoryStorage();
const win = new EventTarget();
vi.stubGlobal('localStorage', storage);
vi.stubGlobal('window', win);

const codec = { encode: (n: number) => String(n), decode: (t: string) => (/^\d+$/.test(t) ? Number(t) : -1) };

async function fresh() {
  return (await freshWithFlag()).$n;
}

/** A fresh module (as on a new page load): the atom, and that page's `$storageFailed`. */
async function freshWithFlag() {
  vi.resetModules();
  const { persistentAtom, $storageFailed } = await import('../../src/stores/persistent');
  return { $n: persistentAtom('k', 0, codec), $storageFailed };
}

const full = () => {
  throw new DOMException('full', 'QuotaExceededError');
};

function storageEvent(key: string | null) {
  return Object.assign(new Event('storage'), { key });
}

beforeEach(() => storage.clear());
// A failing test must not leave storage broken for the next one.
afterEach(() => {
  vi.restoreAllMocks();
  vi.stubGlobal('localStorage', storage);
});

describe('persistentAtom', () => {
  it('starts from the stored text, or the initial value when nothing is stored', async () => {
    expect((await fresh()).get()).toBe(0);
    storage.setItem('k', '7');
    expect((await fresh()).get()).toBe(7);
    storage.setItem('k', 'rusak');
    expect((await fresh()).get()).toBe(-1);
  });

  it('shows a visited value (a shared link) without storing it, until the visitor changes something', async () => {
    const $n = await fresh();
    $n.set(5);
    $n.visit(9);
    expect($n.get()).toBe(9);
    expect($n.saves()).toBe(false);
    expect(storage.getItem('k')).toBe('5');
    expect((await fresh()).get()).toBe(5);
    $n.set(10);
    expect($n.saves()).toBe(true);
    expect(storage.getItem('k')).toBe('10');
  });

  it('writes every change, so the next page load sees it', async () => {
    const $n = await fresh();
    $n.set(42);
    expect(storage.getItem('k')).toBe('42');
    expect((await fresh()).get()).toBe(42);
  });

  it('keeps the value for this visit when storage refuses it', async () => {
    const $n = await fresh();
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => $n.set(5)).not.toThrow();
    expect($n.get()).toBe(5);
    win.dispatchEvent(new Event('pageshow'));
    expect($n.get()).toBe(5);
    setItem.mockRestore();
  });

  it('says nothing failed while storage works', async () => {
    const { $n, $storageFailed } = await freshWithFlag();
    $n.set(1);
    $n.visit(2);
    $n.set(3);
    expect($storageFailed.get()).toBe(false);
  });

  it('says storage failed at the first refused write, not before', async () => {
    const { $n, $storageFailed } = await freshWithFlag();
    expect($storageFailed.get()).toBe(false);
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(full);
    $n.set(5);
    expect($storageFailed.get()).toBe(true);
    setItem.mockRestore();
  });

  it('says storage failed when the page loads with it full, before anything is written', async () => {
    const setItem = vi.spyOn(storage, 'setItem').mockImplementation(full);
    const { $storageFailed } = await freshWithFlag();
    expect($storageFailed.get()).toBe(true);
    setItem.mockRestore();
  });

  it('says storage failed when it is blocked entirely', async () => {
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    const { $storageFailed } = await freshWithFlag();
    expect($storageFailed.get()).toBe(true);
    vi.stubGlobal('localStorage', storage);
  });

  it('follows another tab: a change, a removal and a clear', async () => {
    const $n = await fresh();
    const seen: number[] = [];
    $n.listen((v) => seen.push(v));
    storage.setItem('k', '3');
    win.dispatchEvent(storageEvent('other'));
    expect($n.get()).toBe(0);
    win.dispatchEvent(storageEvent('k'));
    storage.removeItem('k');
    win.dispatchEvent(storageEvent(null));
    expect(seen).toEqual([3, 0]);
  });

  it('re-reads storage when the page is shown again from the back/forward cache', async () => {
    const $n = await fresh();
    storage.setItem('k', '9');
    win.dispatchEvent(new Event('pageshow'));
    expect($n.get()).toBe(9);
  });

  it('works with storage blocked entirely', async () => {
    vi.stubGlobal('localStorage', undefined);
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    const $n = await fresh();
    $n.set(8);
    expect($n.get()).toBe(8);
    win.dispatchEvent(new Event('pageshow'));
    expect($n.get()).toBe(8);
    vi.stubGlobal('localStorage', storage);
  });
});

describe('persistentForm', () => {
  interface Form {
    scores: string;
    counts: number[];
  }
  const empty: Form = { scores: '', counts: [] };
  const isForm = (v: unknown): v is Form => typeof v === 'object' && v !== null && 'scores' in v;
  /** Like the calculators: text longer than `maxChars` is stored as counts. */
  const stored = vi.fn((form: Form, maxChars: number): Form => (form.scores.length > maxChars ? { scores: '', counts: [form.scores.length] } : form));

  async function form() {
    vi.resetModules();
    const { persistentForm } = await import('../../src/stores/persisted-form');
    return persistentForm<Form>('f', empty, isForm, stored);
  }

  it('stores short text as it is', async () => {
    (await form()).set({ scores: '9\n10\n7', counts: [] });
    expect(JSON.parse(storage.getItem('f')!)).toEqual({ scores: '9\n10\n7', counts: [] });
  });

  it('stores text too long to keep in its short form, without first turning it whole into JSON', async () => {
    const { MAX_STORED_CHARS } = await import('../../src/stores/persisted-form');
    stored.mockClear();
    const scores = '10\n'.repeat(400_000);
    (await form()).set({ scores, counts: [] });
    expect(JSON.parse(storage.getItem('f')!)).toEqual({ scores: '', counts: [scores.length] });
    expect(stored.mock.calls.map(([, max]) => max)).toEqual([MAX_STORED_CHARS]);
  });

  it('falls back to the short form when escaped line breaks make the JSON too long', async () => {
    const { MAX_STORED_CHARS } = await import('../../src/stores/persisted-form');
    stored.mockClear();
    const scores = '\n'.repeat(300_000); // under the limit as text, over it as JSON ("\n" → "\\n")
    (await form()).set({ scores, counts: [] });
    expect(JSON.parse(storage.getItem('f')!)).toEqual({ scores: '', counts: [300_000] });
    expect(stored.mock.calls.map(([, max]) => max)).toEqual([MAX_STORED_CHARS, 0]);
  });
});
