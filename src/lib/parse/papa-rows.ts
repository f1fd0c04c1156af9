/**
 * Thin promise wrapper around Papa Parse's chunked reading.
 *
 * Takes a File (in the worker, streamed in 1 MB chunks so memory stays flat for big exports)
 * or a string (same code path, used by tests in Node where Papa cannot read a File).
 */
import Papa from 'papaparse';
import type { ParseResult } from 'papaparse';
import type { Row } from './table';

export interface RowsOptions {
  /** Stop after this many rows (for the column preview). */
  readonly preview?: number;
  /** Called per chunk with its rows and the characters read so far. */
  readonly onRows: (rows: Row[], cursor: number) => void;
}

export const CHUNK_SIZE = 1024 * 1024;

export function readRows(input: File | string, options: RowsOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const config = {
      chunkSize: CHUNK_SIZE,
      skipEmptyLines: 'greedy' as const,
      preview: options.preview ?? 0,
      chunk(results: ParseResult<string[]>) {
        options.onRows(results.data, results.meta.cursor);
      },
      complete: () => resolve(),
      error: reject,
    };
    if (typeof input === 'string') Papa.parse<string[]>(input, config);
    else Papa.parse<string[], File>(input, config);
  });
}
