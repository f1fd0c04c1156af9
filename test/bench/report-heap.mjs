// The report worker's memory on a big file, measured in Node on the same code (report-job.ts,
// bundled by esbuild): Chromium exposes no heap figure inside a worker. The file is read from
// disk as a Blob, so only what the reading keeps is on the heap. Prints the peak and the time.
import { openAsBlob } from 'node:fs';
import { openFile } from '../../src/workers/report-job';

const file = await openAsBlob(process.argv[2]);
let peak = 0;
const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
const t = performance.now();
const opened = await openFile(file);
const { roles, headerRows, dateOrder } = opened.info.detection;
const data = await opened.run({ headerRows, dateOrder, date: roles.date, score: roles.score, metric: roles.metric, segments: roles.segments, comment: roles.comment }, () => {
  peak = Math.max(peak, process.memoryUsage().heapUsed);
});
clearInterval(sample);
console.log(JSON.stringify({ ms: Math.round(performance.now() - t), peakHeap: peak, used: data.used }));
