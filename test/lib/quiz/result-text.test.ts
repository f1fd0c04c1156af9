// The text a trainee sends their trainer, written out by hand.
import { describe, expect, it } from 'vitest';
import { parseResultCode } from '../../../src/lib/quiz/result-code';
import { resultText, scenarioStart, weakestTopic } from '../../../src/lib/quiz/result-text';
import type { Summary } from '../../../src/lib/quiz/session';
import { trainerSendWords } from '../../../src/i18n/id-trainer-send';
import { translator } from '../../../src/i18n/translate';

const words = {
  ...trainerSendWords,
  'trainer.resultHead': 'Hasil kuis',
  'trainer.resultName': 'Nama: {name}',
  'trainer.resultDate': 'Tanggal: {date}',
  'trainer.resultScore': 'Skor: {correct} dari {total} ({pct}%)',
  'trainer.resultTopic': '- {topic}: {correct}/{total} ({pct}%)',
  'trainer.resultMissed': 'Salah:',
  'trainer.resultMissedItem': '- {topic}: “{scenario}” [{id}]',
  'trainer.resultReread': '  Baca lagi: {href}',
  'trainer.resultNoMissed': 'Semua benar.',
  'trainer.resultWeakest': 'Pelajari lagi: {topic}',
  'trainer.resultLink': 'Kuis: {link}',
} as const;
const option = { id: 'a', text: 'A', explanation: 'karena A' };
const result: Summary = {
  total: 5,
  answered: 5,
  correct: 3,
  pct: 60,
  // Written out of bank order: the text follows the bank's topic order.
  byTopic: { hubungan: { total: 2, correct: 1, pct: 50 }, posisi: { total: 3, correct: 2, pct: 67 } },
  mistakes: [
    { itemId: 'pos-02', topic: 'posisi', scenario: 'Bu Sari mengambil sepuluh karton mi instan setiap minggu dari distributor.', question: 'Siapa?', chosen: option, right: option, guide: 'jenis-pelanggan#perantara' },
    { itemId: 'hub-04', topic: 'hubungan', scenario: 'Pak Budi marah.', question: 'Siapa?', chosen: option, right: option, guide: 'tanpa-tautan' },
  ],
  answers: [
    { itemId: 'pos-01', chosen: 'a' },
    { itemId: 'pos-02', chosen: 'c' },
    { itemId: 'hub-04', chosen: 'b' },
    { itemId: 'pos-03', chosen: 'a' },
    { itemId: 'hub-01', chosen: 'a' },
  ],
};
const options = {
  name: '  Siti   Rahma ',
  date: '2 Desember 2026',
  topicNames: { posisi: 'Posisi', hubungan: 'Hubungan' },
  link: 'https://x/kuis/latihan/?topik=posisi,hubungan&jumlah=5&seed=a&umpan=langsung',
  params: { topics: ['posisi', 'hubungan'], size: 5, seed: 'a' },
  guideHref: (guide: string) => (guide === 'tanpa-tautan' ? undefined : `https://x/panduan/${guide.replace('#', '/#')}`),
  t: translator(words),
};

describe('resultText', () => {
  it('lists name, date, score, each topic in bank order, each miss with its topic, scenario and guide, the weakest topic, the link and the code', () => {
    const lines = resultText(result, options).split('\n');
    expect(lines.slice(0, -1)).toEqual([
      'Hasil kuis',
      'Nama: Siti Rahma',
      'Tanggal: 2 Desember 2026',
      'Skor: 3 dari 5 (60%)',
      '- Posisi: 2/3 (67%)',
      '- Hubungan: 1/2 (50%)',
      'Salah:',
      '- Posisi: “Bu Sari mengambil sepuluh karton mi instan setiap…” [pos-02]',
      '  Baca lagi: https://x/panduan/jenis-pelanggan/#perantara',
      '- Hubungan: “Pak Budi marah.” [hub-04]',
      'Pelajari lagi: Hubungan',
      'Kuis: https://x/kuis/latihan/?topik=posisi,hubungan&jumlah=5&seed=a&umpan=langsung',
    ]);
    expect(lines.at(-1)).toMatch(/^Kode rekap: v1 topik=posisi,hubungan jumlah=5 seed=a jawaban=pos-01:a,pos-02:c,hub-04:b,pos-03:a,hub-01:a cek=[0-9a-z]+$/);
    expect(parseResultCode(lines.at(-1)!, 'Siti Rahma')).toEqual({ code: { topics: ['posisi', 'hubungan'], size: 5, seed: 'a', answers: result.answers } });
  });

  it('says so when nothing was missed, with no topic to study again', () => {
    const text = resultText({ ...result, correct: 5, pct: 100, mistakes: [], byTopic: { posisi: { total: 5, correct: 5, pct: 100 } } }, options);
    expect(text).toContain('Semua benar.');
    expect(text).not.toContain('Salah:');
    expect(text).not.toContain('Pelajari lagi');
  });

  it('shortens a scenario to its first words without a trailing comma', () => {
    expect(scenarioStart('Satu dua tiga empat lima enam tujuh delapan, sembilan sepuluh')).toBe('Satu dua tiga empat lima enam tujuh delapan…');
    expect(scenarioStart('  Pendek   saja. ')).toBe('Pendek saja.');
  });

  it('picks the weakest topic by share right, then by misses, then bank order', () => {
    const s = (byTopic: Summary['byTopic']) => weakestTopic({ ...result, byTopic });
    expect(s({ posisi: { total: 4, correct: 2, pct: 50 }, hubungan: { total: 2, correct: 1, pct: 50 } })).toBe('posisi');
    expect(s({ posisi: { total: 2, correct: 1, pct: 50 }, hubungan: { total: 2, correct: 1, pct: 50 } })).toBe('posisi');
    expect(s({ posisi: { total: 2, correct: 2, pct: 100 }, hubungan: { total: 2, correct: 1, pct: 50 } })).toBe('hubungan');
    expect(s({ posisi: { total: 2, correct: 2, pct: 100 } })).toBeUndefined();
  });
});
