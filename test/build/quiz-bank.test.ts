// The question bank is checked when collections load: a broken item stops `astro sync` (and so
// the build) with the file, the item and the field named. `loadBank()` is that check; it runs here
// in-process on a copy of `content/` (the one `astro sync` run is in content-validation.test.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { loadBank } from '../../src/build/quiz-loader';
import { contentCopy, type Fixture } from '../support/fixture';
import { ROOT } from '../support/paths';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

type Item = Record<string, unknown> & { id: string; options: Record<string, unknown>[] };
const bank = (topic: string) => parse(readFileSync(join(ROOT, `content/kuis/${topic}.yaml`), 'utf8')) as Item[];
const posisi = bank('posisi');
const penanganan = bank('penanganan');

/** Loads the bank from a copy of `content/` with `file` replaced by `text`. */
function loadWith(file: string, text: string) {
  fixture = contentCopy();
  fixture.write(file, text);
  return () => loadBank(fixture!.dir);
}

// Banks written for these tests, so the messages depend on no real item's wording (the real
// banks are rewritten often): plain type-recognition items, and sentence items whose texts are
// neutral to every form check except the one a test breaks on purpose.
const TYPES = ['posisi-internal', 'posisi-eksternal', 'posisi-perantara'];
const NAMES = ['Pelanggan internal', 'Pelanggan eksternal', 'Pelanggan perantara'];
const explanation = 'Penjelasan singkat yang cukup panjang untuk lolos pemeriksaan.';

function typeItems(n: number): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `uji-pos-${i + 1}`,
    topic: 'posisi',
    scenario: 'Seorang pembeli datang ke toko pada sore hari. Ia membayar tunai di kasir depan.',
    question: 'Menurut posisinya, orang ini termasuk pelanggan jenis apa?',
    options: TYPES.map((type, k) => ({ id: String.fromCharCode(97 + k), text: NAMES[k], type, explanation })),
    answer: String.fromCharCode(97 + (i % 3)),
    surface: i % 2 ? 'right' : 'wrong',
    guide: String(posisi[0]!.guide),
  }));
}

function sentenceItems(n: number): Item[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `uji-pen-${i + 1}`,
    topic: 'penanganan',
    scenario: 'Seorang pembeli datang ke toko pada sore hari dengan wajah kesal. Ia membawa struk belanja kemarin.',
    question: 'Apa yang sebaiknya dilakukan staf lebih dahulu?',
    options: [
      { id: 'a', text: 'Dengarkan keluhannya sampai selesai, minta maaf, lalu tawarkan penggantian hari ini juga', explanation },
      { id: 'b', text: 'Jelaskan aturan toko dengan sopan dan minta pelanggan datang lagi besok', explanation },
      { id: 'c', text: 'Panggil pemilik toko supaya dia yang memutuskan penggantian barang itu', explanation },
    ],
    answer: 'a',
    guide: String(penanganan[0]!.guide),
  }));
}

describe('broken quiz items fail the build, naming file, item and field', () => {
  it('accepts the bank written for these tests', () => {
    expect(loadWith('content/kuis/posisi.yaml', stringify(typeItems(10)))().filter(({ file }) => file === 'content/kuis/posisi.yaml')).toHaveLength(10);
  });

  it('reports every problem at once: answer, duplicate id, missing explanation, missing anchor', () => {
    const items = typeItems(10);
    items[0]!.answer = 'z';
    items[1]!.id = items[2]!.id;
    delete items[3]!.options[1]!.explanation;
    items[4]!.guide = 'jenis-pelanggan/berdasarkan-posisi#tidak-ada';
    items[5]!.guide = 'panduan-yang-tidak-ada';
    expect(loadWith('content/kuis/posisi.yaml', stringify(items))).toThrowErrorMatchingInlineSnapshot(`
      [Error: The question bank has 5 problem(s):
        - content/kuis/posisi.yaml › uji-pos-1 › answer: Answer "z" is not one of the option ids (a, b, c)
        - content/kuis/posisi.yaml › uji-pos-3 › id: Duplicate item id "uji-pos-3" (first used in content/kuis/posisi.yaml)
        - content/kuis/posisi.yaml › uji-pos-4 › options[1].explanation: Option explanation is missing
        - content/kuis/posisi.yaml › uji-pos-5 › guide: Guide "jenis-pelanggan/berdasarkan-posisi" has no anchor "#tidak-ada"
        - content/kuis/posisi.yaml › uji-pos-6 › guide: Guide "panduan-yang-tidak-ada" does not exist]
    `);
  });

  it('rejects a topic with fewer than 10 items', () => {
    expect(loadWith('content/kuis/posisi.yaml', stringify(typeItems(9)))).toThrowErrorMatchingInlineSnapshot(`
      [Error: The question bank has 1 problem(s):
        - content/kuis/posisi.yaml › topic: Topic "posisi" has 9 items; it needs at least 10]
    `);
  });

  it('rejects a file that is not valid YAML, naming it', () => {
    expect(loadWith('content/kuis/posisi.yaml', '- id: pos-01\n  topic: [posisi\n')).toThrowErrorMatchingInlineSnapshot(`
      [Error: The question bank has 2 problem(s):
        - content/kuis/posisi.yaml: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1:
        - content/kuis/posisi.yaml › topic: Topic "posisi" has 0 items; it needs at least 10]
    `);
  });
});

describe('quiz items that give their answer away by form fail the build', () => {
  it('rejects a bank where the right option is always the longest, and a throw-away option', () => {
    const items = sentenceItems(12);
    items[1]!.options[2]!.text = 'Biarkan saja.';
    expect(loadWith('content/kuis/penanganan.yaml', stringify(items))).toThrowErrorMatchingInlineSnapshot(`
      [Error: The question bank has 3 problem(s):
        - content/kuis/penanganan.yaml › uji-pen-2 › options[2].text: Option is 13 characters, under 40% of this item's longest option (88); write it as a real, specific choice
        - content/kuis/penanganan.yaml › answer: Always picking the longest option scores 12 of 12 sentence-option items (right option longest in uji-pen-1, uji-pen-2, uji-pen-3, uji-pen-4, uji-pen-5, uji-pen-6, uji-pen-7, uji-pen-8, uji-pen-9, uji-pen-10, uji-pen-11, uji-pen-12); at most a third (4) may be won that way
        - content/kuis/penanganan.yaml › answer: Always picking the option that is the most concrete (times, dates, amounts, counts) scores 6 of 12 items (right option alone on top in none); chance gives 4, and at most 5 may be won that way]
    `);
  });
});

describe('the committed bank', () => {
  it('loads whole: every item of every file, each with its file', () => {
    const files = readdirSync(join(ROOT, 'content/kuis')).filter((f) => f.endsWith('.yaml'));
    const loaded = loadBank(ROOT);
    expect(loaded).toHaveLength(files.reduce((n, f) => n + bank(f.replace(/\.yaml$/, '')).length, 0));
    expect(loaded.find(({ item }) => item.id === posisi[0]!.id)?.file).toBe('content/kuis/posisi.yaml');
  });

  it('accepts a bank written back as it was read (right option longest in at most a third)', () => {
    expect(loadWith('content/kuis/penanganan.yaml', stringify(penanganan))()).toHaveLength(loadBank(ROOT).length);
  });
});
