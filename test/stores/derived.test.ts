import { atom } from 'nanostores';
import { describe, expect, it } from 'vitest';
import { derived } from '../../src/stores/derived';

describe('derived', () => {
  it('holds the computed value from the start and after each change of any source', () => {
    const $a = atom(2);
    const $b = atom('x');
    const $d = derived([$a, $b], (a, b) => b.repeat(a));
    expect($d.get()).toBe('xx');
    $a.set(3);
    expect($d.get()).toBe('xxx');
    $b.set('y');
    expect($d.get()).toBe('yyy');
  });

  it('tells its listeners, once per source change', () => {
    const $a = atom(1);
    const $d = derived([$a], (a) => ({ twice: a * 2 }));
    const seen: number[] = [];
    $d.listen((v) => seen.push(v.twice));
    $a.set(5);
    $a.set(6);
    expect(seen).toEqual([10, 12]);
  });
});
