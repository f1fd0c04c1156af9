// The form check: a trainee who always picks the longest option must not pass a bank, and no
// option may be a throw-away. Fixture banks are built by hand with known lengths.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  absoluteWords,
  bankCueProblems,
  bankFormProblems,
  courtesyScore,
  CUE_SLACK,
  echoScore,
  fairShare,
  hedgeScore,
  detailScore,
  guessingFigures,
  isSentenceItem,
  itemFormProblems,
  markerProblems,
  nowMarkers,
  optionLength,
  ruledOutProblems,
  similarity,
  specificityScore,
  stem,
  surfaceProblems,
  twinGroup,
  twinScore,
  type FormItem,
} from '../../src/schemas/quiz-form';
import { ROOT } from '../support/paths';

/** An item whose options have exactly these lengths ('x' repeated); the right one is `answer`. */
function item(id: string, lengths: number[], answer: number): FormItem {
  return {
    id,
    answer: String.fromCharCode(97 + answer),
    options: lengths.map((n, i) => ({ id: String.fromCharCode(97 + i), text: 'x'.repeat(n) })),
  };
}

describe('which items are sentence-option items', () => {
  it('type-name options are not; options without type, or type options written as sentences, are', () => {
    const typed = { id: 't', answer: 'a', options: [{ id: 'a', text: 'Pelanggan yang diam', type: 'hubungan-diam' }, { id: 'b', text: 'Klien', type: 'istilah-klien' }] };
    expect(isSentenceItem(typed)).toBe(false);
    expect(isSentenceItem({ ...typed, options: [...typed.options, { id: 'c', text: 'Sapa dan tawarkan bantuan' }] })).toBe(true);
    const disguised = { ...typed, options: [{ id: 'a', text: 'Sapa dia dulu lalu tawarkan bantuan singkat', type: 'hubungan-baru' }, typed.options[1]!] };
    expect(isSentenceItem(disguised)).toBe(true);
  });
});

describe('per item: no option under 40% of the longest', () => {
  it('fails 39 of 100 and passes 40 of 100, naming the option', () => {
    expect(itemFormProblems(item('i-1', [100, 39, 80], 0))).toEqual([
      expect.objectContaining({ item: 'i-1', field: 'options[1].text', message: expect.stringContaining('39 characters, under 40%') }),
    ]);
    expect(itemFormProblems(item('i-2', [100, 40, 80], 0))).toEqual([]);
  });

  it('measures text as read: surrounding and repeated spaces do not count', () => {
    expect(optionLength('  Dengarkan   dulu \n ceritanya ')).toBe('Dengarkan dulu ceritanya'.length);
  });
});

describe('per bank: the right option is the longest in at most a third of sentence-option items', () => {
  const neverLongest = (k: number) => item(`n-${k}`, [95, 100, 90], 0);
  const longest = (k: number) => item(`l-${k}`, [100, 90, 95], 0);

  it('fails a bank where the right option is always the longest, listing the items', () => {
    const bank = Array.from({ length: 12 }, (_, k) => longest(k));
    const problems = bankFormProblems(bank);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ item: '', field: 'answer' });
    expect(problems[0]!.message).toContain('Always picking the longest option scores 12 of 12 sentence-option items (right option longest in l-0, l-1,');
    expect(problems[0]!.message).toContain('at most a third (4) may be won that way');
  });

  it('passes 4 of 12 and fails 5 of 12', () => {
    const bank = (n: number) => Array.from({ length: 12 }, (_, k) => (k < n ? longest(k) : neverLongest(k)));
    expect(bankFormProblems(bank(4))).toEqual([]);
    expect(bankFormProblems(bank(5))).toHaveLength(1);
  });

  it('fails a bank where the right option is always the shortest (the counter-strategy)', () => {
    const bank = Array.from({ length: 9 }, (_, k) => item(`s-${k}`, [80, 100, 95], 0));
    expect(bankFormProblems(bank)).toEqual([
      expect.objectContaining({ field: 'answer', message: expect.stringContaining('Always picking the shortest option scores 9 of 9') }),
    ]);
  });

  it('counts a tie for longest as the share a blind pick among the tied gets', () => {
    const tie = item('tie', [100, 100, 90], 0); // half a point for "always the longest"
    expect(bankFormProblems([tie, neverLongest(1), neverLongest(2)])).toHaveLength(0);
    expect(bankFormProblems([tie, longest(1), neverLongest(2)])).toHaveLength(1); // 1.5 > 1
    const equal = (k: number) => item(`e-${k}`, [50, 50, 50], 0); // 1/3 each way: fair
    expect(bankFormProblems(Array.from({ length: 6 }, (_, k) => equal(k)))).toEqual([]);
  });

  it('ignores type-recognition items', () => {
    const typed = (n: number): FormItem => ({
      id: `t${n}`,
      answer: 'b',
      surface: n % 2 ? 'right' : 'wrong',
      options: [{ id: 'a', text: 'Klien', type: 'istilah-klien' }, { id: 'b', text: 'Pelanggan', type: 'istilah-pelanggan' }],
    });
    expect(bankFormProblems(Array.from({ length: 6 }, (_, n) => typed(n)))).toEqual([]);
  });
});

