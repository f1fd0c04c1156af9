// A trainer's link in a real browser: the form on /kuis/ makes it, everyone who opens it gets the
// same quiz, a damaged link still plays and says what it changed, the result goes to the trainer
// only by the trainee's own hand, keyboard-only play, and axe in both themes.
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeBothThemes } from '../support/axe';
import { useBrowser } from './context';
import { answerByMouse, answerInPage, atQuestion, bank, focused, norm, optionTexts, playInPage, PROGRESS_KEY, rightText, shown } from './quiz-helpers';

const b = useBrowser();
afterEach(() => b.closeAll());
const origin = new URL(b.baseUrl).origin;

/** Items a topic has in the bank as built. */
const count = (topic: string) => bank.filter((item) => item.topic === topic).length;

const LINK = '/kuis/latihan/?topik=posisi,hubungan&jumlah=12&seed=k3x9q2mz&umpan=langsung';

/**
 * Plays a whole trainer quiz through the page's own controls (playInPage; with `deferred`, each
 * answer saved for the end); returns what was asked (item id and option order).
 */
async function playThrough(page: Page, total: number, right: (i: number) => boolean, deferred = false): Promise<string[]> {
  const answered = await playInPage(page, total, right, { save: deferred });
  return answered.map(({ item, options }) => `${item.id}: ${options.join(' | ')}`);
}

