// Messages between the report page and its worker (types only: nothing here ships twice).
import type { Aggregate, ReportConfig } from '../lib/report/aggregate';
import type { FoundColumns, OpenError, OpenOptions, Opened, Progress } from './report-job';

export type ReportRequest =
  /** Open a file (or another sheet of the open workbook, or with quotes read as text): answers `opened` or `failed`. */
  | ({ readonly type: 'open'; readonly file: File } & OpenOptions)
  /** Columns of the open file by title or number: answers `found`. */
  | { readonly type: 'find'; readonly query: string }
  /** Read the open file whole with these roles: answers `progress`…, then `done` or `failed`. */
  | { readonly type: 'run'; readonly config: ReportConfig };

export type ReportReply =
  | { readonly type: 'opened'; readonly info: Opened }
  | { readonly type: 'found'; readonly query: string; readonly found: FoundColumns }
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly data: Aggregate }
  | { readonly type: 'failed'; readonly code: OpenError };