/** A sentence item with a scenario; option texts as given, the first one right unless `answer` says. */
function worded(id: string, scenario: string, texts: string[], answer = 0): FormItem {
  return {
    id,
    scenario,
    question: 'Apa yang sebaiknya dilakukan?',
    answer: String.fromCharCode(97 + answer),
    options: texts.map((text, i) => ({ id: String.fromCharCode(97 + i), text })),
  };
}

const SCENARIO = 'Seorang pembeli mengeluh karena blender yang diterimanya tidak mau menyala.';
const PLAIN = ['Kirim video cara memasang tutup', 'Tawarkan potongan harga kecil', 'Catat nomor pesanannya'];

describe('wording cues: absolute words', () => {
  it('reads the six words and their -nya/-lah forms, not words that merely start with them', () => {
    expect(absoluteWords('Semuanya pasti beres; selalu begitu, tidak pernah gagal')).toEqual(['semua', 'pasti', 'selalu', 'tidak pernah']);
    expect(absoluteWords('Pastikan dulu, hanyalah soal waktu; langsungkan?')).toEqual(['hanya']);
  });

  it('fails a bank that uses an absolute word only in wrong options, naming the word and where', () => {
    const bank = [
      worded('w-1', SCENARIO, ['Minta nomor pesanan', 'Selalu ganti unit baru', 'Tawarkan potongan']),
      worded('w-2', SCENARIO, ['Minta foto barangnya', 'Tawarkan potongan', 'Pembeli selalu benar, kembalikan dana']),
    ];
    expect(bankCueProblems(bank)).toEqual([
      {
        item: '',
        field: 'options',
        message: expect.stringContaining('"selalu" appears only in wrong options (w-1 b, w-2 c), so a trainee who skips it wins those items'),
      },
    ]);
  });

  it('passes once the word is also in a right option somewhere in the bank', () => {
    const bank = [
      worded('w-1', SCENARIO, ['Selalu minta nomor pesanan dulu', 'Selalu ganti unit baru', 'Tawarkan potongan']),
      worded('w-2', SCENARIO, ['Minta foto barangnya', 'Tawarkan potongan', 'Pembeli selalu benar, kembalikan dana']),
    ];
    expect(bankCueProblems(bank)).toEqual([]);
  });
});

