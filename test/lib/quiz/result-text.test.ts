// The text a trainee sends their trainer, written out by hand.
import { describe, expect, it } from 'vitest';
import { resultText } from '../../../src/lib/quiz/result-text';
import type { Summary } from '../../../src/lib/quiz/session';

const words = {
  head: 'Hasil kuis',
  name: 'Nama: {name}',
  date: 'Tanggal: {date}',
  score: 'Skor: {correct} dari {total} ({pct}%)',
  topic: '- {topic}: {correct}/{total} ({pct}%)',
  missed: 'Salah:',
  missedItem: '- {question} [{id}]',
  noMissed: 'Semua benar.',
  link: 'Kuis: {link}',
};
const option = { id: 'a', text: 'A', explanation: 'karena A' };
const result: Summary = {
  total: 5,
  answered: 5,
  correct: 3,
  pct: 60,
  // Written out of bank order: the text follows the bank's topic order.
  byTopic: { hubungan: { total: 2, correct: 1, pct: 50 }, posisi: { total: 3, correct: 2, pct: 67 } },
  mistakes: [
    { itemId: 'pos-02', topic: 'posisi', scenario: 's', question: 'Siapa Bu Sari?', chosen: option, right: option, guide: 'g' },
    { itemId: 'hub-04', topic: 'hubungan', scenario: 's', question: 'Pak Budi termasuk apa?', chosen: option, right: option, guide: 'g' },
  ],
};

describe('resultText', () => {
  it('lists name, date, score, each topic in bank order, the items missed and the link', () => {
    const text = resultText(result, { name: '  Siti  ', date: '2 Desember 2026', topicNames: { posisi: 'Posisi', hubungan: 'Hubungan' }, link: 'https://x/kuis/latihan/?seed=a', words });
    expect(text).toBe(
      [
        'Hasil kuis',
        'Nama: Siti',
        'Tanggal: 2 Desember 2026',
        'Skor: 3 dari 5 (60%)',
        '- Posisi: 2/3 (67%)',
        '- Hubungan: 1/2 (50%)',
        'Salah:',
        '- Siapa Bu Sari? [pos-02]',
        '- Pak Budi termasuk apa? [hub-04]',
        'Kuis: https://x/kuis/latihan/?seed=a',
      ].join('\n'),
    );
  });

  it('says so when nothing was missed', () => {
    const text = resultText({ ...result, correct: 5, pct: 100, mistakes: [] }, { name: 'A', date: 'd', topicNames: {}, link: 'l', words });
    expect(text).toContain('Semua benar.');
    expect(text).not.toContain('Salah:');
  });
});
