// A column as the page names it: its header, or its position when the file has none.
import type { ColumnInfo } from './detect';
import type { ReportT } from './present';

/** `name`, or "Kolom N" worded by the page's translator `t`. */
export const columnLabel = (t: ReportT, name: string, index: number): string => name || t('report.unnamedColumn', { n: index + 1 });

/** The column numbered `index` among those the page holds (a bounded list, see workers/columns.ts). */
export const columnAt = (columns: readonly ColumnInfo[], index: number | null): ColumnInfo | undefined =>
  index === null ? undefined : columns.find((c) => c.index === index);
