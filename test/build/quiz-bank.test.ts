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
