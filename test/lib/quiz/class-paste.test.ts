// "Rekap kelas" reading a paste: result messages in every form WhatsApp hands them over, among
// chat lines, in any order; cut, headless and edited messages listed as not read with the reason.
import { describe, expect, it } from 'vitest';
import { readPaste } from '../../../src/lib/quiz/class-paste';
import type { TrainerParams } from '../../../src/lib/quiz/trainer-link';
import { classMessage, wrong, type WaForm } from '../../fixtures/quiz/class-messages';
import { makeBank } from './fixtures';

const bank = makeBank(8);
const params: TrainerParams = { topics: ['posisi', 'hubungan'], size: 10, seed: 'kelas1', feedback: 'akhir' };
const budi = { name: 'Budi Santoso', pick: (item: (typeof bank)[number], i: number) => (i % 3 === 0 ? wrong(item) : item.answer) };

describe('readPaste', () => {
  const forms: [WaForm, string][] = [
    ['copy-android', '06/12/26 10.15'],
    ['copy-iphone', '06/12/26 10.15.03'],
    ['export-android', '06/12/26 10.15'],
    ['export-iphone', '06/12/26 10.15.03'],
    ['copy-english', '12/6/26, 10:15 AM'],
    ['export-english', '12/6/26, 10:15'],
    ['bare', 'Tanggal: 6 Desember 2026'.slice('Tanggal: '.length)],
  ];
  it.each(forms)('reads a message as WhatsApp gives it (%s), with its time', (form, when) => {
    const { results, unread } = readPaste(classMessage(bank, params, budi, form));
    expect(unread).toEqual([]);
    expect(results).toHaveLength(1);
    expect(results[0]).toMatchObject({ name: 'Budi Santoso', when, claimed: { correct: 6, total: 10 }, code: { topics: ['posisi', 'hubungan'], size: 10, seed: 'kelas1' } });
    expect(results[0]!.code.answers).toHaveLength(10);
  });

  it('reads several messages among chat lines, with CRLF line ends and an export’s edit note', () => {
    const siti = { name: 'Siti', pick: (item: (typeof bank)[number]) => item.answer };
    const paste = [
      '06/12/26 09.58 - Pelatih: Tolong kirim hasilnya ya',
      classMessage(bank, params, budi, 'export-android', 20),
      '06/12/26 10.21 - Budi: sudah pak',
      `${classMessage(bank, params, siti, 'export-android', 5)} <Pesan ini diedit>`,
    ].join('\r\n');
    const { results, unread } = readPaste(paste);
    expect(unread).toEqual([]);
    expect(results.map((r) => [r.name, r.when])).toEqual([
      ['Budi Santoso', '06/12/26 10.20'],
      ['Siti', '06/12/26 10.05'],
    ]);
  });

  it('lists a message cut short, one whose start is missing, one edited by hand and one without a name, each with its reason', () => {
    const message = classMessage(bank, params, budi, 'copy-android');
    const lines = message.split('\n');
    const cut = lines.slice(0, Math.ceil(lines.length / 2)).join('\n');
    const tail = lines.slice(-1).join('\n');
    const edited = message.replace(/jawaban=([\w-]+):\w/, 'jawaban=$1:z');
    const renamed = message.replace('Nama: Budi Santoso', 'Nama: Budi Setiawan');
    const nameless = message.replace(/\nNama: .*/, '');
    const { results, unread } = readPaste([cut, '[06/12/26 10.16] Budi: ' + tail, edited, renamed, nameless, message].join('\n'));
    expect(results).toHaveLength(1);
    expect(unread.map((u) => [u.reason, u.who])).toEqual([
      ['cut', 'Budi Santoso'],
      ['noStart', 'Budi'],
      ['codeEdited', 'Budi Santoso'],
      ['codeEdited', 'Budi Setiawan'],
      ['noName', 'Budi'],
    ]);
  });

  it('reads nothing, and lists nothing, from a paste without result messages', () => {
    expect(readPaste('[06/12/26 10.15] Ani: halo\nselamat pagi')).toEqual({ results: [], unread: [] });
  });
});
