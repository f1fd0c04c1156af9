/**
 * Cells of the CSV files the report writes, for spreadsheets set to Indonesian (semicolons,
 * decimal commas, a BOM so Excel reads UTF-8). Three kinds, so that no text from a visitor's
 * file ever runs as a formula and the page's own numbers stay numbers:
 * - {@link text}: any text, from the file or ours. A cell starting with `=`, `+`, `-`, `@`, a
 *   tab or a carriage return gets a leading `'`, as OWASP's "CSV Injection" guidance says, so a
 *   branch named `=HYPERLINK(…)`, `+62 812…` or `-Cabang Baru` is shown, never run.
 * - {@link num}: a number the page wrote (`−4,3` → `-4,3`, ASCII minus, which Excel reads as a
 *   number; `1.000` stays `1.000`).
 * - {@link period}: a period the page wrote, as its key and its name, `2026-07 (Juli 2026)`:
 *   text that no spreadsheet reads as a date (see below).
 */
import { MINUS } from '../format';

/** A cell ready for the file, already neutralised or typed. */
export type Cell = { readonly csv: string };

const TRIGGERS = /^[=+\-@\t\r]/;

export const text = (value: string): Cell => ({ csv: TRIGGERS.test(value) ? `'${value}` : value });
export const num = (written: string): Cell => ({ csv: written.replaceAll(MINUS, '-') });
/**
 * Excel opening a CSV turns a bare month key `2026-07` into the date 1 July 2026 (shown `Jul-26`),
 * and a month name with a year (`Juli 2026`) may become a date too; a week (`2026-W27`) or quarter
 * (`2026-Q3`) key it leaves alone. The name after the key in brackets makes every period a string
 * that parses as neither date nor number, so it stays text, still sorts by its key, and needs no
 * formula: `="2026-07"`, the usual trick, is one, and LibreOffice shows it as written unless told
 * to evaluate formulas on import.
 */
export const period = (periodKey: string, name: string): Cell => text(`${periodKey} (${name})`);
export const blank: Cell = { csv: '' };

/** Quotes a cell that holds the separator, a quote or a line break. */
const quoted = (cell: Cell) => (/[";\r\n]/.test(cell.csv) ? `"${cell.csv.replaceAll('"', '""')}"` : cell.csv);

/** The file: a BOM, rows of cells joined by semicolons, CRLF line ends. */
export const csvFile = (rows: readonly (readonly Cell[])[]): string => `\uFEFF${rows.map((r) => r.map(quoted).join(';')).join('\r\n')}\r\n`;
