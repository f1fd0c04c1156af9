import { test } from 'vitest';
import { scanScores } from '../../../src/lib/parse/scores';
test("bench", { timeout: 120000 }, () => {
const parts: string[] = [];
for (let i = 0; i < 1_000_000; i++) parts.push(String(Math.floor(Math.random() * 11)));
const text = parts.join('\n');
for (let r = 0; r < 5; r++) {
  const t = performance.now();
  const s = scanScores(text, { min: 0, max: 10 });
  console.log((performance.now() - t).toFixed(1), 'ms', s.used, text.length);
}
const t2 = text.replace(/\n/g, ',');
let t = performance.now(); scanScores(t2, { min: 0, max: 10 }); console.log('comma', (performance.now() - t).toFixed(1));
const t3 = parts.map(p => p + ',0').join('\n');
t = performance.now(); const r3 = scanScores(t3, { min: 0, max: 10 }); console.log('decimal ,0', (performance.now() - t).toFixed(1), r3.commaMode, r3.used);
const t4 = parts.map(p => p + '.5').join('\n');
t = performance.now(); const r4 = scanScores(t4, { min: 0, max: 10 }); console.log('all rejected .5', (performance.now() - t).toFixed(1), r4.rejected);
});
