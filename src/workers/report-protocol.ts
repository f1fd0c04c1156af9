// Messages between the report page and its worker (types only: nothing here ships twice).
import type { Aggregate, ReportConfig } from '../lib/report/aggregate';
import type { OpenError, Opened, Progress } from './report-job';

export type ReportRequest =
  /** Open a file (or another sheet of the open workbook): answers `opened` or `failed`. */
  | { readonly type: 'open'; readonly file: File; readonly sheet?: string | null }
  /** Read the open file whole with these roles: answers `progress`…, then `done` or `failed`. */
  | { readonly type: 'run'; readonly config: ReportConfig };

export type ReportReply =
  | { readonly type: 'opened'; readonly info: Opened }
  | { readonly type: 'progress'; readonly progress: Progress }
  | { readonly type: 'done'; readonly data: Aggregate }
  | { readonly type: 'failed'; readonly code: OpenError };
