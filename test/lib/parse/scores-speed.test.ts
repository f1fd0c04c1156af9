import { expect, it } from 'vitest';
import { NPS_SCORE_SCALE } from '../../../src/lib/parse/score-tally';
import { scanScores } from '../../../src/lib/parse/scores';

/** Deterministic pseudo-random scores so the timing input is the same every run. */
function million(separator: string): string {
  const parts = new Array<string>(1_000_000);
  let seed = 12345;
  for (let i = 0; i < parts.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    parts[i] = String(seed % 11);
  }
  return parts.join(separator);
}

it('scans 1,000,000 scores well under 300 ms', { timeout: 30_000 }, () => {
  for (const separator of ['\n', ',']) {
    const text = million(separator);
    scanScores(text, NPS_SCORE_SCALE); // warm-up so the JIT has compiled the loop
    const times: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const result = scanScores(text, NPS_SCORE_SCALE);
      times.push(performance.now() - start);
      expect(result.used).toBe(1_000_000);
    }
    const best = Math.min(...times);
    console.info(`scanScores 1M (${JSON.stringify(separator)}): best ${best.toFixed(1)} ms of ${times.map((t) => t.toFixed(1)).join(', ')}`);
    expect(best).toBeLessThan(300);
  }
});
