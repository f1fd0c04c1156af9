// The result message's machine-readable line: written and read back, and every change to it
// (or to the name it was written for) told apart from a line the quiz wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatResultCode, parseResultCode, type ResultCode } from '../../../src/lib/quiz/result-code';
import { QUIZ_TOPICS } from '../../../src/schemas/quiz-topics';

const code: ResultCode = { topics: ['posisi', 'hubungan'], size: 12, seed: 'k3x9q2mz', answers: [{ itemId: 'pos-03', chosen: 'b' }, { itemId: 'hub-07', chosen: null }] };
const slug = fc.stringMatching(/^[a-z0-9]{1,4}(-[a-z0-9]{1,3})?$/);
const codes = fc.record({
  topics: fc.subarray([...QUIZ_TOPICS], { minLength: 1 }),
  size: fc.integer({ min: 5, max: 30 }),
  seed: fc.stringMatching(/^[A-Za-z0-9_-]{1,32}$/),
  answers: fc.uniqueArray(fc.record({ itemId: slug, chosen: fc.option(slug, { nil: null }) }), { selector: (a) => a.itemId, minLength: 1, maxLength: 5 }),
});
const names = fc.string({ minLength: 1, maxLength: 30 }).filter((n) => n.trim() !== '');

describe('result code', () => {
  it('reads back what it wrote, for any link and answers', () => {
    expect(formatResultCode('Budi', code)).toMatch(/^Kode rekap: v1 topik=posisi,hubungan jumlah=12 seed=k3x9q2mz jawaban=pos-03:b,hub-07:- cek=[0-9a-z]+$/);
    fc.assert(
      fc.property(codes, names, (c, name) => {
        expect(parseResultCode(formatResultCode(name, c), name)).toEqual({ code: c });
      }),
    );
  });

  it('tells a changed answer, seed or name from the line the quiz wrote', () => {
    const line = formatResultCode('Budi', code);
    expect(parseResultCode(line.replace('pos-03:b', 'pos-03:a'), 'Budi')).toEqual({ problem: 'codeEdited' });
    expect(parseResultCode(line.replace('seed=k3x9q2mz', 'seed=k3x9q2mx'), 'Budi')).toEqual({ problem: 'codeEdited' });
    expect(parseResultCode(line, 'Budi S')).toEqual({ problem: 'codeEdited' });
    // Spaces in a name re-wrapped by a chat app are not an edit.
    expect(parseResultCode(formatResultCode('Budi  Santoso', code), ' Budi Santoso')).toEqual({ code });
    fc.assert(
      fc.property(codes, names, fc.nat(), fc.constantFrom('x', '7', '-'), (c, name, at, ch) => {
        const written = formatResultCode(name, c);
        const i = 'Kode rekap: '.length + (at % (written.length - 'Kode rekap: '.length));
        const changed = written.slice(0, i) + ch + written.slice(i + 1);
        if (changed !== written) expect(parseResultCode(changed, name)).not.toHaveProperty('code');
      }),
    );
  });

  it('names a line it cannot read', () => {
    expect(parseResultCode('Kode rekap: v9 topik=posisi', 'A')).toEqual({ problem: 'codeVersion' });
    for (const broken of ['topik=ngawur', 'jumlah=40', 'jumlah=', 'seed=%%', 'jawaban=pos-01', 'jawaban=pos-01:a,pos-01:b', 'topik=posisi topik=posisi']) {
      const line = formatResultCode('A', code).replace(/cek=.*/, '').replace(new RegExp(`${broken.split('=')[0]}=\\S*`), broken);
      expect(parseResultCode(line, 'A'), broken).toEqual({ problem: 'codeField' });
    }
  });
});
