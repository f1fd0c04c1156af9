import { describe, expect, it } from 'vitest';
import { ui } from '../../src/i18n/id';
import { labels } from '../../src/i18n/pick';

describe('labels', () => {
  it('hands islands only the strings of their prefixes', () => {
    const profiler = labels('profiler.');
    expect(profiler['profiler.title']).toBe(ui['profiler.title']);
    expect(Object.keys(profiler).every((k) => k.startsWith('profiler.'))).toBe(true);
    const both = labels('check.', 'profiler.');
    expect(Object.keys(both).some((k) => k.startsWith('check.'))).toBe(true);
    expect(Object.keys(both).some((k) => k.startsWith('profiler.'))).toBe(true);
    expect(Object.keys(both).some((k) => k.startsWith('nav.'))).toBe(false);
  });
});
