/**
 * Edge cases of the score parsers, pinned so that rewriting them smaller (the calculator pages
 * have a hard JavaScript budget) cannot change what users see. Expected values are what the
 * parsers returned before the size work.
 */
import { describe, expect, it } from 'vitest';
import { runScoreJob } from '../../../src/workers/score-job';
import type { ScoreJobMessage } from '../../../src/workers/score-job';
import { parseCount, parseIdNumber, readIdNumber } from '../../../src/lib/parse/id-number';
import { NPS_SCORE_SCALE } from '../../../src/lib/parse/score-tally';
import { detectCommaMode, scanScores } from '../../../src/lib/parse/scores';
import { say } from '../../support/all-words';
import type { Result } from '../../../src/lib/metrics/result';

/** A parse result with its error messages worded, as the page shows them. */
const worded = (r: Result<number>) => (r.ok ? r : { ...r, errors: r.errors.map((e) => ({ ...e, message: say(e.message) })) });
import { analyzeTable, createColumnAccumulator } from '../../../src/lib/parse/table';

describe('readIdNumber edge cases', () => {
  it('reads signs with an empty integer part, long groupings and ranges', () => {
    expect(readIdNumber('-,5')).toBe(-0.5);
    expect(readIdNumber('+.5')).toBe(0.5);
    expect(readIdNumber('−,25')).toBe(-0.25);
    expect(readIdNumber('1.234.567,89')).toBe(1234567.89);
    expect(readIdNumber('1234,5')).toBe(1234.5);
    expect(readIdNumber('9.999.999.999.999.999')).toBe(Number('9999999999999999')); // rounds like Number()
    expect(Object.is(readIdNumber('-0,0'), 0)).toBe(true);
    expect(readIdNumber('x-12,5y', 1, 6)).toBe(-12.5);
  });

  it('takes a lone dot after a leading zero as a decimal mark', () => {
    expect(readIdNumber('01.234')).toBe(1.234);
    expect(readIdNumber('0.500')).toBe(0.5);
  });

  it('rejects broken groupings, dangling marks, untrimmed text and other digits', () => {
    for (const text of ['1.234,', '1.234.5', '01.234,5', '12.345.6789', '+', '−', '1,5e3', '1.000,', ' 7', '٣', '']) {
      expect(readIdNumber(text), text).toBeNaN();
    }
  });
});

describe('form field messages', () => {
  it('keeps the exact Indonesian wording of every failure', () => {
    expect(worded(parseCount('5%', 'n'))).toEqual({
      ok: false,
      errors: [{ field: 'n', code: 'not-a-number', message: '“5%” bukan angka. Tulis jumlah seperti 12 atau 1.234.' }],
    });
    expect(worded(parseCount('9'.repeat(400), 'n'))).toEqual({
      ok: false,
      errors: [{ field: 'n', code: 'too-large', message: 'Angka ini terlalu besar.' }],
    });
    expect(worded(parseCount(' -3 '))).toEqual({
      ok: false,
      errors: [{ field: 'value', code: 'negative', message: 'Jumlah tidak boleh negatif.' }],
    });
    expect(worded(parseCount('  '))).toEqual({
      ok: false,
      errors: [{ field: 'value', code: 'empty', message: 'Jumlah masih kosong. Isi dengan 0 jika tidak ada.' }],
    });
    expect(worded(parseIdNumber(' abcdefghijklmnopqrstuvwxyz ', { field: 'x' }))).toEqual({
      ok: false,
      errors: [{ field: 'x', code: 'not-a-number', message: '“abcdefghijklmnopqrst…” bukan angka. Contoh penulisan yang benar: 1.234 atau 0,75.' }],
    });
    expect(worded(parseIdNumber(`-${'9'.repeat(400)}`))).toEqual({
      ok: false,
      errors: [{ field: 'value', code: 'too-large', message: 'Angka ini terlalu besar.' }],
    });
    expect(parseIdNumber('12,5 %', { allowPercent: true })).toEqual({ ok: true, value: 12.5 });
  });
});

