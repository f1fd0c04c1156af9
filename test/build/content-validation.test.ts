import { afterEach, describe, expect, it } from 'vitest';
import { projectCopy, type Fixture } from '../support/fixture';

let fixture: Fixture | undefined;
afterEach(() => fixture?.remove());

describe('broken content fails the build, naming file and field', () => {
  it('accepts the content as committed', () => {
    fixture = projectCopy();
    const r = fixture.sync();
    expect(r.output).not.toMatch(/Error/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('rejects a guide whose category and order are wrong', () => {
    fixture = projectCopy();
    fixture.write(
      'content/panduan/rusak.mdx',
      '---\ntitle: Panduan rusak\ndescription: Panduan dengan front matter yang salah untuk menguji pesan galat.\ncategory: lain-lain\norder: satu\nupdated: 2026-11-22\n---\nIsi.\n',
    );
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/panduan/rusak.mdx');
    expect(r.output).toMatch(/category: Invalid option/);
    expect(r.output).toMatch(/order/);
  }, 120_000);

  it('rejects a guide with an unknown front matter key', () => {
    fixture = projectCopy();
    fixture.write(
      'content/panduan/rusak.mdx',
      '---\ntitle: Panduan rusak\ndescription: Panduan dengan front matter yang salah untuk menguji pesan galat.\ncategory: dasar\norder: 9\nupdated: 2026-11-22\nauthor: Seseorang\n---\nIsi.\n',
    );
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/panduan/rusak.mdx');
    expect(r.output).toContain('author');
  }, 120_000);

  it('rejects a customer type without handling advice', () => {
    fixture = projectCopy();
    fixture.write(
      'content/tipe/rusak.yaml',
      'name: Tipe rusak\naxis: hubungan\norder: 99\nsummary: Tipe contoh yang sengaja dibuat tidak lengkap.\nsigns: [Satu tanda yang jelas, Dua tanda yang jelas]\nexample: Contoh sehari-hari di sebuah warung kopi.\navoid: [Mengabaikannya]\n',
    );
    const r = fixture.sync();
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('content/tipe/rusak.yaml');
    expect(r.output).toMatch(/handle/);
  }, 120_000);
});
