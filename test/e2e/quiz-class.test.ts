// "Rekap kelas" in a real browser: a trainer pastes twelve result messages as WhatsApp hands
// them over (three from another link, one edited by hand, one cut in half) and gets one row per
// trainee, one per item with how many missed it, the weakest topics, a CSV that runs no formula,
// a printable page; nothing sent or stored; axe in both themes; a 390 px phone.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { TrainerParams } from '../../src/lib/quiz/trainer-link';
import type { QuizItem } from '../../src/schemas/quiz';
import { axeBothThemes } from '../support/axe';
import { classMessage, play, wrong, type WaForm } from '../fixtures/quiz/class-messages';
import { useBrowser } from './context';
import { bank } from './quiz-helpers';

const b = useBrowser();
afterEach(() => b.closeAll());
const origin = new URL(b.baseUrl).origin;
const items = bank as unknown as QuizItem[];

const linkA: TrainerParams = { topics: ['posisi', 'hubungan'], size: 12, seed: 'kelaspagi', feedback: 'akhir' };
const linkB: TrainerParams = { topics: ['karakter'], size: 8, seed: 'kelassiang', feedback: 'langsung' };
/** Picks by a pattern: right, the first wrong option, the last option, or none. */
const trainee = (name: string, pattern: number[]) => ({
  name,
  pick: (item: QuizItem, i: number) => {
    const p = pattern[i % pattern.length]!;
    return p === 0 ? item.answer : p === 1 ? wrong(item) : p === 2 ? item.options.at(-1)!.id : null;
  },
});
const classA = [
  trainee('Budi Santoso', [0, 1, 0]),
  trainee('Siti Rahma', [0]),
  trainee('@dewi.kasir', [1, 0, 2, 0]),
  trainee('Andi', [0, 0, 1]),
  trainee('Rina', [2, 0]),
  trainee('Joko', [0, 3, 0, 0]),
  trainee('Maya', [1, 1, 0]),
];
const classB = [trainee('Tono', [0, 1]), trainee('Lia', [0]), trainee('Eko', [1, 0, 0])];
const forms: WaForm[] = ['copy-android', 'copy-iphone', 'export-android', 'export-iphone'];

function paste(): string {
  const a = classA.map((t, i) => classMessage(items, linkA, t, forms[i % 4], i));
  const bMessages = classB.map((t, i) => classMessage(items, linkB, t, 'copy-android', 30 + i));
  // Edited by hand: a trainee raised their score.
  const edited = classMessage(items, linkA, trainee('Fajar', [1, 0]), 'copy-android', 40).replace(/Skor: \d+ dari/, 'Skor: 12 dari');
  // Cut in half: only the first half of the message was copied.
  const whole = classMessage(items, linkA, trainee('Gita', [0]), 'copy-iphone', 41).split('\n');
  const cut = whole.slice(0, Math.floor(whole.length / 2)).join('\n');
  return [bMessages[0], a[0], a[1], edited, a[2], bMessages[1], '[06/12/26 10.42] Pelatih: terima kasih semua', a[3], cut, a[4], a[5], bMessages[2], a[6]].join('\n');
}

async function readClass(width = 1280, colorScheme: 'light' | 'dark' = 'light') {
  const { page, errors } = await b.open('/kuis/rekap-kelas/', { viewport: { width, height: 900 }, colorScheme, acceptDownloads: true });
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.locator('[data-hydrated], .rekap').first().waitFor();
  await page.getByLabel('Pesan hasil dari peserta').fill(paste());
  await page.getByRole('button', { name: 'Baca pesan' }).click();
  await page.locator('[data-class-status]', { hasText: 'pesan terbaca' }).waitFor();
  return { page, errors, requests };
}

