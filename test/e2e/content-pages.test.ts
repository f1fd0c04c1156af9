// Guide content over the build: every guide file built at its URL, every customer type on its
// page with its advice, every glossary term a guide uses linked to its entry, the measuring guide
// linking each metric's calculator and showing the calculator's NPS bands.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AXIS_GUIDE } from '../../src/lib/axes';
import { shownAliases } from '../../src/lib/glossary';
import { CES_BANDS } from '../../src/lib/metrics/ces-bands';
import { CSAT_BANDS } from '../../src/lib/metrics/csat-bands';
import { NPS_BANDS } from '../../src/lib/metrics/nps-bands';
import { wordsOf } from '../support/all-words';
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

/** Pages made to be printed (src/layouts/Printable.astro), not guides. */
const isPrintable = (path: string) => page(path).includes('data-printable');

describe('guides', () => {
  const dir = join(ROOT, 'content/panduan');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
  // The path is the URL: content/panduan/a/b.mdx → /panduan/a/b/.
  const urlOf = (file: string) => `/panduan/${relative(dir, join(dir, file)).split(sep).join('/').replace(/\.mdx$/, '')}/`;
  const titleOf = (file: string) => {
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(dir, file), 'utf8'))?.[1];
    return (parse(front ?? '') as { title?: string } | null)?.title;
  };

  it('every guide file is built at the URL its path names, and no other guide page exists', () => {
    expect(files.length).toBeGreaterThanOrEqual(16);
    // Printable sheets (the survey cards, the tally sheet…) live under their guide but are pages of their own.
    const built = builtPages().filter((p) => p.startsWith('/panduan/') && p !== '/panduan/' && !isPrintable(p));
    expect(built).toEqual(files.map(urlOf).sort());
  });

  it('every guide page has its title as its one <h1>', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const title = titleOf(file);
      const h1s = [...page(urlOf(file)).matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => text(m[1]!).trim());
      if (!title || h1s.length !== 1 || h1s[0] !== title) wrong.push(`${file}: title ${JSON.stringify(title)}, h1 ${JSON.stringify(h1s)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('measuring guide', () => {
  const html = page('/panduan/mengukur-kepuasan/');
  /** The HTML from a heading with this id to the next <h2>. */
  const section = (id: string) => {
    const start = html.indexOf(`<h2 id="${id}"`);
    expect(start, id).toBeGreaterThan(-1);
    const end = html.indexOf('<h2 ', start + 1);
    return html.slice(start, end < 0 ? undefined : end);
  };

  it("each metric's section links to its calculator", () => {
    const sections = { nps: 'net-promoter-score-nps', csat: 'customer-satisfaction-score-csat', ces: 'customer-effort-score-ces', churn: 'churn-rate' };
    const missing = Object.entries(sections)
      .filter(([calc, id]) => !section(id).includes(`href="/kalkulator/${calc}/"`))
      .map(([calc]) => calc);
    expect(missing).toEqual([]);
  });

  it.each([
    ['net-promoter-score-nps', 'nps', NPS_BANDS],
    ['customer-satisfaction-score-csat', 'csat', CSAT_BANDS],
    ['customer-effort-score-ces', 'ces', CES_BANDS],
  ] as const)('the %s section shows every band its calculator uses, in order', (id, metric, bands) => {
    const table = /<table[\s\S]*?<\/table>/.exec(section(id))?.[0] ?? '';
    const rows = [...table.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].slice(1).map((m) => text(m[1]!).trim());
    expect(rows).toHaveLength(bands.length);
    const [ranges, labels, readings] = (['range', 'label', 'reading'] as const).map((w) => wordsOf(metric, bands, w));
    bands.forEach((_, i) => {
      expect(rows[i]!.toLowerCase()).toContain(ranges![i]!.toLowerCase());
      expect(rows[i]).toContain(labels![i]);
      expect(rows[i]).toContain(readings![i]);
    });
  });
});

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
  const guides = builtPages().filter((p) => p.startsWith('/panduan/') && p !== '/panduan/' && !isPrintable(p));
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  it('every glossary term a guide uses in its text links to the glossary at least once', () => {
    const unlinked: string[] = [];
    for (const path of guides) {
      const html = page(path);
      const body = html.slice(html.indexOf('class="prose guide-body"'), html.indexOf('</main>'));
      // Prose only: headings, link texts, comparison tables (plain-text cells) and the end-of-guide
      // question card (quiz options must not carry links that hint at the answer) don't count as uses.
      const prose = text(
        body
          .replace(/<section class="guide-check"[\s\S]*?<\/section>/g, ' ')
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

describe('glossary page', () => {
  const terms = parse(readFileSync(join(ROOT, 'content/kamus.yaml'), 'utf8')) as { id: string; term: string; aka?: string[] }[];
  const html = page('/kamus/');

  it('names each term once: no alias already in the headword is repeated after it', () => {
    const wrong: string[] = [];
    for (const t of terms) {
      const dt = new RegExp(`id="${t.id}"[^>]*>\\s*<dt[^>]*>([\\s\\S]*?)</dt>`).exec(html)?.[1];
      const expected = t.term + (shownAliases(t.term, t.aka ?? []).length ? ` (${shownAliases(t.term, t.aka ?? []).join(', ')})` : '');
      const shown = dt === undefined ? undefined : text(dt).trim();
      if (shown !== expected) wrong.push(`${t.id}: ${JSON.stringify(shown)}`);
    }
    expect(wrong).toEqual([]);
    expect(text(html)).not.toContain('(NPS) (NPS)');
    expect(text(html)).not.toMatch(/\(CES\) \(CES/);
  });
});
