// The question bank is checked when collections load: a broken item stops `astro sync` (and so
// the build) with the file, the item and the field named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { projectCopy, type Fixture } from '../support/fixture';
import { ROOT } from '../support/paths';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

type Item = Record<string, unknown> & { id: string; options: Record<string, unknown>[] };
const posisi = parse(readFileSync(join(ROOT, 'content/kuis/posisi.yaml'), 'utf8')) as Item[];
const penanganan = parse(readFileSync(join(ROOT, 'content/kuis/penanganan.yaml'), 'utf8')) as Item[];
const clone = <T>(v: T): T => structuredClone(v);

describe('broken quiz items fail the build, naming file, item and field', () => {
  it('reports every problem at once: answer, duplicate id, missing explanation, missing anchor', () => {
    fixture = projectCopy();
    const items = clone(posisi);
    items[0]!.answer = 'z';
    items[1]!.id = items[2]!.id;
    delete items[3]!.options[1]!.explanation;
    items[4]!.guide = 'jenis-pelanggan/berdasarkan-posisi#tidak-ada';
    items[5]!.guide = 'panduan-yang-tidak-ada';
    fixture.write('content/kuis/posisi.yaml', stringify(items));
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    const line = (item: string, field: string) => `content/kuis/posisi.yaml › ${item} › ${field}:`;
    expect(r.output).toContain(`${line(posisi[0]!.id, 'answer')} Answer "z" is not one of the option ids`);
    expect(r.output).toContain(`${line(posisi[2]!.id, 'id')} Duplicate item id "${posisi[2]!.id}"`);
    expect(r.output).toContain(`${line(posisi[3]!.id, 'options[1].explanation')} Option explanation is missing`);
    expect(r.output).toContain(`${line(posisi[4]!.id, 'guide')} Guide "jenis-pelanggan/berdasarkan-posisi" has no anchor "#tidak-ada"`);
    expect(r.output).toContain(`${line(posisi[5]!.id, 'guide')} Guide "panduan-yang-tidak-ada" does not exist`);
  }, 120_000);

  it('rejects a topic with fewer than 10 items', () => {
    fixture = projectCopy();
    fixture.write('content/kuis/posisi.yaml', stringify(posisi.slice(0, 9)));
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/kuis/posisi.yaml › topic: Topic "posisi" has 9 items; it needs at least 10');
  }, 120_000);

  it('rejects a file that is not valid YAML, naming it', () => {
    fixture = projectCopy();
    fixture.write('content/kuis/posisi.yaml', '- id: pos-01\n  topic: [posisi\n');
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/kuis/posisi.yaml: not valid YAML');
  }, 120_000);
});

describe('quiz items that give their answer away by form fail the build', () => {
  it('rejects a bank where the right option is always the longest, and a throw-away option', () => {
    fixture = projectCopy();
    const items = clone(penanganan);
    for (const item of items) {
      const right = item.options.find((o) => o.id === item.answer)!;
      right.text = `${String(right.text)}, lalu catat semuanya dengan rapi di buku layanan`;
    }
    const wrong = items[1]!.options.find((o) => o.id !== items[1]!.answer)!;
    wrong.text = 'Biarkan saja.';
    fixture.write('content/kuis/penanganan.yaml', stringify(items));
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain(
      `content/kuis/penanganan.yaml › answer: Always picking the longest option scores ${items.length} of ${items.length} sentence-option items`,
    );
    const i = items[1]!.options.indexOf(wrong);
    expect(r.output).toMatch(new RegExp(`content/kuis/penanganan\\.yaml › ${items[1]!.id} › options\\[${i}\\]\\.text: Option is 13 characters, under 40%`));
  }, 120_000);

  it('accepts the same bank as written (right option longest in at most a third)', () => {
    fixture = projectCopy();
    fixture.write('content/kuis/penanganan.yaml', stringify(penanganan));
    const r = fixture.sync();
    expect(r.output).not.toContain('problem(s)');
    expect(r.status).toBe(0);
  }, 120_000);
});
