import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textWidth, wrapLabel } from '../../../src/lib/report/chart-labels';

describe('segment chart labels', () => {
  it('keep labels that differ at their end apart', () => {
    const labels = ['Cabang Jakarta Selatan', 'Cabang Jakarta Timur', 'Cabang Jakarta Barat', 'Warung Kopi Sentosa Pasar Baru'].map((l) => wrapLabel(l, 120).join(' '));
    expect(labels).toEqual(['Cabang Jakarta Selatan', 'Cabang Jakarta Timur', 'Cabang Jakarta Barat', 'Warung Kopi Sentosa Pasar Baru']);
  });
  it('never make a line wider than asked, and lose no character while lines suffice', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Za-z0-9()]{1,20}$/), { minLength: 1, maxLength: 5 }), fc.integer({ min: 40, max: 200 }), (words, max) => {
        const text = words.join(' ');
        const lines = wrapLabel(text, max, 50);
        return lines.every((l) => textWidth(l) <= max) && lines.join('').replaceAll(' ', '') === words.join('');
      }),
    );
  });
  it('end in an ellipsis only past the line limit', () => {
    const lines = wrapLabel('Gerai pusat perbelanjaan baru di lantai dasar sebelah pintu timur', 80, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(lines.every((l) => textWidth(l) <= 80)).toBe(true);
  });
});
