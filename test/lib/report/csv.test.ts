import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvFile, num, period, text } from '../../../src/lib/report/csv';

describe('CSV cells', () => {
  it('neutralises text that a spreadsheet would run as a formula (OWASP CSV injection)', () => {
    expect(csvFile([[text('=HYPERLINK("http://x","klik")')]])).toBe('\uFEFF"\'=HYPERLINK(""http://x"",""klik"")"\r\n');
    expect(csvFile([[text('+62 812 3456'), text('-Cabang Baru'), text('@mall'), text('\tTab'), text('\rCR')]])).toBe("\uFEFF'+62 812 3456;'-Cabang Baru;'@mall;'\tTab;\"'\rCR\"\r\n");
    expect(csvFile([[text('Cabang Bogor'), text('50% diskon'), text('')]])).toBe('\uFEFFCabang Bogor;50% diskon;\r\n');
  });
  it('keeps the page’s own numbers numbers, and periods text that is neither a date nor a formula', () => {
    expect(csvFile([[num('\u22124,3'), num('1.000'), num('22,5'), period('2026-07', 'Juli 2026'), period('2026-W48', '23–29 November 2026')]])).toBe(
      '\uFEFF-4,3;1.000;22,5;2026-07 (Juli 2026);2026-W48 (23–29 November 2026)\r\n',
    );
  });
  it('never lets a text cell start a formula, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = text(value).csv;
        return !/^[=+\-@\t\r]/.test(cell) && (cell === value || cell === `'${value}`);
      }),
    );
  });
});
