// Guide content over the build: every customer type on its page with its advice, and every
// glossary term a guide uses linked to its entry.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AXIS_GUIDE } from '../../src/lib/axes';
import type { Axis } from '../../src/schemas/customer-type';
import { DIST, ROOT } from '../support/paths';
import { builtPages } from '../support/pages';

const page = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');

describe('customer types', () => {
  const dir = join(ROOT, 'content/tipe');
  const types = readdirSync(dir).map((f) => ({ id: f.replace(/\.yaml$/, ''), ...parse(readFileSync(join(dir, f), 'utf8')) }));

  it('every type appears on its axis page, with its signs, example, handling and what to avoid', () => {
    expect(types.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const t of types) {
      const html = page(`/panduan/${AXIS_GUIDE[t.axis as Axis]}/`);
      if (!html.includes(`id="${t.id}"`)) problems.push(`${t.id}: no card`);
      const body = text(html);
      for (const line of [t.name, t.example, ...t.signs, ...t.handle, ...t.avoid] as string[]) {
        if (!body.includes(line.replace(/\s+/g, ' ').trim())) problems.push(`${t.id}: missing "${line.slice(0, 40)}…"`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('glossary links', () => {
  const terms = parse(readFileSync(join(ROOT, 'content/kamus.yaml'), 'utf8')) as { id: string; term: string; aka?: string[] }[];
  const guides = builtPages().filter((p) => p.startsWith('/panduan/') && p !== '/panduan/');
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('every glossary term a guide uses in its text links to the glossary at least once', () => {
    const unlinked: string[] = [];
    for (const path of guides) {
      const html = page(path);
      const body = html.slice(html.indexOf('class="prose guide-body"'), html.indexOf('</main>'));
      // Prose only: headings, link texts and comparison tables (plain-text cells) don't count as uses.
      const prose = text(
        body
          .replace(/<h[1-6][\s\S]*?<\/h[1-6]>/g, ' ')
          .replace(/<a [\s\S]*?<\/a>/g, ' ')
          .replace(/<table[\s\S]*?<\/table>/g, ' '),
      ).toLowerCase();
      for (const t of terms) {
        const used = [t.term, ...(t.aka ?? [])].some((n) => new RegExp(`(^|[^\\p{L}])${escape(n.toLowerCase())}([^\\p{L}]|$)`, 'u').test(prose));
        if (used && !body.includes(`href="/kamus/#${t.id}"`)) unlinked.push(`${path}: ${t.id}`);
      }
    }
    expect(unlinked).toEqual([]);
  });
});
