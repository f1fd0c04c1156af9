// A column as the page names it: its header, or its position when the file has none.
import { fmt } from '../../i18n/fill';
import { word } from '../../i18n/id-report';
import type { ColumnInfo } from './detect';

export const columnLabel = (name: string, index: number): string => name || fmt(word('report.unnamedColumn'), { n: index + 1 });

/** The column numbered `index` among those the page holds (a bounded list, see workers/columns.ts). */
export const columnAt = (columns: readonly ColumnInfo[], index: number | null): ColumnInfo | undefined =>
  index === null ? undefined : columns.find((c) => c.index === index);