describe('wording cues: echo of the scenario', () => {
  it('stems roughly, so verb and noun forms of one word match', () => {
    expect(stem('mengeluh')).toBe('eluh');
    expect(stem('keluhan')).toBe('keluh');
    expect(echoScore('Dengarkan keluhannya sampai selesai', 'Ia mengeluh soal blender')).toBe(1);
    expect(echoScore('Perbaiki blendernya hari ini', SCENARIO)).toBe(1);
    expect(echoScore('Tawarkan potongan harga', SCENARIO)).toBe(0);
  });

  const echoing = (k: number) => worded(`e-${k}`, SCENARIO, ['Perbaiki blender yang tidak mau menyala', ...PLAIN]);
  const plain = (k: number) => worded(`p-${k}`, SCENARIO, ['Minta nomor pesanan dan fotonya', ...PLAIN]);

  it('fails a bank where the right option repeats the scenario most in every item', () => {
    const problems = bankCueProblems(Array.from({ length: 8 }, (_, k) => echoing(k)));
    expect(problems).toEqual([
      expect.objectContaining({ item: '', field: 'answer', message: expect.stringContaining("Always picking the option that repeats most of the scenario's words scores 8 of 8 items (right option alone on top in e-0, e-1,") }),
    ]);
    expect(problems[0]!.message).toContain('chance gives 2, and at most 3 may be won that way');
  });

  it('allows the fair share plus one item, counting a tie as 1 of k', () => {
    const bank = (n: number) => Array.from({ length: 8 }, (_, k) => (k < n ? echoing(k) : plain(k)));
    // Four options each: chance is 8 × 1/4 = 2. The plain items tie at 0, a quarter each, so n
    // echoing items score n + (8 − n)/4: 2.75 for one passes 2 + 1, 3.5 for two does not.
    expect(fairShare(bank(0))).toBe(2);
    expect(CUE_SLACK).toBe(1);
    expect(bankCueProblems(bank(1))).toEqual([]);
    expect(bankCueProblems(bank(2))).toEqual([expect.objectContaining({ message: expect.stringContaining('scores 3.5 of 8 items (right option alone on top in e-0, e-1)') })]);
  });
});

describe('wording cues: the most careful option', () => {
  it('counts hedges minus sure-sounding words', () => {
    expect(hedgeScore('Belum bisa disimpulkan; cari tahu dulu alasannya')).toBe(3);
    expect(hedgeScore('Pasti membaik, semua pelanggan puas')).toBe(-2);
    expect(hedgeScore('Kirim unit pengganti hari ini')).toBe(0);
  });

  it('fails a bank where the right option is the hedged one every time', () => {
    const bank = Array.from({ length: 9 }, (_, k) =>
      worded(`h-${k}`, 'Skor NPS naik dari 31 ke 35 kuartal ini.', ['Belum bisa disimpulkan, tunggu data berikutnya', 'Layanan membaik, umumkan', 'Kepuasan naik empat persen']),
    );
    expect(bankCueProblems(bank)).toEqual([
      expect.objectContaining({ field: 'answer', message: expect.stringContaining('Always picking the option that sounds the most careful') }),
    ]);
  });

  it('runs in the bank check with the length rules', () => {
    const bank = Array.from({ length: 9 }, (_, k) =>
      worded(`h-${k}`, 'Skor NPS naik dari 31 ke 35 kuartal ini.', ['Belum bisa disimpulkan, tunggu data berikutnya', 'Layanan membaik, umumkan ke tim', 'Kepuasan naik empat persen, umumkan']),
    );
    expect(bankFormProblems(bank).map((p) => p.message)).toEqual([
      expect.stringContaining('Always picking the longest option'),
      expect.stringContaining('Always picking the option that sounds the most careful'),
    ]);
  });
});