describe('trainer link', () => {
  // The kept page is the first browser (a first visit, as a fresh one sees it), a new context the
  // second: nothing either stores reaches the other.
  it('plays the same items in the same order in two fresh browsers, from the chosen topics only', async () => {
    const runs: string[][] = [];
    for (const width of [1280, 360]) {
      const viewport = { width, height: 800 };
      const { page, errors } = width === 1280 ? await b.kept(LINK, { viewport }) : await b.open(LINK, { viewport });
      expect(await page.locator('.quiz-note').first().innerText()).toContain('12 soal dari topik Berdasarkan posisi, Berdasarkan hubungan');
      expect(await page.locator('[data-link-problems]').count()).toBe(0);
      runs.push(await playThrough(page, 12, () => true));
      expect(errors).toEqual([]);
    }
    expect(runs[1]).toEqual(runs[0]);
    const topics = runs[0]!.map((line) => line.slice(0, 3));
    expect(new Set(topics)).toEqual(new Set(['pos', 'hub']));
    expect(new Set(runs[0]!.map((line) => line.split(':')[0])).size).toBe(12);
  });

  it('sends the result only by the trainee’s hand: name, score, per topic, missed items, date', async () => {
    const { page, errors } = await b.kept(LINK.replace('umpan=langsung', 'umpan=akhir'), { permissions: ['clipboard-read', 'clipboard-write'] });
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // Feedback waits for the end: saving an answer shows no verdict and moves on.
    await atQuestion(page, 1, 12);
    expect(await page.getByRole('button', { name: 'Periksa jawaban' }).count()).toBe(0);
    await playThrough(page, 12, (i) => i % 4 !== 0, true);
    expect(await page.locator('.quiz-feedback').count()).toBe(0);
    expect(await page.locator('.quiz-score').innerText()).toBe('9 dari 12 soal benar (75%)');
    expect(await page.locator('.quiz-review > li').count()).toBe(3);
    // No name yet: the page asks for it beside the field instead of sending a nameless result.
    await page.getByRole('button', { name: 'Salin hasil' }).click();
    expect(await page.locator('#kuis-nama-error').innerText()).toContain('Tulis nama Anda dulu');
    expect(await focused(page)).toMatchObject({ id: 'kuis-nama' });
    await page.getByLabel('Nama Anda (untuk pelatih dan hasil cetak)').fill('Budi Santoso');
    await page.getByRole('button', { name: 'Salin hasil' }).click();
    await page.getByText('Hasil sudah disalin.').waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('Nama: Budi Santoso');
    expect(text).toContain('Skor: 9 dari 12 soal benar (75%)');
    expect(text).toMatch(/- Berdasarkan posisi: \d+\/6 \(\d+%\)/);
    expect(text).toMatch(/- Berdasarkan hubungan: \d+\/6 \(\d+%\)/);
    expect(text).toMatch(/Tanggal: \d{1,2} \w+ \d{4}/);
    // Each miss: its topic, the first words of its scenario, and the guide section to reread.
    const missed = [...text.matchAll(/^- (Berdasarkan posisi|Berdasarkan hubungan): “([^”]+)” \[((?:pos|hub)-[\w-]+)\]\n {2}Baca lagi: (\S+)$/gm)];
    expect(missed).toHaveLength(3);
    for (const [, topic, start, id, href] of missed) {
      const item = bank.find((i) => i.id === id)!;
      expect(topic).toBe(item.topic === 'posisi' ? 'Berdasarkan posisi' : 'Berdasarkan hubungan');
      expect(norm(item.scenario).startsWith(start!.replace(/…$/, ''))).toBe(true);
      expect(href).toMatch(new RegExp(`^${b.baseUrl}/panduan/[\\w/-]+#[\\w-]+$`));
    }
    expect(text).toMatch(/^Pelajari lagi: Berdasarkan (posisi|hubungan)$/m);
    expect(text).toContain(`${b.baseUrl}${LINK.replace('umpan=langsung', 'umpan=akhir')}`);
    expect(text.split('\n').at(-1)).toMatch(/^Kode rekap: v1 topik=posisi,hubungan jumlah=12 seed=k3x9q2mz jawaban=((pos|hub)-\d+:[a-z],){11}(pos|hub)-\d+:[a-z] cek=[0-9a-z]+$/);
    expect(await page.locator('#kuis-teks-hasil').inputValue()).toBe(text);
    const wa = await page.getByRole('link', { name: 'Buka di WhatsApp' }).getAttribute('href');
    expect(wa!.startsWith('https://wa.me/?text=')).toBe(true);
    expect(decodeURIComponent(wa!.slice('https://wa.me/?text='.length))).toBe(text);
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    // A trainer's quiz is not the trainee's own: no best score, but the items count once.
    const progress = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY))!);
    expect(progress.best).toEqual({});
    expect(Object.keys(progress.items)).toHaveLength(12);
    // The trainer reads this very message on "Rekap kelas", as WhatsApp would hand it over.
    await page.goto(`${b.baseUrl}/kuis/rekap-kelas/`);
    await page.getByLabel('Pesan hasil dari peserta').fill(`[06/12/26 10.15] Budi: ${text}`);
    await page.getByRole('button', { name: 'Baca pesan' }).click();
    const row = page.locator('[data-trainee="Budi Santoso"]');
    expect(await row.innerText()).toMatch(/9 dari 12 \(75%\)\s+06\/12\/26 10\.15/);
    expect(await page.locator('[data-item][data-missed="1"]').count()).toBe(3);
    expect(errors).toEqual([]);
  });

  it('opens a damaged link with a message that says what it changed, never a blank page; plays every item a link’s topics hold when it asks for more, with a plain note, never calling itself broken', async () => {
    const posisiItems = count('posisi');
    const cases: [string, number, string[]][] = [
      [
        '?topik=posisi,ngawur&jumlah=20&seed=%25%25rusak!&umpan=nanti',
        posisiItems,
        [
          'Topik “ngawur” tidak dikenal, jadi dilewati.',
          'Kode soal (seed) di tautan rusak, jadi dipakai kode',
          'Pilihan penjelasan “nanti” tidak dikenal',
        ],
      ],
      ['?topik=hubungan&jumlah=0&seed=abc&umpan=akhir', 5, ['Jumlah soal “0” harus bilangan bulat 5 sampai 30, jadi dipakai 5 soal.']],
      ['?topik=hubungan&jumlah=-5&seed=abc', 5, ['Jumlah soal “-5” harus bilangan bulat 5 sampai 30, jadi dipakai 5 soal.']],
      [
        '?topik=posisi&jumlah=5&jumlah=20&seed=aaa&seed=bbb&umpan=akhir&umpan=langsung',
        5,
        [
          'Tautan menyebut “jumlah” dua kali; yang dipakai “5”, sedangkan “20” diabaikan.',
          'Tautan menyebut “seed” dua kali; yang dipakai “aaa”, sedangkan “bbb” diabaikan.',
          'Tautan menyebut “umpan” dua kali; yang dipakai “akhir”, sedangkan “langsung” diabaikan.',
        ],
      ],
      [
        '?seed=abc',
        10,
        ['Tidak ada topik yang bisa dipakai, jadi soal diambil dari semua topik.', 'Tautan tidak menyebut jumlah soal, jadi dipakai 10 soal.'],
      ],
    ];
    // One page; each link opened as a first visit (b.visit empties the site's storage first).
    const { page, errors } = await b.kept();
    for (const [query, total, messages] of cases) {
      await b.visit(page, `/kuis/latihan/${query}`);
      await atQuestion(page, 1, total);
      const notes = await page.locator('[data-link-problems]').innerText();
      expect(notes).toContain('Kuis tetap bisa dikerjakan');
      for (const m of messages) expect(notes, query).toContain(m);
      expect(await page.locator('[data-link-problems] li').count(), query).toBe(messages.length);
      expect(await page.locator('[data-link-about]').innerText(), query).toContain(`${total} soal`);
      expect(errors, query).toEqual([]);
    }
    // Asking for more than a topic holds is no damage: every item is played, with a plain note.
    const n = count('posisi');
    for (const [query, note] of [
      ['?topik=posisi&jumlah=20&seed=x&umpan=akhir', `Tautan meminta 20 soal, tetapi topiknya berisi ${n} soal, jadi semuanya dipakai.`],
      ['?topik=posisi&jumlah=999&seed=x', `Tautan meminta 999 soal, tetapi topiknya berisi ${n} soal, jadi semuanya dipakai.`],
    ]) {
      await b.visit(page, `/kuis/latihan/${query}`);
      await atQuestion(page, 1, n);
      expect(await page.locator('[data-link-problems]').count(), query).toBe(0);
      expect(await page.locator('main').innerText()).not.toMatch(/rusak/);
      const about = await page.locator('[data-link-about]').innerText();
      expect(about).toContain(`Kuis dari pelatih: ${n} soal dari topik Berdasarkan posisi.`);
      expect(about).toContain(note);
      expect(errors, query).toEqual([]);
    }
  });

  it('opened bare, says what the page is for and leads to the builder, with no quiz; is made by the form on /kuis/, which caps the number at what the topics hold and says so before the link is made; the form has zero axe violations with errors and with a link, in both themes', async () => {
    // Opened bare, the trainer's page says what it is for and leads to the builder, with no quiz.
    const { page, errors } = await b.kept('/kuis/latihan/');
    const bare = page.locator('[data-bare]');
    expect(await bare.isVisible()).toBe(true);
    expect(await bare.innerText()).toContain('memutar kuis yang disusun pelatih');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('.quiz-card').count()).toBe(0);
    expect(await page.locator('main').innerText()).not.toMatch(/rusak/);
    await bare.getByRole('link', { name: 'Buat kuis untuk tim' }).click();
    await page.waitForURL(/\/kuis\/#buat-kuis-tim$/);
    expect(await page.locator('#buat-kuis-tim').isVisible()).toBe(true);
    // The builder on /kuis/, reached by that link.
    await page.locator('[data-mastery="posisi"]', { hasText: 'Belum pernah dikerjakan' }).waitFor();
    const form = page.locator('.quiz-trainer-form');
    await form.getByLabel('Jumlah soal (5–30)').fill('40');
    await form.getByRole('button', { name: 'Buat tautan' }).click();
    expect(await form.locator('.quiz-error:visible').allInnerTexts()).toEqual(['Pilih minimal satu topik.', 'Isi jumlah soal dengan bilangan bulat dari 5 sampai 30.']);
    // The form with errors, then with a link (below): all rules in light, the colour rules in dark.
    expect(await axeBothThemes(page)).toEqual([]);
    expect(page.url()).toBe(`${b.baseUrl}/kuis/#buat-kuis-tim`);
    // One topic of fewer items than asked for: said beside the field before the link is made.
    const n = count('karakter');
    await form.getByLabel(/^Berdasarkan karakter/).check();
    await form.getByLabel('Jumlah soal (5–30)').fill('20');
    const note = form.locator('#latihan-jumlah-catatan');
    expect(await note.innerText()).toBe(`Topik yang dipilih berisi ${n} soal, jadi tautan akan memakai ${n} soal, bukan 20.`);
    await form.getByLabel('Hanya di akhir kuis').check();
    await form.getByRole('button', { name: 'Buat tautan' }).click();
    const link = await form.getByLabel('Tautan untuk tim Anda').inputValue();
    expect(link).toMatch(new RegExp(`^${b.baseUrl}/kuis/latihan/\\?topik=karakter&jumlah=${n}&seed=[0-9a-z]{8}&umpan=akhir$`));
    expect(await form.getByLabel('Jumlah soal (5–30)').inputValue()).toBe(String(n));
    expect(await note.innerText()).toBe(`Jumlah soal diubah menjadi ${n}: topik yang dipilih hanya berisi ${n} soal.`);
    expect(await form.locator('.quiz-error:visible').count()).toBe(0);
    // A second topic makes room again, and the link follows the form.
    await form.getByLabel(/^Pelanggan, konsumen, klien/).check();
    await form.getByLabel('Jumlah soal (5–30)').fill('8');
    expect(await note.innerText()).toBe('');
    await form.getByRole('button', { name: 'Buat tautan' }).click();
    const second = await form.getByLabel('Tautan untuk tim Anda').inputValue();
    expect(second).toMatch(new RegExp(`^${b.baseUrl}/kuis/latihan/\\?topik=karakter,istilah&jumlah=8&seed=[0-9a-z]{8}&umpan=akhir$`));
    expect(await axeBothThemes(page)).toEqual([]);
    await page.goto(link);
    await atQuestion(page, 1, n);
    expect(await page.locator('[data-link-problems]').count()).toBe(0);
    expect(errors).toEqual([]);
  });
});

