// Broken content fails the build, naming file and field. The schemas are tested here in-process
// (messages snapshotted, as Starlight's schema tests do); one `astro sync` of a project copy checks
// that Astro applies them and names the file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { customerTypeSchema } from '../../src/schemas/customer-type';
import { faqSchema } from '../../src/schemas/faq';
import { glossarySchema } from '../../src/schemas/glossary';
import { guideSchema } from '../../src/schemas/guide';
import { projectCopy, type ProjectFixture } from '../support/fixture';
import { ROOT } from '../support/paths';

/** `field: message` per problem, as a build lists them; `ok` when the data passes. */
function problems(schema: z.ZodType, data: unknown): string {
  const r = schema.safeParse(data);
  return r.success ? 'ok' : r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const frontMatter = (mdx: string) => parse(/^---\n([\s\S]*?)\n---/.exec(mdx)?.[1] ?? '') as Record<string, unknown>;
const guideFiles = (readdirSync(join(ROOT, 'content/panduan'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
const typeFiles = readdirSync(join(ROOT, 'content/tipe')).filter((f) => f.endsWith('.yaml'));

const guide = {
  title: 'Panduan contoh',
  description: 'Panduan contoh dengan front matter lengkap untuk menguji skema panduan.',
  category: 'dasar',
  order: 9,
  updated: '2026-11-22',
};

const type = {
  name: 'Tipe contoh',
  axis: 'hubungan',
  order: 99,
  summary: 'Tipe contoh yang dibuat untuk menguji skema.',
  signs: ['Satu tanda yang jelas', 'Dua tanda yang jelas'],
  example: 'Contoh sehari-hari di sebuah warung kopi.',
  handle: ['Sapa dengan ramah', 'Tawarkan bantuan'],
  avoid: ['Mengabaikannya'],
};

describe('the committed content passes its schemas', () => {
  it('every guide', () => {
    expect(guideFiles.length).toBeGreaterThan(15);
    const failing = guideFiles.map((f) => `${f}: ${problems(guideSchema, frontMatter(read(`content/panduan/${f}`)))}`);
    expect(failing.filter((line) => !line.endsWith(': ok'))).toEqual([]);
  });

  it('every customer type', () => {
    expect(typeFiles.length).toBeGreaterThan(15);
    const failing = typeFiles.map((f) => `${f}: ${problems(customerTypeSchema, parse(read(`content/tipe/${f}`)))}`);
    expect(failing.filter((line) => !line.endsWith(': ok'))).toEqual([]);
  });

  it('glossary and FAQ', () => {
    const glossary = parse(read('content/kamus.yaml')) as unknown[];
    const faq = parse(read('content/faq.yaml')) as unknown[];
    expect(glossary.length).toBeGreaterThan(10);
    expect(faq.length).toBeGreaterThan(5);
    expect([...glossary.map((g) => problems(glossarySchema, g)), ...faq.map((q) => problems(faqSchema, q))].filter((p) => p !== 'ok')).toEqual([]);
  });
});

describe('guide front matter', () => {
  it('fills the defaults', () => {
    expect(guideSchema.parse(guide)).toMatchInlineSnapshot(`
      {
        "category": "dasar",
        "description": "Panduan contoh dengan front matter lengkap untuk menguji skema panduan.",
        "order": 9,
        "related": [],
        "title": "Panduan contoh",
        "toc": true,
        "updated": 2026-11-22T00:00:00.000Z,
      }
    `);
  });

  it('rejects a wrong category and an order that is not a number', () => {
    expect(problems(guideSchema, { ...guide, category: 'lain-lain', order: 'satu' })).toMatchInlineSnapshot(`
      "category: Invalid option: expected one of "dasar"|"jenis"|"melayani"|"mengukur"
      order: Invalid input: expected number, received string"
    `);
  });

  it('rejects an unknown key', () => {
    expect(problems(guideSchema, { ...guide, author: 'Seseorang' })).toMatchInlineSnapshot(`"(root): Unrecognized key: "author""`);
  });

  it('rejects a missing title, a short description and an unknown calculator', () => {
    const { title: _, ...untitled } = guide;
    expect(problems(guideSchema, { ...untitled, description: 'Pendek.', calculator: 'roi' })).toMatchInlineSnapshot(`
      "title: Invalid input: expected string, received undefined
      description: Too small: expected string to have >=40 characters
      calculator: Invalid option: expected one of "nps"|"csat"|"ces"|"churn""
    `);
  });
});

describe('guide front matter: uji', () => {
  it('takes up to three item ids of the guide\'s quiz topic', () => {
    expect(guideSchema.parse({ ...guide, quiz: 'dasar', uji: ['das-22', 'das-25'] }).uji).toEqual(['das-22', 'das-25']);
  });

  it('rejects uji without quiz, a fourth item and an id that is not one', () => {
    expect(problems(guideSchema, { ...guide, uji: ['das-22'] })).toMatchInlineSnapshot(`"uji: needs \`quiz\`, the topic its items come from"`);
    expect(problems(guideSchema, { ...guide, quiz: 'dasar', uji: ['das-1', 'das-2', 'das-3', 'das-4'] })).toMatchInlineSnapshot(`"uji: at most 3 items"`);
    expect(problems(guideSchema, { ...guide, quiz: 'dasar', uji: ['Das 4'] })).toMatchInlineSnapshot(`"uji.0: item ids are lowercase letters, digits and hyphens"`);
  });
});

describe('customer type', () => {
  it('rejects a type without handling advice', () => {
    const { handle: _, ...unhandled } = type;
    expect(problems(customerTypeSchema, unhandled)).toMatchInlineSnapshot(`"handle: Invalid input: expected array, received undefined"`);
  });

  it('rejects an unknown axis and a single sign', () => {
    expect(problems(customerTypeSchema, { ...type, axis: 'usia', signs: ['Satu tanda saja'] })).toMatchInlineSnapshot(`
      "axis: Invalid option: expected one of "posisi"|"hubungan"|"karakter"|"dasar"|"istilah"
      signs: Too small: expected array to have >=2 items"
    `);
  });
});

describe('glossary and FAQ entries', () => {
  it('reject an id with capitals and a definition or answer too short', () => {
    expect(problems(glossarySchema, { id: 'Churn', term: 'Churn', definition: 'Pendek.' })).toMatchInlineSnapshot(`
      "id: Invalid string: must match pattern /^[a-z0-9-]+$/
      definition: Too small: expected string to have >=20 characters"
    `);
    expect(problems(faqSchema, { id: 'apa', question: 'Apa itu NPS?', answer: 'Pendek.' })).toMatchInlineSnapshot(`"answer: Too small: expected string to have >=40 characters"`);
  });
});

describe('astro sync (the one run of it)', () => {
  let fixture: ProjectFixture | undefined;
  afterEach(() => fixture?.remove());

  it('stops on a broken guide, naming its file and fields', () => {
    fixture = projectCopy();
    fixture.write(
      'content/panduan/rusak.mdx',
      '---\ntitle: Panduan rusak\ndescription: Panduan dengan front matter yang salah untuk menguji pesan galat.\ncategory: lain-lain\norder: satu\nupdated: 2026-11-22\nauthor: Seseorang\n---\nIsi.\n',
    );
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/panduan/rusak.mdx');
    expect(r.output).toMatch(/category: Invalid option/);
    expect(r.output).toMatch(/order/);
    expect(r.output).toContain('Unrecognized key: "author"');
  }, 300_000); // a guard against a hung sync, not a budget: it takes seconds, minutes when the machine is shared
});
