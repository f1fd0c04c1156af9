import { describe, expect, it } from 'vitest';
import { pickGuideCheck } from '../../../src/lib/quiz/guide-check';
import { GUIDE_OF, makeBank, makeItem } from './fixtures';

describe('pickGuideCheck', () => {
  const bank = makeBank(12);

  it('picks three items of the topic, the same on every call', () => {
    const a = pickGuideCheck(bank, 'posisi', GUIDE_OF.posisi);
    expect(a).toHaveLength(3);
    expect(a.every((p) => p.item.topic === 'posisi')).toBe(true);
    expect(pickGuideCheck(bank, 'posisi', GUIDE_OF.posisi)).toEqual(a);
    expect(new Set(a.map((p) => p.item.id)).size).toBe(3);
  });

  it('keeps every option, in an order fixed per guide', () => {
    for (const { item, options } of pickGuideCheck(bank, 'hubungan', GUIDE_OF.hubungan)) {
      expect([...options].sort((x, y) => x.id.localeCompare(y.id))).toEqual([...item.options].sort((x, y) => x.id.localeCompare(y.id)));
    }
  });

  it('prefers items that link back to the guide showing them', () => {
    const other = 'loyalitas-pelanggan';
    const own = [makeItem('hubungan', 90, { id: 'hub-own-1' }), makeItem('hubungan', 91, { id: 'hub-own-2' })].map((item) => ({
      ...item,
      guide: `${other}#empat-tanda`,
    }));
    const picked = pickGuideCheck([...bank, ...own], 'hubungan', other).map((p) => p.item.id);
    expect(picked.slice(0, 2).sort()).toEqual(['hub-own-1', 'hub-own-2']);
    expect(picked).toHaveLength(3);
  });

  it('shows the pinned items in their order, whatever the draw would be', () => {
    const ids = bank.filter((i) => i.topic === 'posisi').map((i) => i.id);
    const pinned = [ids[2]!, ids[0]!];
    expect(pickGuideCheck(bank, 'posisi', GUIDE_OF.posisi, { pinned }).map((p) => p.item.id)).toEqual(pinned);
    const grown = [...bank, makeItem('posisi', 99, { id: 'pos-new' })];
    expect(pickGuideCheck(grown, 'posisi', GUIDE_OF.posisi, { pinned }).map((p) => p.item.id)).toEqual(pinned);
  });

  it('throws, naming the id, when a pinned item is gone or from another topic', () => {
    const other = bank.find((i) => i.topic === 'hubungan')!.id;
    expect(() => pickGuideCheck(bank, 'posisi', GUIDE_OF.posisi, { pinned: ['pos-retired'] })).toThrow('"pos-retired" is not an item of the quiz topic "posisi"');
    expect(() => pickGuideCheck(bank, 'posisi', GUIDE_OF.posisi, { pinned: [other] })).toThrow(`"${other}"`);
  });

  it('gives fewer when the topic has fewer, none for an unknown topic', () => {
    expect(pickGuideCheck(bank.slice(0, 2), 'posisi', GUIDE_OF.posisi)).toHaveLength(2);
    expect(pickGuideCheck(bank, 'tidak-ada', 'x')).toEqual([]);
  });
});
