import { describe, expect, it } from 'vitest';
import { formatBankError, parseBank, quizItemSchema, validateBank, type BankError } from '../../../src/schemas/quiz';
import { QUIZ_TOPICS } from '../../../src/schemas/quiz-topics';
import { asFiles, ctx, makeBank, makeItem } from './fixtures';

type Raw = Record<string, unknown> & { options: Record<string, unknown>[] };

/** The fixture bank with one item changed. */
function withItem(id: string, change: (item: Raw) => void): { file: string; items: unknown[] }[] {
  const bank = structuredClone(makeBank()) as unknown as Raw[];
  const item = bank.find((i) => i.id === id);
  if (!item) throw new Error(`no ${id}`);
  change(item);
  return asFiles(bank);
}

const only = (errors: BankError[]) => {
  expect(errors, JSON.stringify(errors, null, 2)).toHaveLength(1);
  return errors[0]!;
};

describe('quizItemSchema', () => {
  it('accepts the fixture items', () => {
    for (const item of makeBank()) expect(quizItemSchema.safeParse(item).success).toBe(true);
  });

  it('rejects unknown fields, 2 or 5 options and difficulty 4', () => {
    const item = makeItem('posisi', 1);
    expect(quizItemSchema.safeParse({ ...item, hint: 'x' }).success).toBe(false);
    expect(quizItemSchema.safeParse({ ...item, options: item.options.slice(0, 2) }).success).toBe(false);
    const five = [...item.options, ...item.options].slice(0, 5).map((o, i) => ({ ...o, id: `o${i}` }));
    expect(quizItemSchema.safeParse({ ...item, options: five }).success).toBe(false);
    expect(quizItemSchema.safeParse({ ...item, difficulty: 4 }).success).toBe(false);
  });
});

