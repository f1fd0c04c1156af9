import { describe, expect, it } from 'vitest';
import { groupGuides, neighbours, sortGuides } from '../../src/lib/guide-order';

const g = (id: string, category: 'dasar' | 'jenis' | 'melayani' | 'mengukur', order: number) => ({ id, data: { category, order, title: id } });
const guides = [g('c', 'mengukur', 1), g('a2', 'dasar', 2), g('b', 'jenis', 1), g('a1', 'dasar', 1)];

describe('reading order', () => {
  it('sorts by category as listed, then by order', () => {
    expect(sortGuides(guides).map((x) => x.id)).toEqual(['a1', 'a2', 'b', 'c']);
  });
  it('groups by category and skips empty ones', () => {
    expect(groupGuides(guides).map((x) => [x.category, x.guides.map((y) => y.id)])).toEqual([
      ['dasar', ['a1', 'a2']],
      ['jenis', ['b']],
      ['mengukur', ['c']],
    ]);
  });
  it('finds neighbours across categories, none at the ends', () => {
    expect(neighbours(guides, 'a2')).toMatchObject({ prev: { id: 'a1' }, next: { id: 'b' } });
    expect(neighbours(guides, 'a1').prev).toBeUndefined();
    expect(neighbours(guides, 'c').next).toBeUndefined();
    expect(neighbours(guides, 'missing')).toEqual({});
  });
});