describe('wording cues: the most concrete option and near-twins', () => {
  it('counts numbers and time, date, count and amount words', () => {
    expect(specificityScore('Kabari paling lambat pukul 15.00 hari ini')).toBe(3); // pukul, 15.00, hari
    expect(specificityScore('Kabari secepatnya setelah diperiksa')).toBe(0);
    expect(specificityScore('Ganti Rp250.000 dalam tiga hari kerja')).toBe(3);
  });

  it('finds two options that share most of their content words', () => {
    const twins = worded('t', SCENARIO, [
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli paling lambat pukul tiga sore ini',
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli secepatnya',
      'Kirim unit pengganti tanpa bertanya',
    ]);
    expect(similarity(twins.options[0]!.text, twins.options[1]!.text)).toBeGreaterThanOrEqual(0.5);
    expect(twinGroup(twins)?.map((o) => o.id)).toEqual(['a', 'b']);
    expect(twinGroup(worded('n', SCENARIO, PLAIN))).toBeUndefined();
    // Four parallel options: nothing stands out, so no twins.
    expect(twinGroup(worded('p', SCENARIO, ['Kabari pembeli hari Senin', 'Kabari pembeli hari Selasa', 'Kabari pembeli hari Rabu', 'Kabari pembeli hari Kamis']))).toBeUndefined();
  });

  const concreteTwin = (k: number) =>
    worded(`c-${k}`, SCENARIO, [
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli paling lambat pukul tiga sore ini',
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli secepatnya',
      'Kirim unit pengganti tanpa bertanya',
      'Tawarkan potongan harga untuk pesanan berikutnya',
    ]);
  const evenTwin = (k: number) =>
    worded(`v-${k}`, SCENARIO, [
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli paling lambat pukul tiga sore ini',
      'Minta maaf, minta nomor pesanan, lalu kabari pembeli paling lambat pukul lima sore ini',
      'Kirim unit pengganti tanpa bertanya',
      'Tawarkan potongan harga untuk pesanan berikutnya',
    ]);

  it('fails a bank where the right option is the more concrete of two near-twins, naming the items', () => {
    const problems = bankCueProblems(Array.from({ length: 8 }, (_, k) => concreteTwin(k)));
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Picking the more concrete of two near-twin options scores 8 of 8 items (right option the more concrete twin in c-0, c-1,'),
        expect.stringContaining('Always picking the option that is the most concrete'),
      ]),
    );
  });

  it('counts equally concrete twins as a pick between the two, within the fair share plus one', () => {
    const bank = [evenTwin(0), ...Array.from({ length: 7 }, (_, k) => worded(`p-${k}`, SCENARIO, ['Minta nomor pesanan dan fotonya', ...PLAIN]))];
    expect(twinScore(bank)).toBeCloseTo(0.5 + 7 / 4);
    expect(bankCueProblems(bank)).toEqual([]);
  });
});

describe('a scenario that rules an option out by its own words', () => {
  const posisi = (scenario: string): FormItem => ({
    id: 'pos-90',
    scenario,
    answer: 'c',
    options: [
      { id: 'a', text: 'Pelanggan internal', type: 'posisi-internal' },
      { id: 'b', text: 'Pelanggan eksternal', type: 'posisi-eksternal' },
      { id: 'c', text: 'Pelanggan perantara', type: 'posisi-perantara' },
    ],
  });

  it('fails "tidak digaji", "berhenti bekerja" and "tidak pernah menjual", naming the option', () => {
    expect(ruledOutProblems(posisi('Sinta ikut rapat mitra. Ia tidak digaji oleh usaha itu.'))).toEqual([
      { item: 'pos-90', field: 'options[0]', message: expect.stringContaining('The scenario says "tidak digaji", which rules out "Pelanggan internal"') },
    ]);
    expect(ruledOutProblems(posisi('Dimas berhenti bekerja di gudang itu tahun ini.'))).toHaveLength(1);
    expect(ruledOutProblems(posisi('Kafe itu tidak pernah menjual biji kopinya.'))[0]?.field).toBe('options[2]');
  });

  it('passes a scenario that shows what the person does', () => {
    expect(ruledOutProblems(posisi('Sinta punya lapak daring sendiri dan menjual keripik dari beberapa produsen.'))).toEqual([]);
  });

  it('runs in the per-item check', () => {
    expect(itemFormProblems(posisi('Hotel itu tidak menjual cairan itu kepada tamu.'))).toHaveLength(1);
  });
});

/** A two-option label item for the surface and "now"-word checks (right answer: the first type). */
function labelItem(n: number, surface: 'right' | 'wrong' | undefined, scenario: string, question: string, types: readonly [string, string, string, string]): FormItem {
  return {
    id: `lbl-${n}`,
    scenario,
    question,
    answer: 'a',
    surface,
    options: [
      { id: 'a', text: types[0], type: types[1] },
      { id: 'b', text: types[2], type: types[3] },
    ],
  };
}