describe('comma rule edge cases', () => {
  it('counts soft separators between commas but not as the "other separator"', () => {
    expect(detectCommaMode('7,5\u00a08,0')).toBe('separator');
    expect(detectCommaMode('7,5"8,0"\n9')).toBe('decimal');
    expect(detectCommaMode('7,5\r8,0\n')).toBe('decimal');
    expect(detectCommaMode('7,5\ufeff8,0 ')).toBe('decimal');
  });

  it('falls back to separators on commas without digits around or sharing a value', () => {
    expect(detectCommaMode('7,58,0\n')).toBe('separator');
    expect(detectCommaMode(',5\n7')).toBe('separator');
    expect(detectCommaMode('7,5,\n8')).toBe('separator');
  });
});

describe('blank counting in pasted text', () => {
  it('counts n − 1 blanks for n hard separators between two values, none at the ends', () => {
    expect(scanScores('9;;;10', NPS_SCORE_SCALE).rejected.empty).toBe(2);
    expect(scanScores(';;9\n\n', NPS_SCORE_SCALE).rejected.empty).toBe(0);
    expect(scanScores('9 ; ; 10', NPS_SCORE_SCALE).rejected.empty).toBe(1);
    expect(scanScores('9\n \n\t10', NPS_SCORE_SCALE).rejected.empty).toBe(2);
    expect(scanScores('"9";"";"10"', NPS_SCORE_SCALE).rejected.empty).toBe(1);
  });

  it('rejects absurdly long digit strings as out of range', () => {
    const r = scanScores('9'.repeat(400), NPS_SCORE_SCALE);
    expect(r.rejected.outOfRange).toBe(1);
    expect(r.examples[0]?.reason).toBe('out-of-range');
  });
});

describe('table edge cases', () => {
  it('trims spaces (non-breaking too) and control characters, in the picker and the full read alike', () => {
    const rows = [['a', '\u00a07'], ['b', '\u00017\u0002'], ['c'], ['d', '  '], ['e', '1.0e']];
    const accumulator = createColumnAccumulator({ scale: NPS_SCORE_SCALE, column: 1, skipRows: 0 });
    accumulator.addRows(rows);
    expect(accumulator.result()).toEqual({
      scale: NPS_SCORE_SCALE,
      histogram: [0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0],
      used: 2,
      rejected: { outOfRange: 0, notWhole: 0, notANumber: 1, empty: 2 },
      rejectedTotal: 1,
      examples: [{ text: '1.0e', reason: 'not-a-number' }],
    });
    expect(analyzeTable(rows, NPS_SCORE_SCALE).candidates.find((c) => c.index === 1)?.inScale).toBe(2);
  });

  it('describes every candidate column, row-number columns included', () => {
    const rows = [['No', 'Nama', 'Skor'], ['1', 'A', '9'], ['2', 'B', ''], ['3', 'C', '7,5'], ['4', 'D', 'x']];
    expect(analyzeTable(rows, NPS_SCORE_SCALE)).toEqual({
      hasHeader: true,
      headerRows: 1,
      columnCount: 3,
      rowCount: 4,
      candidates: [
        { index: 0, name: 'No', filled: 4, numeric: 4, inScale: 4, examples: ['1', '2', '3'], looksLikeRowNumber: true },
        { index: 2, name: 'Skor', filled: 3, numeric: 2, inScale: 1, examples: ['9', '7,5', 'x'], looksLikeRowNumber: false },
      ],
      suggested: 2,
      likelyScoreColumns: [2],
    });
  });
});

describe('which files are read as plain text', () => {
  async function sourceKind(name: string, type: string): Promise<string | undefined> {
    const messages: ScoreJobMessage[] = [];
    const file = new File(['Skor;Nama\n9;A\n7;B'], name, { type });
    await runScoreJob({ kind: 'file', file, scale: NPS_SCORE_SCALE }, (m) => messages.push(m));
    const last = messages.at(-1);
    return last?.type === 'result' ? last.source.kind : last?.type;
  }

  it('goes by the extension in any case, then by the type unless the name says CSV/TSV', async () => {
    expect(await sourceKind('SKOR.TXT', 'text/csv')).toBe('text');
    expect(await sourceKind('skor', 'text/plain')).toBe('text');
    expect(await sourceKind('skor.CSV', 'text/plain')).toBe('table');
    expect(await sourceKind('skor.tsv', 'text/plain')).toBe('table');
    expect(await sourceKind('skor.dat', '')).toBe('table');
  });
});