describe('validateBank', () => {
  it('finds nothing wrong with a sound bank, and parseBank returns every item', () => {
    const files = asFiles(makeBank());
    expect(validateBank(files, ctx)).toEqual([]);
    expect(parseBank(files, ctx).items).toHaveLength(10 * QUIZ_TOPICS.length);
  });

  it('reports an answer that is not among the options', () => {
    const e = only(validateBank(withItem('pos-03', (i) => (i.answer = 'z')), ctx));
    expect(e).toMatchObject({ file: 'content/kuis/posisi.yaml', item: 'pos-03', field: 'answer' });
    expect(e.message).toBe('Answer "z" is not one of the option ids (a, b, c)');
  });

  it('reports duplicate item ids across files, naming the first file', () => {
    const e = only(validateBank(withItem('kar-02', (i) => (i.id = 'pos-01')), ctx));
    expect(e).toMatchObject({ file: 'content/kuis/karakter.yaml', item: 'pos-01', field: 'id' });
    expect(e.message).toContain('first used in content/kuis/posisi.yaml');
  });

  it('reports duplicate option ids within an item', () => {
    const e = only(validateBank(withItem('hub-04', (i) => (i.options[2]!.id = 'b')), ctx));
    expect(e).toMatchObject({ item: 'hub-04', field: 'options[2].id', message: 'Duplicate option id "b" in this item' });
  });

  it('reports an option without explanation', () => {
    const e = only(validateBank(withItem('das-05', (i) => delete i.options[1]!.explanation), ctx));
    expect(e).toMatchObject({ file: 'content/kuis/dasar.yaml', item: 'das-05', field: 'options[1].explanation', message: 'Option explanation is missing' });
  });

  it('reports an option type that is not a known type id, or is off the topic axis', () => {
    const unknown = only(validateBank(withItem('pos-02', (i) => (i.options[1]!.type = 'posisi-luar')), ctx));
    expect(unknown).toMatchObject({ item: 'pos-02', field: 'options[1].type', message: 'Unknown customer type id "posisi-luar"' });
    const offAxis = only(validateBank(withItem('pos-02', (i) => (i.options[1]!.type = 'hubungan-loyal')), ctx));
    expect(offAxis.message).toContain('not on the "posisi" axis');
  });

  it('reports unknown confusable type ids', () => {
    const e = only(validateBank(withItem('pos-02', (i) => (i.confusable = ['posisi-internal', 'tipe-x'])), ctx));
    expect(e).toMatchObject({ field: 'confusable[1]', message: 'Unknown customer type id "tipe-x"' });
  });

  it('reports a guide or anchor that does not exist', () => {
    const guide = only(validateBank(withItem('ist-01', (i) => (i.guide = 'panduan-hilang#ringkasan')), ctx));
    expect(guide).toMatchObject({ item: 'ist-01', field: 'guide', message: 'Guide "panduan-hilang" does not exist' });
    const anchor = only(validateBank(withItem('ist-01', (i) => (i.guide = 'pelanggan-konsumen-klien#tidak-ada')), ctx));
    expect(anchor.message).toBe('Guide "pelanggan-konsumen-klien" has no anchor "#tidak-ada"');
    expect(validateBank(withItem('ist-01', (i) => (i.guide = 'pelanggan-konsumen-klien')), ctx)).toEqual([]);
  });

  it('reports a topic with fewer than 10 items, including a missing topic', () => {
    const bank = makeBank().filter((i) => i.id !== 'pen-10' && i.topic !== 'istilah');
    const errors = validateBank(asFiles(bank), ctx);
    expect(errors.map((e) => e.message)).toEqual([
      'Topic "istilah" has 0 items; it needs at least 10',
      'Topic "penanganan" has 9 items; it needs at least 10',
    ]);
  });

  it('reports an item filed under another topic', () => {
    const bank = makeBank();
    const files = asFiles(bank);
    files[0]!.items.push({ ...makeItem('hubungan', 11), id: 'hub-99' });
    const e = only(validateBank(files, ctx));
    expect(e).toMatchObject({ file: 'content/kuis/posisi.yaml', item: 'hub-99', field: 'topic' });
  });

  it('reports a scenario of one sentence or of five', () => {
    const one = only(validateBank(withItem('pos-01', (i) => (i.scenario = 'Bu Sari mengambil sepuluh karton mi instan dari distributor setiap minggu.')), ctx));
    expect(one).toMatchObject({ field: 'scenario', message: 'Scenario should have 2 to 4 sentences (found 1)' });
    const five = 'Pak Budi membuka bengkel. Ia punya dua montir. Harga servis Rp50.000. Pelanggan datang pagi. Mereka menunggu.';
    expect(only(validateBank(withItem('pos-01', (i) => (i.scenario = five)), ctx)).message).toContain('found 5');
  });

  it('reports unreadable items and files with their position', () => {
    const files = asFiles(makeBank());
    files[1]!.items.push('just text', { topic: 'hubungan' });
    files.push({ file: 'content/kuis/rusak.yaml', items: { not: 'a list' } as unknown as unknown[] });
    const errors = validateBank(files, ctx);
    expect(errors.find((e) => e.item === '#11')?.message).toBe('An item must be a mapping of fields');
    expect(errors.filter((e) => e.item === '#12').map((e) => e.field)).toEqual(
      expect.arrayContaining(['id', 'scenario', 'question', 'options', 'answer', 'guide']),
    );
    expect(errors.find((e) => e.item === '#12' && e.field === 'id')?.message).toBe('Item id is missing');
    expect(errors.find((e) => e.file === 'content/kuis/rusak.yaml')?.message).toBe('The file must be a YAML list of quiz items');
  });

  it('names unknown fields', () => {
    const e = only(validateBank(withItem('pos-01', (i) => (i.hint = 'x')), ctx));
    expect(e).toMatchObject({ item: 'pos-01', message: 'Unknown field(s): hint' });
  });

  it('formats an error on one line', () => {
    expect(formatBankError({ file: 'content/kuis/posisi.yaml', item: 'pos-03', field: 'answer', message: 'Bad' })).toBe(
      'content/kuis/posisi.yaml › pos-03 › answer: Bad',
    );
  });
});
