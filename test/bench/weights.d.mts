export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** HTML plus render-blocking CSS and scripts, gzip level 9: what the first render waits for. */
  firstViewGzip: number;
  /** Script that runs before the reader interacts, gzip level 9. */
  jsGzip: number;
  /** Script the page may load on use (lazy chunks, workers), on top of `jsGzip`. */
  jsOnUseGzip: number;
  jsOnUseFiles: string[];
  /** SheetJS's share of `jsOnUseGzip`: loaded only when an .xlsx is opened. */
  sheetJsGzip: number;
  jsFiles: string[];
  frameworkRuntime: boolean;
}
export function pageWeight(dist: string, path: string): PageWeight;
