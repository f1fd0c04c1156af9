// A column as the page names it: its header, or its position when the file has none.
import { fmt } from '../../i18n/fill';
import { word } from '../../i18n/id-report';

export const columnLabel = (name: string, index: number): string => name || fmt(word('report.unnamedColumn'), { n: index + 1 });
