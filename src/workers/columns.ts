/**
 * What the page is told about a file's columns: a bounded list (a file of 100,000 columns once
 * sent them all, and five selects of 100,000 options froze the page for seconds), the roles'
 * columns and the remembered ones first, then the others that hold values, in file order; any
 * other column is found by its title or number (`findColumns`), a few at a time.
 */
import type { ColumnInfo, Detection } from '../lib/report/detect';

/** Columns listed in the confirm step's selects; a wider file gets a search for the rest. */
export const COLUMNS_LISTED = 200;
/** Columns a search answers with at once. */
export const COLUMNS_FOUND = 20;

/** The columns to list, in file order: the roles', those named in `remembered`, then those with values. */
export function listColumns(detection: Detection, remembered: readonly string[] = [], limit = COLUMNS_LISTED): ColumnInfo[] {
  const { columns, roles } = detection;
  const chosen = new Set<number>();
  const add = (index: number | null | undefined) => {
    if (index !== null && index !== undefined && chosen.size < limit && columns[index]) chosen.add(index);
  };
  [roles.date, roles.score, ...roles.segments, roles.comment].forEach(add);
  if (remembered.length) for (const c of columns) if (remembered.includes(c.name)) add(c.index);
  // Columns with no value in the rows read cannot take a role: they are not offered.
  for (const c of columns) {
    if (chosen.size >= limit) break;
    if (c.filled > 0) add(c.index);
  }
  return [...chosen].sort((a, b) => a - b).map((i) => columns[i]!);
}

export interface Found {
  /** Up to COLUMNS_FOUND, an exact column number first, then titles holding the query. */
  readonly columns: readonly ColumnInfo[];
  /** How many columns match in all. */
  readonly total: number;
}

/** Columns whose title holds `query` (any case), or whose 1-based number it is. */
export function findColumns(detection: Detection, query: string, limit = COLUMNS_FOUND): Found {
  const q = query.trim().toLowerCase();
  if (!q) return { columns: [], total: 0 };
  const { columns } = detection;
  const found: ColumnInfo[] = [];
  const wanted = /^\d+$/.test(q) ? Number(q) - 1 : -1;
  if (columns[wanted]) found.push(columns[wanted]);
  let total = found.length;
  for (const c of columns) {
    if (c.index === wanted || !c.name.toLowerCase().includes(q)) continue;
    total += 1;
    if (found.length < limit) found.push(c);
  }
  return { columns: found, total };
}
