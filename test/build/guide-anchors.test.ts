import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import GithubSlugger from 'github-slugger';
import { anchorsFromMdx, componentAnchorsFromMdx, createSlugger, headingAnchorsFromMdx, headingText, slugify } from '../../src/build/guide-anchors';
import { ROOT } from '../support/paths';

describe('slugify', () => {
  it('makes heading ids the way Astro does', () => {
    expect(slugify('Langkah 1: Tunjukkan empati dan berkomunikasi dengan baik')).toBe('langkah-1-tunjukkan-empati-dan-berkomunikasi-dengan-baik');
    expect(slugify('1. Kesadaran')).toBe('1-kesadaran');
    expect(slugify('Pelanggan, konsumen, dan klien')).toBe('pelanggan-konsumen-dan-klien');
    expect(slugify('Internal atau perantara?')).toBe('internal-atau-perantara');
    expect(slugify('Apa itu "churn" — dan mengapa penting')).toBe('apa-itu-churn--dan-mengapa-penting');
  });

  it('numbers repeated headings within one guide', () => {
    const slug = createSlugger();
    expect([slug('Contoh'), slug('Contoh'), slug('Contoh')]).toEqual(['contoh', 'contoh-1', 'contoh-2']);
  });

  it('agrees with github-slugger on every heading of every guide', () => {
    const dir = join(ROOT, 'content/panduan');
    const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const source = readFileSync(join(dir, f), 'utf8');
      const reference = new GithubSlugger();
      const expected = [...source.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)].map((m) => reference.slug(headingText(m[1]!)));
      expect([...headingAnchorsFromMdx(source)], f).toEqual([...new Set(expected)]);
    }
  });
});

describe('anchors of a guide', () => {
  const types = new Map([['posisi', ['posisi-internal', 'posisi-eksternal']]]);
  const source = [
    '---',
    'title: "## not a heading"',
    '---',
    '## Tiga posisi **pelanggan**',
    '<TypeList axis="posisi" />',
    '```md',
    '## Inside code',
    '```',
    '### Kapan <Term id="klien">klien</Term>?',
    '<TypeCard id="hubungan-loyal" />',
    '<Ringkasan>',
    '- poin',
    '</Ringkasan>',
  ].join('\n');

  it('reads headings (outside code) with inline markup removed', () => {
    expect([...headingAnchorsFromMdx(source)]).toEqual(['tiga-posisi-pelanggan', 'kapan-klien']);
  });

  it('adds type cards, whole type lists and the summary box', () => {
    expect([...componentAnchorsFromMdx(source, types)].sort()).toEqual(['hubungan-loyal', 'posisi-eksternal', 'posisi-internal', 'ringkasan']);
    expect(anchorsFromMdx(source, types).size).toBe(6);
  });
});