describe('class summary', () => {
  it('reads twelve pasted messages: two links apart, one row per trainee and per item, the edited and the cut one not read', async () => {
    const { page, errors, requests } = await readClass();
    expect(await page.locator('[data-class-status]').innerText()).toBe('10 pesan terbaca, 2 tidak terbaca, dari 2 tautan kuis.');
    const groups = page.locator('[data-group]');
    expect(await groups.count()).toBe(2);
    const a = page.locator('[data-group="posisi,hubungan|12|kelaspagi"]');
    const bGroup = page.locator('[data-group="karakter|8|kelassiang"]');
    expect(await a.locator('[data-trainee]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-trainee')))).toEqual(classA.map((t) => t.name));
    expect(await bGroup.locator('[data-trainee]').count()).toBe(3);
    // Every item asked once per link, with how many missed it, counted from the picks independently.
    for (const [group, params, people] of [[a, linkA, classA], [bGroup, linkB, classB]] as const) {
      const sessions = people.map((t) => play(items, params, t));
      const ids = sessions[0]!.entries.map((e) => e.item.id);
      expect(await group.locator('[data-item]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-item')))).toEqual(ids);
      for (const id of ids) {
        const missed = sessions.filter((s) => s.entries.find((e) => e.item.id === id)!.result !== 'correct').length;
        expect(await group.locator(`[data-item="${id}"]`).getAttribute('data-missed'), id).toBe(String(missed));
      }
    }
    const budi = play(items, linkA, classA[0]!).entries.filter((e) => e.result === 'correct').length;
    expect(await a.locator('[data-trainee="Budi Santoso"]').innerText()).toContain(`${budi} dari 12`);
    expect(await a.locator('[data-trainee="Budi Santoso"]').innerText()).toContain('06/12/26 10.00');
    // An item row: the wrong option chosen most and a link to the guide section.
    const row = a.locator('[data-item]:not([data-missed="0"])').first();
    expect(await row.innerText()).toMatch(/\(\d+ orang\)/);
    expect(await row.locator('a').getAttribute('href')).toMatch(/^\/panduan\/[\w/-]+#[\w-]+$/);
    expect(await a.locator('[data-weak-topics] li').count()).toBe(2);
    expect(await a.locator('[data-weak-topics] li').first().innerText()).toContain('(paling lemah)');
    // The two set aside, each with its reason.
    const unread = page.locator('[data-unread] li');
    expect(await unread.evaluateAll((li) => li.map((l) => l.getAttribute('data-reason')))).toEqual(['cut', 'scoreMismatch']);
    expect(await unread.nth(0).innerText()).toContain('Gita');
    expect(await unread.nth(1).innerText()).toContain('Pesan sudah diubah: skor yang tertulis tidak cocok');
    // Nothing sent elsewhere, nothing stored.
    expect(requests.filter((u) => !u.startsWith(origin))).toEqual([]);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toContain('Kode rekap');
    // The CSV: the trainees and the items, a handle that starts with @ kept as text.
    const [download] = await Promise.all([page.waitForEvent('download'), a.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('rekap-kelas-kelaspagi.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFRekap kelas;Topik;Berdasarkan posisi, Berdasarkan hubungan;Jumlah soal;12;Kode soal;kelaspagi\r\n')).toBe(true);
    expect(csv).toContain("\r\n'@dewi.kasir;06/12/26 10.02;");
    expect(csv.match(/^(pos|hub)-\d+;/gm)).toHaveLength(12);
    // Printed: the tables without the paste box and the buttons.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByLabel('Pesan hasil dari peserta').isVisible()).toBe(false);
    expect(await a.getByRole('button', { name: 'Unduh CSV' }).isVisible()).toBe(false);
    expect(await a.locator('table').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });

  it('says what to do with an empty box or a paste without results', async () => {
    const { page, errors } = await b.open('/kuis/rekap-kelas/');
    await page.getByRole('button', { name: 'Baca pesan' }).click();
    await page.locator('[data-class-status]', { hasText: 'Belum ada teks' }).waitFor();
    await page.getByLabel('Pesan hasil dari peserta').fill('[06/12/26 10.15] Ani: halo pak');
    await page.getByRole('button', { name: 'Baca pesan' }).click();
    await page.locator('[data-class-status]', { hasText: 'Tidak ada pesan hasil kuis latihan' }).waitFor();
    expect(await page.locator('[data-group]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('fits a 390 px phone and has zero axe violations in both themes', async () => {
    const { page, errors } = await readClass(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await axeBothThemes(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