describe('label items: the obvious reading is right in about half of a bank', () => {
  // Round 2's blind players won every label item of three banks by "the obvious type is the trap".
  const label = (n: number, surface?: 'right' | 'wrong', scenario = 'Dimas membeli sabun di toko itu.', question = 'Jenis pelanggan apa?') =>
    labelItem(n, surface, scenario, question, ['Pelanggan internal', 'posisi-internal', 'Pelanggan eksternal', 'posisi-eksternal']);
  const bank = (wrong: number, of: number) => Array.from({ length: of }, (_, n) => label(n, n < wrong ? 'wrong' : 'right'));

  it('fails a label item that does not declare `surface`, naming it', () => {
    expect(surfaceProblems([...bank(5, 9), label(9)])).toEqual([{ item: 'lbl-9', field: 'surface', message: expect.stringContaining('surface: right') }]);
  });

  it('fails a bank where the obvious reading is wrong in every label item, or in none', () => {
    expect(surfaceProblems(bank(10, 10))).toEqual([{ item: '', field: 'surface', message: expect.stringContaining('wrong in 10 of 10 label items') }]);
    expect(surfaceProblems(bank(0, 10))).toHaveLength(1);
    expect(surfaceProblems(bank(7, 10))).toHaveLength(1);
    expect(surfaceProblems(bank(3, 10))).toHaveLength(1);
  });

  it('passes 4 to 6 of 10 and 4 to 7 of 11', () => {
    for (const w of [4, 5, 6]) expect(surfaceProblems(bank(w, 10)), `${w} of 10`).toEqual([]);
    for (const w of [4, 7]) expect(surfaceProblems(bank(w, 11)), `${w} of 11`).toEqual([]);
  });

  it('ignores sentence items', () => {
    expect(surfaceProblems([item('s', [50, 50, 50], 0)])).toEqual([]);
  });
});

describe('label items: words that say "now"', () => {
  const label = (n: number, surface: 'right' | 'wrong', scenario: string, question = 'Jenis pelanggan apa?') =>
    labelItem(n, surface, scenario, question, ['Pelanggan baru', 'hubungan-baru', 'Pelanggan loyal', 'hubungan-loyal']);

  it('reads the markers as words, with -nya, not inside other words', () => {
    expect(nowMarkers('Saat  ini ia marah; kinerjanya baik. Pada kunjungan ini ia diam.')).toEqual(['saat ini', 'pada kunjungan ini']);
    expect(nowMarkers('Ia pertama kalinya datang sekarang.')).toEqual(['sekarang', 'pertama kali']);
    expect(nowMarkers('Ia sekarangan membeli.')).toEqual([]);
  });

  it('fails a marker in some label questions but not all, naming the items', () => {
    const items = [label(1, 'wrong', 'Dimas datang.', 'Jenis pelanggan apa saat ini?'), label(2, 'right', 'Dimas datang.')];
    expect(markerProblems(items)).toEqual([{ item: '', field: 'question', message: expect.stringContaining('"saat ini" is in the question of lbl-1 but not') }]);
    expect(markerProblems(items.map((i) => ({ ...i, question: 'Jenis pelanggan apa saat ini?' })))).toEqual([]);
  });

  it('fails a scenario marker used mostly where the obvious reading is wrong', () => {
    const items = [label(1, 'wrong', 'Hari ini ia marah.'), label(2, 'wrong', 'Hari ini ia diam.'), label(3, 'right', 'Ia datang.')];
    expect(markerProblems(items)).toEqual([{ item: '', field: 'scenario', message: expect.stringContaining('"hari ini" is in the scenario of 2 label items whose obvious reading is wrong (lbl-1, lbl-2)') }]);
    expect(markerProblems([...items, label(4, 'right', 'Hari ini ia membeli.')])).toEqual([]);
  });

  it('runs in the bank check', () => {
    const items = [label(1, 'wrong', 'Hari ini ia marah.'), label(2, 'wrong', 'Hari ini ia diam.'), label(3, 'right', 'Ia datang.'), label(4, 'right', 'Ia datang lagi.')];
    expect(bankFormProblems(items).map((p) => p.field)).toEqual(['scenario']);
  });
});

