// "Rekap kelas" summing up: scores against the answer keys, items missed and the wrong option
// chosen most, the class's weakest topics, links kept apart, and messages set aside with the
// reason. Checked against a count made independently from what each trainee picked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../src/lib/quiz/class-paste';
import { classCsv } from '../../../src/lib/quiz/class-csv';
import { classSummary, itemsNeeded, type ItemKey } from '../../../src/lib/quiz/class-summary';
import { classWords } from '../../../src/i18n/id-class';
import { translator } from '../../../src/i18n/translate';
import type { TrainerParams } from '../../../src/lib/quiz/trainer-link';
import type { QuizItem } from '../../../src/schemas/quiz';
import { classMessage, play, wrong } from '../../fixtures/quiz/class-messages';
import { makeBank } from './fixtures';

const bank = makeBank(8);
const keys = new Map<string, ItemKey>(bank.map((i) => [i.id, { id: i.id, topic: i.topic, answer: i.answer, scenario: i.scenario, options: i.options, guide: { href: `/panduan/${i.guide}`, label: 'Panduan' } }]));
const linkA: TrainerParams = { topics: ['posisi', 'hubungan'], size: 10, seed: 'kelasA', feedback: 'akhir' };
const linkB: TrainerParams = { topics: ['posisi', 'hubungan'], size: 10, seed: 'kelasB', feedback: 'akhir' };

/** A trainee by a pattern of picks: per item, right, the first wrong option, the last, or none. */
const trainee = (name: string, pattern: readonly number[]) => ({
  name,
  pick: (item: QuizItem, i: number) => {
    const p = pattern[i % pattern.length]!;
    return p === 0 ? item.answer : p === 1 ? wrong(item) : p === 2 ? item.options.at(-1)!.id : null;
  },
});

describe('classSummary', () => {
  it('keeps two links apart and counts each against picks tallied independently', () => {
    const patterns = fc.sample(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 10 }), { numRuns: 9, seed: 7 });
    const a = patterns.slice(0, 6).map((p, i) => trainee(`Peserta ${i + 1}`, p));
    const b = patterns.slice(6).map((p, i) => trainee(`Peserta B${i + 1}`, p));
    const paste = [...a.map((t, i) => classMessage(bank, linkA, t, 'copy-iphone', i)), ...b.map((t, i) => classMessage(bank, linkB, t, 'export-android', i))].reverse().join('\n');
    const summary = classSummary(readPaste(paste), keys);
    expect(summary.unread).toEqual([]);
    expect(summary.groups.map((g) => [g.link.seed, g.trainees.length])).toEqual([
      ['kelasB', 3],
      ['kelasA', 6],
    ]);
    for (const [params, people] of [[linkA, a], [linkB, b]] as const) {
      const group = summary.groups.find((g) => g.link.seed === params.seed)!;
      // Independently: play each trainee's session and count.
      const sessions = people.map((t) => play(bank, params, t));
      const missed = new Map<string, number>();
      for (const s of sessions) for (const e of s.entries) if (e.result !== 'correct') missed.set(e.item.id, (missed.get(e.item.id) ?? 0) + 1);
      expect(group.items.map((i) => i.id)).toEqual(sessions[0]!.entries.map((e) => e.item.id));
      for (const item of group.items) expect(item.missed, item.id).toBe(missed.get(item.id) ?? 0);
      for (const [i, s] of sessions.entries()) expect(group.trainees[people.length - 1 - i]!.correct).toBe(s.entries.filter((e) => e.result === 'correct').length);
      const shares = group.topics.map((t) => t.correct / t.total);
      expect(shares).toEqual([...shares].sort((x, y) => x - y));
    }
  });

  it('names the wrong option chosen most, and none when nobody chose a wrong one', () => {
    const people = [trainee('A', [1]), trainee('B', [1]), trainee('C', [2]), trainee('D', [3])];
    const group = classSummary(readPaste(people.map((t) => classMessage(bank, linkA, t)).join('\n')), keys).groups[0]!;
    for (const item of group.items) {
      const key = keys.get(item.id)!;
      expect(item).toMatchObject({ asked: 4, missed: 4, commonWrong: { id: wrong(bank.find((i) => i.id === item.id)!), count: 2, text: key.options.find((o) => o.id === item.commonWrong!.id)!.text } });
    }
    const perfect = classSummary(readPaste(classMessage(bank, linkA, trainee('E', [0]))), keys).groups[0]!;
    expect(perfect.items.every((i) => i.missed === 0 && i.commonWrong === null)).toBe(true);
  });

  it('sets aside a score edited by hand, an item the bank lacks and a second message from one trainee', () => {
    const budi = classMessage(bank, linkA, trainee('Budi', [0, 1]));
    const boasted = budi.replace(/Skor: \d+ dari/, 'Skor: 10 dari');
    const fewer = new Map(keys);
    const summary = classSummary(readPaste([budi, boasted, budi.replace('[06/12/26 10.15]', '[06/12/26 11.15]')].join('\n')), fewer);
    expect(summary.groups[0]!.trainees.map((t) => t.name)).toEqual(['Budi']);
    expect(summary.unread.map((u) => [u.reason, u.who])).toEqual([
      ['scoreMismatch', 'Budi'],
      ['duplicate', 'Budi'],
    ]);
    fewer.delete(itemsNeeded(readPaste(budi))[0]!);
    expect(classSummary(readPaste(budi), fewer).unread.map((u) => u.reason)).toEqual(['unknownItem']);
  });

  it('reads 200 pasted messages of four links correctly', () => {
    const links = ['s1', 's2', 's3', 's4'].map((seed): TrainerParams => ({ ...linkA, seed }));
    const paste = Array.from({ length: 200 }, (_, i) => classMessage(bank, links[i % 4]!, trainee(`Peserta ${i}`, [i % 4, (i + 1) % 3]), i % 2 ? 'copy-android' : 'export-iphone', i)).join('\n');
    const summary = classSummary(readPaste(paste), keys);
    expect(summary.unread).toEqual([]);
    expect(summary.groups.map((g) => g.trainees.length)).toEqual([50, 50, 50, 50]);
  });

  it('writes a CSV whose visitor text cannot run as a formula', () => {
    const csv = classCsv(classSummary(readPaste(classMessage(bank, linkA, trainee('=HYPERLINK("x")', [1, 0]))), keys).groups[0]!, keys, { posisi: 'Posisi', hubungan: 'Hubungan' }, translator(classWords), 'https://x');
    const rows = csv.slice(1).split('\r\n');
    expect(rows[0]).toBe('Rekap kelas;Topik;Posisi, Hubungan;Jumlah soal;10;Kode soal;kelasA');
    expect(rows[3]).toMatch(/^"'=HYPERLINK\(""x""\)";06\/12\/26 10\.15;5;10;50;\d+\/\d+;\d+\/\d+$/);
    expect(rows.find((r) => r.startsWith('pos-'))).toMatch(/;https:\/\/x\/panduan\//);
  });
});
