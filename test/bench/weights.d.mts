export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  /** HTML plus render-blocking CSS and scripts, gzip level 9: what the first render waits for. */
  firstViewGzip: number;
  jsGzip: number;
  jsFiles: string[];
  frameworkRuntime: boolean;
}
export function pageWeight(dist: string, path: string): PageWeight;
