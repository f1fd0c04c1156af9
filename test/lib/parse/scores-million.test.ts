import { expect, it } from 'vitest';
import { NPS_SCORE_SCALE } from '../../../src/lib/parse/score-tally';
import { scanScores } from '../../../src/lib/parse/scores';

// How fast is measured by `npm run bench` (a million pasted scores in Chromium), not here:
// timings in a shared test run only flake. This checks the scan is right at that size.

/** Deterministic pseudo-random scores, with their expected counts. */
function million(separator: string): { text: string; counts: number[] } {
  const parts = new Array<string>(1_000_000);
  const counts = new Array<number>(11).fill(0);
  let seed = 12345;
  for (let i = 0; i < parts.length; i += 1) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const score = seed % 11;
    parts[i] = String(score);
    counts[score]! += 1;
  }
  return { text: parts.join(separator), counts };
}

it('scans 1,000,000 scores, split by newlines or commas, counting every one', { timeout: 30_000 }, () => {
  for (const separator of ['\n', ',']) {
    const { text, counts } = million(separator);
    const result = scanScores(text, NPS_SCORE_SCALE);
    expect(result.used).toBe(1_000_000);
    expect(result.rejectedTotal).toBe(0);
    expect(result.histogram).toEqual(counts);
  }
});
