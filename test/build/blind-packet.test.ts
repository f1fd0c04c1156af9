// The packets for blind and studied players: items only (no explanation, no guide link), options
// shuffled by a seed, a key that points at the right letter, and a scorer that reads answer sheets.
import { describe, expect, it } from 'vitest';
import { bandsText, guideText, packet, score, type PacketItem } from './blind-packet.mjs';
import { CES_BANDS } from '../../src/lib/metrics/ces-bands';
import { wordsOf } from '../support/all-words';
import { SURVEY_QUESTIONS } from '../../src/lib/survey-kit';

const label: PacketItem = {
  id: 'pos-90',
  scenario: 'Wulan bekerja di konveksi dan menjual lagi kaos kantornya.',
  question: 'Menurut posisinya, Wulan termasuk pelanggan jenis apa?',
  answer: 'b',
  guide: 'jenis-pelanggan/berdasarkan-posisi#aturan-pakai',
  options: [
    { id: 'a', text: 'Pelanggan perantara', type: 'posisi-perantara', explanation: 'PENJELASAN-A' },
    { id: 'b', text: 'Pelanggan internal', type: 'posisi-internal', explanation: 'PENJELASAN-B' },
    { id: 'c', text: 'Pelanggan eksternal', type: 'posisi-eksternal', explanation: 'PENJELASAN-C' },
  ],
};
const sentence: PacketItem = {
  id: 'pen-90',
  scenario: 'Seorang pembeli datang dengan kesal.\nIa membawa pesanan yang dingin.',
  question: 'Apa yang sebaiknya dilakukan?',
  answer: 'c',
  guide: 'menghadapi-pelanggan-bermasalah',
  options: ['Jelaskan aturan warung', 'Ganti pesanannya segera', 'Dengarkan lalu minta maaf', 'Tanyakan nomor pesanan'].map((text, i) => ({
    id: 'abcd'[i]!,
    text,
    explanation: `PENJELASAN-${i}`,
  })),
};

describe('a packet', () => {
  const { body, key } = packet('uji', [label, sentence], 'blind-a', 'benih');

  it('shows scenario, question and options, and nothing that gives the answer away', () => {
    expect(body).toContain('Seorang pembeli datang dengan kesal. Ia membawa pesanan yang dingin.');
    expect(body).toContain('**Apa yang sebaiknya dilakukan?**');
    for (const o of [...label.options, ...sentence.options]) expect(body).toContain(o.text);
    expect(body).not.toMatch(/PENJELASAN|panduan|#aturan-pakai|pos-90|pen-90/);
  });

  it('has a key whose letter is the right option, and tells label items from sentence items', () => {
    for (const k of key.items) {
      const item = k.id === label.id ? label : sentence;
      expect(k.letters[k.right]).toBe(item.answer);
      const line = body.split('\n').find((l) => l.startsWith(`${k.right}. `));
      expect(line).toBeDefined();
    }
    expect(Object.fromEntries(key.items.map((k) => [k.id, k.kind]))).toEqual({ 'pos-90': 'label', 'pen-90': 'sentence' });
  });

  it('is the same for the same seed and player, and shuffled differently for another seed', () => {
    expect(packet('uji', [label, sentence], 'blind-a', 'benih').body).toBe(body);
    const orders = new Set(['s1', 's2', 's3', 's4', 's5', 's6'].map((s) => packet('uji', [sentence], 'blind-a', s).key.items[0]!.right));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('puts the right option at each letter equally often (round 2 had C right in 9 of 11 items)', () => {
    const eleven = Array.from({ length: 11 }, (_, n) => ({ ...label, id: `pos-${70 + n}` }));
    for (const seed of ['buta-2', 'buta-3', 'benih']) {
      const counts = new Map<string, number>();
      for (const k of packet('uji', eleven, 'blind-b2', seed).key.items) counts.set(k.right, (counts.get(k.right) ?? 0) + 1);
      expect([...counts.values()].sort(), seed).toEqual([3, 4, 4]);
    }
  });
});

describe('scoring an answer sheet', () => {
  const { key } = packet('uji', [label, sentence], 'blind-b', 'benih');
  const right = (id: string) => key.items.find((k) => k.id === id)!;
  const wrongLetter = (id: string) => ['A', 'B', 'C', 'D'].find((l) => l !== right(id).right && right(id).letters[l])!;

  it('reads "n: X (cue: …)" lines in any of the usual forms and counts by kind and cue', () => {
    const sheet = [`${right('pos-90').n}: ${right('pos-90').right} (cue: echo)`, `${right('pen-90').n}. **${wrongLetter('pen-90')}** — careful wording`].join('\n');
    const r = score(sheet, key);
    expect(r.all).toEqual({ right: 1, of: 2 });
    expect(r.label).toEqual({ right: 1, of: 1 });
    expect(r.sentence).toEqual({ right: 0, of: 1 });
    expect(r.cues).toEqual({ echo: { right: 1, of: 1 }, 'careful wording': { right: 0, of: 1 } });
    expect(r.cueWins).toEqual(['pos-90: echo']);
    expect(r.missed).toEqual([`pen-90 (${wrongLetter('pen-90')}→${right('pen-90').right})`]);
  });

  it('counts an unanswered item as missed', () => {
    expect(score('', key).missed).toHaveLength(2);
  });
});

describe('the studied packet\'s guide text', () => {
  it('shows the reading bands and the standard questions the page shows, not the component tags', () => {
    const text = guideText('mengukur-kepuasan');
    expect(text).not.toMatch(/<Bands|<SurveyQuestion|<Comparison|<TypeList/);
    const [ranges, labels, readings] = (['range', 'label', 'reading'] as const).map((w) => wordsOf('ces', CES_BANDS, w));
    expect(bandsText('ces')).toBe(CES_BANDS.map((_, i) => `- ${ranges![i]}: ${labels![i]}. ${readings![i]}`).join('\n'));
    expect(text).toContain(bandsText('ces'));
    expect(guideText('survei-pelanggan')).toContain(`"${SURVEY_QUESTIONS.ces.text}" (1 = ${SURVEY_QUESTIONS.ces.low}, 7 = ${SURVEY_QUESTIONS.ces.high})`);
  });
});
