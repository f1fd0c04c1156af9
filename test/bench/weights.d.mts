export interface PageWeight {
  htmlGzip: number;
  cssGzip: number;
  jsGzip: number;
  jsFiles: string[];
  frameworkRuntime: boolean;
}
export function pageWeight(dist: string, path: string): PageWeight;
