import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { NPS_SCORE_SCALE, csatScoreScale } from '../../../src/lib/parse/score-tally';
import { analyzeTable, CANDIDATES_SENT, COLUMNS_SHOWN, createColumnAccumulator, offerColumns, offerFor } from '../../../src/lib/parse/table';

const rowsOf = (csv: string): string[][] => Papa.parse<string[]>(csv, { skipEmptyLines: 'greedy' }).data;

const SURVEY = `No;Tanggal;Nama;Skor;Komentar
1;01/03/2024;Budi;9;Cepat
2;01/03/2024;Ani;10;
3;02/03/2024;Sari;6;Lama antre
4;02/03/2024;Joko;;tidak menjawab
5;03/03/2024;Dewi;7,5;ragu
6;03/03/2024;Rina;12;
7;04/03/2024;Tono;8;Oke
8;04/03/2024;Wati;10;Mantap
9;05/03/2024;Eko;3;
10;05/03/2024;Lia;9;
11;06/03/2024;Andi;10;
12;06/03/2024;Putri;2;`;

describe('header rows, as the survey-file reader finds them for the report too', () => {
  const headerRows = (csv: string) => analyzeTable(rowsOf(csv), NPS_SCORE_SCALE).headerRows;
  it('finds a text first row over the data', () => {
    expect(headerRows(SURVEY)).toBe(1);
    expect(headerRows('Skor\n9\n10\n8')).toBe(1);
  });

  it('does not invent a header', () => {
    expect(headerRows('9\n10\n8')).toBe(0);
    expect(headerRows('Skor')).toBe(0);
    expect(headerRows('')).toBe(0);
  });
});

describe('analyzeTable', () => {
  it('lists numeric candidate columns with counts and suggests the score column', () => {
    const analysis = analyzeTable(rowsOf(SURVEY), NPS_SCORE_SCALE);
    expect(analysis.hasHeader).toBe(true);
    expect(analysis.columnCount).toBe(5);
    expect(analysis.rowCount).toBe(12);
    expect(analysis.candidates.map((c) => c.name)).toEqual(['No', 'Skor']);
    const score = analysis.candidates[1];
    expect(score).toMatchObject({ index: 3, filled: 11, numeric: 11, inScale: 9 });
    expect(score?.examples).toEqual(['9', '10', '6']);
    // "No" has more values inside 0–10 than the score column, but it is a row number.
    expect(analysis.candidates[0]).toMatchObject({ index: 0, numeric: 12, inScale: 10, looksLikeRowNumber: true });
    expect(score?.looksLikeRowNumber).toBe(false);
    expect(analysis.suggested).toBe(3);
    expect(analysis.likelyScoreColumns).toEqual([3]);
  });

  it('leaves a column without a header unnamed (the page names it by number) and suggests the best one', () => {
    const analysis = analyzeTable(rowsOf('x,9\ny,10\nz,4'), NPS_SCORE_SCALE);
    expect(analysis.hasHeader).toBe(false);
    expect(analysis.candidates.map((c) => c.name)).toEqual(['']);
    expect(analysis.suggested).toBe(1);
  });

  it('returns no candidates for text-only tables', () => {
    const analysis = analyzeTable(rowsOf('a,b\nc,d'), NPS_SCORE_SCALE);
    expect(analysis.candidates).toEqual([]);
    expect(analysis.suggested).toBeNull();
  });
});

describe('createColumnAccumulator', () => {
  it('tallies one column across chunks, skipping the header once', () => {
    const rows = rowsOf(SURVEY);
    const accumulator = createColumnAccumulator({ scale: NPS_SCORE_SCALE, column: 3, skipRows: 1 });
    accumulator.addRows(rows.slice(0, 5));
    accumulator.addRows(rows.slice(5));
    const tally = accumulator.result();
    expect(accumulator.rowsSeen).toBe(13);
    expect(tally.used).toBe(9);
    expect(tally.rejected).toEqual({ outOfRange: 1, notWhole: 1, notANumber: 0, empty: 1 });
    expect(tally.examples).toEqual([
      { text: '7,5', reason: 'not-whole' },
      { text: '12', reason: 'out-of-range' },
    ]);
    expect(tally.histogram).toEqual([0, 0, 1, 1, 0, 0, 1, 0, 1, 2, 3]);
  });

  it('counts short rows as blanks and trims cells', () => {
    const accumulator = createColumnAccumulator({ scale: csatScoreScale(5), column: 1, skipRows: 0 });
    accumulator.addRows([['a', ' 5 '], ['b'], ['c', '']]);
    const tally = accumulator.result();
    expect(tally.used).toBe(1);
    expect(tally.rejected.empty).toBe(2);
  });
});

describe('columns offered from a very wide file', () => {
  const wide = (n: number) => {
    const row = Array.from({ length: n }, (_, i) => String(i % 11));
    return analyzeTable([row, row], NPS_SCORE_SCALE);
  };
  it('sends the page a few hundred candidates but every numeric column for the search', () => {
    const offer = offerFor(wide(5_000));
    expect(offer.candidates.length).toBe(CANDIDATES_SENT);
    expect(offer.numericCount).toBe(5_000);
    expect(offer.indices.length).toBe(5_000);
  });
  const unnamed = 'Kolom {n}';
  it('finds a column by number first, and by header words', () => {
    const offer = offerFor(wide(5_000));
    const byNumber = offerColumns(offer, '4321', unnamed);
    expect(byNumber.shown[0]).toEqual({ index: 4320, name: '' });
    expect(byNumber.shown.length).toBeLessThanOrEqual(COLUMNS_SHOWN);
    expect(offerColumns(offer, 'zzz', unnamed)).toEqual({ shown: [], total: 0 });
    const named = offerFor(analyzeTable([['No', 'Nama', 'Skor NPS', 'Skor CSAT'], ['1', 'A', '9', '4'], ['2', 'B', '10', '5'], ['3', 'C', '3', '2']], NPS_SCORE_SCALE));
    expect(offerColumns(named, 'skor', unnamed).shown.map((c) => c.name)).toEqual(['Skor NPS', 'Skor CSAT']);
  });
  it('finds a column without a header by the words the page names it with ("kolom 3"), as well as by its number', () => {
    const offer = offerFor(wide(40));
    expect(offerColumns(offer, 'kolom 3', unnamed).shown.map((c) => c.index)).toEqual([2, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38]);
    expect(offerColumns(offer, 'KOLOM 40', unnamed).shown).toEqual([{ index: 39, name: '' }]);
    expect(offerColumns(offer, '3', unnamed).shown[0]).toEqual({ index: 2, name: '' });
    // A header is searched as written, not as "Kolom N".
    const named = offerFor(analyzeTable([['Skor', ''], ['9', '4'], ['10', '5']], NPS_SCORE_SCALE));
    expect(offerColumns(named, 'kolom 1', unnamed).shown).toEqual([]);
    expect(offerColumns(named, 'kolom 2', unnamed).shown).toEqual([{ index: 1, name: '' }]);
  });
  it('offers the columns with the most usable scores when there are too many to show', () => {
    const { shown, total } = offerColumns(offerFor(wide(1_000)), '', unnamed);
    expect(total).toBe(1_000);
    expect(shown).toHaveLength(COLUMNS_SHOWN);
    expect(shown.map((c) => c.index)).toEqual([...shown.map((c) => c.index)].sort((a, b) => a - b));
  });
});