describe('trainer quiz by keyboard alone', () => {
  it('saves each answer with Enter and lands on the next question, then on the summary', async () => {
    const { page, errors } = await b.kept('/kuis/latihan/?topik=dasar&jumlah=5&seed=papan&umpan=akhir');
    await atQuestion(page, 1, 5);
    // In by the skip link, then Tab to the first option.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 20 && (await focused(page)).type !== 'radio'; i++) await page.keyboard.press('Tab');
    for (let i = 0; i < 5; i++) {
      if (i > 0) {
        expect(await focused(page)).toMatchObject({ id: 'kuis-soal', text: `Soal ${i + 1} dari 5` });
        await page.keyboard.press('Tab');
      }
      expect((await focused(page)).type).toBe('radio');
      const item = await shown(page);
      const want = (await optionTexts(page)).indexOf(rightText(item));
      await page.keyboard.press('Space');
      for (let k = 0; k < want; k++) await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('Simpan jawaban');
      await page.keyboard.press('Enter');
      // The first answer may be saved before the quiz has taken the page over: it is kept and acted on then.
      if (i === 0) await page.locator('[data-quiz][data-hydrated]').waitFor({ state: 'attached' });
    }
    expect(await focused(page)).toMatchObject({ id: 'kuis-hasil', text: 'Hasil latihan' });
    expect(await page.locator('.quiz-score').innerText()).toBe('5 dari 5 soal benar (100%)');
    // The name field and both ways to send are reachable in order.
    for (let i = 0; i < 30 && (await focused(page)).id !== 'kuis-nama'; i++) await page.keyboard.press('Tab');
    await page.keyboard.type('Rina');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Cetak hasil');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Salin hasil');
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Buka di WhatsApp');
    expect(errors).toEqual([]);
  });
});

describe('trainer quiz accessibility', () => {
  // All rules in light, the colour rules in dark, on one run through the states (test/support/axe.ts).
  // The form on /kuis/ has its axe runs in its own test above.
  it('has zero axe violations on a damaged link, a question, feedback and the summary, in both themes', async () => {
    const failures: string[] = [];
    const check = async (page: Page, label: string) => {
      for (const v of await axeBothThemes(page)) failures.push(`${label}: ${v}`);
    };
    const { page } = await b.kept('/kuis/latihan/?topik=posisi,ngawur&jumlah=5&seed=axe&umpan=langsung');
    await atQuestion(page, 1, 5);
    await check(page, 'damaged link, question');
    await answerByMouse(page, false);
    await check(page, 'feedback');
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();
    for (let i = 1; i < 5; i++) {
      await atQuestion(page, i + 1, 5);
      await answerInPage(page, i % 2 === 0, i === 4 ? 'Lihat hasil' : 'Soal berikutnya');
    }
    await page.locator('#kuis-hasil').waitFor();
    await page.getByRole('button', { name: 'Salin hasil' }).click();
    await check(page, 'summary, name missing');
    expect(failures).toEqual([]);
  }, 120_000);
});
