// One purchase-count threshold for "loyal" in the type card, the profiler and the quiz: the card
// says "lebih dari dua kali" (with a regular pattern); the profiler must not weigh fewer towards
// loyal, and the quiz items that hinge on the count must agree.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../support/paths';

const read = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));
const NUMBER_WORDS = ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima'];

const loyal = read('content/tipe/hubungan-loyal.yaml') as { signs: string[] };
const thresholdWord = loyal.signs.join(' ').match(/lebih dari (\w+) kali/)?.[1] ?? '';
const threshold = NUMBER_WORDS.indexOf(thresholdWord);

describe('the loyal threshold', () => {
  it('is stated on the loyal card', () => {
    expect(threshold, `loyal card signs: ${loyal.signs.join(' | ')}`).toBeGreaterThan(0);
  });

  it('is the profiler\'s: answers that weigh towards loyal are above it, the answer at it weighs nothing', () => {
    const profiler = read('content/profiler.yaml') as { questions: { id: string; answers: { text: string; weights?: Record<string, number>; neutral?: boolean }[] }[] };
    const frequency = profiler.questions.find((q) => q.id === 'frekuensi')!;
    for (const a of frequency.answers) {
      if (a.weights?.['hubungan-loyal']) expect(a.text.toLowerCase()).toContain(`lebih dari ${thresholdWord} kali`);
    }
    const atThreshold = frequency.answers.find((a) => a.text.toLowerCase().startsWith(thresholdWord));
    expect(atThreshold?.neutral, `"${thresholdWord} kali" says nothing about loyalty`).toBe(true);
  });

  it('is the quiz\'s: items that show a count at or below it never answer "loyal"', () => {
    const items = read('content/kuis/hubungan.yaml') as { id: string; scenario: string; answer: string; options: { id: string; type?: string }[] }[];
    const atMost = NUMBER_WORDS.slice(1, threshold + 1).map((w) => new RegExp(`\\b${w} kali\\b`, 'i'));
    const counted = items.filter((i) => atMost.some((re) => re.test(i.scenario)));
    expect(counted.map((i) => i.id)).toEqual(expect.arrayContaining(['hub-05']));
    for (const item of counted) {
      expect(item.options.find((o) => o.id === item.answer)?.type, item.id).not.toBe('hubungan-loyal');
    }
  });
});