describe('guessing figures', () => {
  it('scores blind strategies, sharing ties', () => {
    const bank = [item('a', [100, 90, 95], 0), item('b', [90, 100, 95], 0), item('c', [100, 100, 50, 60], 1)];
    const f = guessingFigures(bank);
    expect(f.sentenceItems).toBe(3);
    expect(f.answerLongest).toBe(2);
    expect(f.pickLongest).toBeCloseTo(1.5); // a: 1, b: 0, c: tie of two, 1/2
    expect(f.pickRandom).toBeCloseTo(1 / 3 + 1 / 3 + 1 / 4);
  });

  it('counts courtesy words', () => {
    expect(courtesyScore('Minta maaf dengan sopan, lalu tanyakan nomor pesanannya')).toBe(3);
    expect(courtesyScore('Kirim unit pengganti hari ini')).toBe(0);
  });

  it('counts list separators, joined steps and numbers as detail', () => {
    expect(detailScore('Minta maaf, tanyakan nomor pesanan, lalu kirim 2 foto')).toBe(4); // 2 commas, "lalu", "2"
    expect(detailScore('Kirim unit pengganti hari ini')).toBe(0);
  });
});

describe('the real bank', () => {
  const dir = join(ROOT, 'content/kuis');
  const banks = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => ({ file: f, items: parse(readFileSync(join(dir, f), 'utf8')) as FormItem[] }));

  it('passes the form check in every file', () => {
    for (const { file, items } of banks) {
      expect([...bankFormProblems(items), ...items.flatMap(itemFormProblems)], file).toEqual([]);
    }
  });

  it('prints what blind strategies score (README "Quizzes" figures)', () => {
    const pct = (n: number, d: number) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(0)}%`);
    const row = (name: string, items: FormItem[]) => {
      const f = guessingFigures(items);
      const s = f.sentenceItems;
      return `| ${name} | ${items.length} | ${s} | ${pct(f.pickLongest, s)} | ${pct(f.pickShortest, s)} | ${pct(f.pickMostDetailed, s)} | ${pct(f.pickMostCourteous, s)} | ${pct(f.pickMostEchoing, f.items)} | ${pct(f.pickMostCareful, f.items)} | ${pct(f.pickMostSpecific, f.items)} | ${pct(f.pickSpecificTwin, f.items)} | ${pct(f.fair, f.items)} |`;
    };
    const rows = [...banks.map(({ file, items }) => row(file.replace('.yaml', ''), items)), row('all', banks.flatMap((b) => b.items))];
    console.log(
      [
        '| Topic | Items | Sentence-option items | Always longest | Always shortest | Always most detailed | Always most courteous | Always most echoing (all items) | Always most careful (all items) | Always most concrete (all items) | More concrete twin (all items) | Chance (all items) |',
        ...rows,
      ].join('\n'),
    );
    for (const { items } of banks) {
      const f = guessingFigures(items);
      expect(f.pickLongest).toBeLessThanOrEqual(f.sentenceItems / 3 + 1e-9);
      expect(f.pickShortest).toBeLessThanOrEqual(f.sentenceItems / 3 + 1e-9);
      expect(f.pickMostEchoing).toBeLessThanOrEqual(f.fair + CUE_SLACK + 1e-9);
      expect(f.pickMostCareful).toBeLessThanOrEqual(f.fair + CUE_SLACK + 1e-9);
      expect(f.pickMostSpecific).toBeLessThanOrEqual(f.fair + CUE_SLACK + 1e-9);
      expect(f.pickSpecificTwin).toBeLessThanOrEqual(f.fair + CUE_SLACK + 1e-9);
    }
  });

});
