import fc from 'fast-check';
import { it, expect } from 'vitest';
import { interleave, answerType } from '../../../src/lib/quiz/session';
import { makeBank } from './fixtures';
const bank = makeBank(12).filter((i) => answerType(i));
it('probe', () => {
  let fails = 0, total = 0;
  fc.assert(fc.property(fc.shuffledSubarray(bank, { minLength: 2, maxLength: 14 }), (items) => {
    const counts = new Map<string, number>();
    for (const i of items) counts.set(answerType(i)!, (counts.get(answerType(i)!) ?? 0) + 1);
    const max = Math.max(...counts.values());
    if (max > Math.ceil(items.length / 2)) return;
    total++;
    const out = interleave(items).map(answerType);
    if (out.some((t, k) => k > 0 && t === out[k - 1])) { fails++; if (fails < 4) console.log(items.map(answerType).join(), '=>', out.join()); }
  }), { numRuns: 20000 });
  console.log({ fails, total });
});
