import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { npsFromHistogram, npsFromScores } from '../../../src/lib/metrics/nps';
import { CES_SCORE_SCALE, NPS_SCORE_SCALE, csatScoreScale } from '../../../src/lib/parse/score-tally';
import { detectCommaMode, scanScores } from '../../../src/lib/parse/scores';

const nps = (text: string) => scanScores(text, NPS_SCORE_SCALE);

describe('scanScores', () => {
  it('splits on newline, tab, comma, semicolon and space', () => {
    // "8, 7": a comma followed by a space is always a separator (see the comma rule).
    const r = nps('9\n10\t8, 7;6 5\r\n0');
    expect(r.histogram).toEqual([1, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1]);
    expect(r.used).toBe(7);
    expect(r.rejectedTotal).toBe(0);
    expect(r.commaMode).toBe('separator');
  });

  it('counts rejects by reason and keeps a few examples', () => {
    const r = nps('9\n11\n-1\n7,5\nabc\n8.5\n\n10\n100');
    expect(r.used).toBe(2);
    expect(r.rejected).toEqual({ outOfRange: 3, notWhole: 2, notANumber: 1, empty: 1 });
    expect(r.rejectedTotal).toBe(6);
    expect(r.examples).toEqual([
      { text: '11', reason: 'out-of-range' },
      { text: '-1', reason: 'out-of-range' },
      { text: '7,5', reason: 'not-whole' },
      { text: 'abc', reason: 'not-a-number' },
      { text: '8.5', reason: 'not-whole' },
    ]);
    expect(r.commaMode).toBe('decimal');
  });

  it('shortens long rejected examples', () => {
    const r = nps('x'.repeat(100));
    expect(r.examples[0]?.text).toBe(`${'x'.repeat(23)}…`);
  });

  it('validates against the scale', () => {
    expect(scanScores('0 1 7 8', CES_SCORE_SCALE).histogram).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(scanScores('0 1 7 8', CES_SCORE_SCALE).rejected.outOfRange).toBe(2);
    const csat10 = scanScores('1 10 0 11', csatScoreScale(10));
    expect(csat10.used).toBe(2);
    expect(csat10.histogram[0]).toBe(1);
    expect(csat10.histogram[9]).toBe(1);
  });

  it('accepts whole-valued decimals and Indonesian numbers, rejects thousands as out of range', () => {
    const r = nps('8.0\n9,0\n1.000\n+7\n−3\n007');
    expect(r.commaMode).toBe('decimal');
    expect(r.used).toBe(4);
    expect(r.histogram[8]).toBe(1);
    expect(r.histogram[9]).toBe(1);
    expect(r.histogram[7]).toBe(2);
    expect(r.rejected.outOfRange).toBe(2);
  });

  it('ignores quotes and leading/trailing blanks, counts blanks between values', () => {
    expect(nps('"9","10"').used).toBe(2);
    expect(nps('\n\n9\n10\n\n').rejected.empty).toBe(0);
    expect(nps('9,,10').rejected.empty).toBe(1);
    expect(nps('9\n\n\n10').rejected.empty).toBe(2);
    expect(nps('9, 10 ,  8').rejected.empty).toBe(0);
    expect(nps('9\t\t8').rejected.empty).toBe(1);
  });

  it('handles empty and whitespace-only input', () => {
    for (const text of ['', '   ', '\n\n', ',,,']) {
      const r = nps(text);
      expect(r.used).toBe(0);
      expect(r.rejectedTotal).toBe(0);
      expect(r.histogram.every((c) => c === 0)).toBe(true);
    }
  });

  it('feeds the NPS calculator with the same result as raw numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 200 }), fc.constantFrom('\n', ',', '\t', ';', ' ', ', ', '\r\n'), (scores, separator) => {
        const r = nps(scores.join(separator));
        expect(r.used).toBe(scores.length);
        expect(npsFromHistogram(r.histogram)).toEqual(npsFromScores(scores));
      }),
    );
  });
});

describe('comma rule', () => {
  it('reads commas as separators in the common cases', () => {
    expect(detectCommaMode('9,10,8')).toBe('separator');
    expect(detectCommaMode('9, 10, 8')).toBe('separator');
    expect(detectCommaMode('9,10,8\n7,6,5')).toBe('separator');
    expect(detectCommaMode('Nama,Skor\nBudi,9')).toBe('separator');
    expect(detectCommaMode('9\n10\n8')).toBe('separator');
    // A lone "7,5" with no other separator is the ambiguous case: two scores.
    expect(detectCommaMode('7,5')).toBe('separator');
    expect(nps('7,5').used).toBe(2);
    expect(nps('9,10,8').used).toBe(3);
  });

  it('reads commas as decimal marks in a column of Indonesian decimals', () => {
    expect(detectCommaMode('7,5\n8,0\n9')).toBe('decimal');
    expect(detectCommaMode('7,5 8,0')).toBe('decimal');
    expect(detectCommaMode('7,5;8,25')).toBe('decimal');
    const r = nps('7,5\n8,0\n9');
    expect(r.used).toBe(2);
    expect(r.rejected.notWhole).toBe(1);
  });

  it('never turns "7,5" into two valid scores when other separators are present', () => {
    const r = nps('9\n7,5\n10');
    expect(r.used).toBe(2);
    expect(r.rejected.notWhole).toBe(1);
  });
});
