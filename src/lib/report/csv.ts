/**
 * Cells of the CSV files the report writes, for spreadsheets set to Indonesian (semicolons,
 * decimal commas, a BOM so Excel reads UTF-8). Three kinds, so that no text from a visitor's
 * file ever runs as a formula and the page's own numbers stay numbers:
 * - {@link text}: any text, from the file or ours. A cell starting with `=`, `+`, `-`, `@`, a
 *   tab or a carriage return gets a leading `'`, as OWASP's "CSV Injection" guidance says, so a
 *   branch named `=HYPERLINK(…)`, `+62 812…` or `-Cabang Baru` is shown, never run.
 * - {@link num}: a number the page wrote (`−4,3` → `-4,3`, ASCII minus, which Excel reads as a
 *   number; `1.000` stays `1.000`).
 * - {@link key}: a period key the page wrote (`2026-07`), as `="2026-07"`, the one way Excel
 *   keeps it as text instead of turning it into a date (a constant formula of our own).
 */

/** A cell ready for the file, already neutralised or typed. */
export type Cell = { readonly csv: string; readonly bare?: true };

const TRIGGERS = /^[=+\-@\t\r]/;

export const text = (value: string): Cell => ({ csv: TRIGGERS.test(value) ? `'${value}` : value });
/**
 * The typographic minus of `src/lib/format.ts` (its `MINUS`; a test holds them equal), written
 * here rather than imported: "Rekap kelas" uses these cells too, and importing the calculators'
 * number formatting would split it into a chunk of its own that every calculator page then loads.
 */
const MINUS = '\u2212';
export const num = (written: string): Cell => ({ csv: written.replaceAll(MINUS, '-') });
/** Unquoted, as Excel expects the text formula (a key holds no separator or line break). */
export const key = (periodKey: string): Cell => ({ csv: `="${periodKey}"`, bare: true });
export const blank: Cell = { csv: '' };

/** Quotes a cell that holds the separator, a quote or a line break. */
const quoted = (cell: Cell) => (!cell.bare && /[";\r\n]/.test(cell.csv) ? `"${cell.csv.replaceAll('"', '""')}"` : cell.csv);

/** The file: a BOM, rows of cells joined by semicolons, CRLF line ends. */
export const csvFile = (rows: readonly (readonly Cell[])[]): string => `\uFEFF${rows.map((r) => r.map(quoted).join(';')).join('\r\n')}\r\n`;
