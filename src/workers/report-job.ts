/**
 * What the report worker does, as plain async functions that also run in Node (tests, bench):
 * open a file with the survey-file reader (survey-file.ts), then read it whole into the report's
 * aggregate with the confirmed roles.
 */
import { createAccumulator } from '../lib/report/aggregate';
import type { Aggregate, ReportConfig } from '../lib/report/aggregate';
import { openSurveyFile } from './survey-file';
import type { OpenFile, OpenOptions, Progress } from './survey-file';

export { COLUMNS_LISTED, OpenFailure } from './survey-file';
export type { FoundColumns, OpenError, OpenOptions, Opened, Progress, UnclosedQuote } from './survey-file';

/** An opened file, ready to be read whole into a report. */
export interface OpenReport extends Pick<OpenFile, 'info' | 'find'> {
  run(config: ReportConfig, onProgress: (p: Progress) => void): Promise<Aggregate>;
}

/** Opens a picked file for the report (see OpenOptions). */
export async function openFile(file: Blob, options: OpenOptions = {}): Promise<OpenReport> {
  const opened = await openSurveyFile(file, options);
  return {
    info: opened.info,
    find: opened.find,
    async run(config, onProgress) {
      const accumulator = createAccumulator(config, opened.firstRow);
      await opened.read(accumulator, onProgress);
      return accumulator.finish();
    },
  };
}
