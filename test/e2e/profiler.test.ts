// "Kenali pelanggan Anda" in a real browser: questions in the server HTML, answering by keyboard
// and mouse, results per axis (clear, mixed, not enough information), advice, nothing sent, axe.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { scoreProfile, type ProfileAnswers } from '../../src/lib/profiler/score';
import { profilerSchema } from '../../src/schemas/profiler';
import { axeBothThemes } from '../support/axe';
import { ROOT } from '../support/paths';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());

const data = profilerSchema.parse(parse(readFileSync(join(ROOT, 'content/profiler.yaml'), 'utf8')));
const AXES = ['posisi', 'hubungan', 'karakter', 'dasar', 'istilah'];
const typeData = readdirSync(join(ROOT, 'content/tipe'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(join(ROOT, 'content/tipe', f), 'utf8')) as { name: string; axis: string; order: number; handle: string[]; avoid: string[] }) }))
  .sort((a, b) => AXES.indexOf(a.axis) - AXES.indexOf(b.axis) || a.order - b.order);
const typeById = new Map(typeData.map((t) => [t.id, t]));
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Picks answers by clicking their labels. */
async function answer(page: Page, answers: Record<string, string>) {
  for (const [q, a] of Object.entries(answers)) await page.locator(`label[for="profil-${q}-${a}"]`).click();
}

const axis = (page: Page, name: string) => page.locator(`.profiler-axis[data-axis="${name}"]`);

describe('profiler', () => {
  it('shows every question with native radio buttons before any script runs', async () => {
    const { page } = await b.open('/kuis/kenali-pelanggan/', { javaScriptEnabled: false });
    expect(await page.locator('fieldset.profiler-q').count()).toBe(data.questions.length);
    for (const q of data.questions) {
      expect(norm(await page.locator('fieldset.profiler-q legend', { hasText: q.text }).innerText())).toContain(q.text);
      expect(await page.locator(`input[type="radio"][name="profil-${q.id}"]`).count()).toBe(q.answers.length);
    }
  });

  it('names the likely type per axis with its strength, the reasons and the advice, sending nothing', async () => {
    const { page, errors } = await b.kept('/kuis/kenali-pelanggan/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    const choice = { pemakai: 'dijual-lagi', asal: 'agen', frekuensi: 'rutin', harga: 'cari-diskon', keluhan: 'puas', tanggapan: 'ramah' };
    // Hydration keeps the server's text as it was (no doubled numbers or words).
    const legends = await page.locator('fieldset.profiler-q legend').allInnerTexts();
    expect(legends.map(norm)).toEqual(data.questions.map((q, i) => `${i + 1}. ${q.text}`));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await answer(page, choice);
    expect(await page.getByText('6 dari 8 pertanyaan dijawab').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    const heading = page.locator('#profil-hasil');
    await heading.waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profil-hasil');
    expect(await page.getByText('bukan penilaian pasti').isVisible()).toBe(true); // rule of thumb

    const expected = scoreProfile(data, choice as ProfileAnswers, typeData);
    const posisi = expected.axes.find((a) => a.axis === 'posisi')!;
    expect(posisi.status).toBe('clear');
    const top = posisi.top[0]!;
    const section = axis(page, 'posisi');
    expect(norm(await section.locator('h3').innerText())).toBe('Berdasarkan posisi: Cukup jelas');
    const rows = section.locator('.profiler-top li');
    expect(await rows.count()).toBe(posisi.top.length);
    expect(norm(await rows.first().innerText())).toBe(`${typeById.get(top.type)!.name} kekuatan ${Math.round(top.strength * 100)}%`);
    const bar = rows.first().locator('.profiler-bar span');
    expect(await bar.evaluate((el) => (el as HTMLElement).style.width)).toBe(`${Math.round(top.strength * 100)}%`);
    // Mengapa? lists the answers behind it.
    await section.locator('summary', { hasText: 'Mengapa?' }).click();
    const why = norm(await section.locator('.profiler-why ul').innerText());
    for (const r of top.reasons) expect(why).toContain(`“${r.question}” → “${r.answer}”`);
    // Do and don't from the type's own card, and a link to it.
    const advice = norm(await section.locator('.profiler-advice').innerText());
    const type = typeById.get(top.type)!;
    expect(advice).toContain(norm(type.handle[0]!));
    expect(advice).toContain(norm(type.avoid[0]!));
    expect(await section.locator(`.profiler-advice a[href$="#${top.type}"]`).count()).toBe(1);

    // Every axis matches the scoring.
    for (const a of expected.axes) {
      const label = { clear: 'Cukup jelas', mixed: 'Campuran', insufficient: 'Belum cukup informasi' }[a.status];
      expect(norm(await axis(page, a.axis).locator('h3').innerText())).toContain(label);
    }
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('says "belum cukup informasi" when the answers say too little, and "campuran" for a tie; has zero axe violations with results shown, in both themes', async () => {
    const { page } = await b.kept('/kuis/kenali-pelanggan/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    expect(await page.getByText('Jawab minimal satu pertanyaan dulu').isVisible()).toBe(true);
    expect(await page.locator('#profil-hasil').count()).toBe(0);

    await answer(page, { pemakai: 'tidak-tahu' });
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('#profil-hasil').waitFor();
    for (const name of ['posisi', 'hubungan', 'karakter', 'dasar']) {
      expect(norm(await axis(page, name).locator('h3').innerText())).toContain('Belum cukup informasi');
      expect(await axis(page, name).locator('.profiler-advice').count()).toBe(0);
    }

    // Berwawasan and sulit almost level: the karakter axis reads "Campuran" and advises on both.
    const mixed = { harga: 'membandingkan', 'cara-memilih': 'riset-dulu', keluhan: 'serba-negatif', 'saat-ditolak': 'mendebat' };
    const expected = scoreProfile(data, mixed, typeData).axes.find((a) => a.axis === 'karakter')!;
    expect(expected.status).toBe('mixed');
    await answer(page, mixed);
    await page.getByRole('button', { name: 'Perbarui hasil' }).click();
    const karakter = axis(page, 'karakter');
    await expect.poll(async () => norm(await karakter.locator('h3').innerText())).toBe('Berdasarkan karakter: Campuran');
    expect(await karakter.locator('.profiler-advice').count()).toBe(2);
    expect(norm(await karakter.locator('p').first().innerText())).toContain('hampir sama kuat');

    // Two more answers make the posisi and hubungan axes clear: results of every kind are on screen,
    // every "Mengapa?" open. All rules in light, the colour rules in dark (test/support/axe.ts).
    const label = { clear: 'Cukup jelas', mixed: 'Campuran', insufficient: 'Belum cukup informasi' };
    const all = { ...mixed, pemakai: 'sendiri', frekuensi: 'sekali' };
    const statuses = (answers: ProfileAnswers) => scoreProfile(data, answers, typeData).axes.map((a) => `${a.axis}: ${label[a.status]}`);
    const shownStatuses = () =>
      Promise.all(scoreProfile(data, all, typeData).axes.map(async ({ axis: name }) => `${name}: ${norm(await axis(page, name).locator('h3').innerText()).replace(/^[^:]*: /, '')}`));
    // The wait below is for the new results: they differ from those on screen.
    expect(statuses(all)).not.toEqual(await shownStatuses());
    await answer(page, { pemakai: 'sendiri', frekuensi: 'sekali' });
    await page.getByRole('button', { name: 'Perbarui hasil' }).click();
    await expect.poll(shownStatuses).toEqual(statuses(all));
    for (const d of await page.locator('details').all()) await d.evaluate((el) => ((el as HTMLDetailsElement).open = true));
    expect(await axeBothThemes(page)).toEqual([]);
  });

  it('works by keyboard alone and starts over on request', async () => {
    const { page } = await b.kept('/kuis/kenali-pelanggan/');
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('#profil-pemakai-sendiri').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown'); // → dijual-lagi
    expect(await page.locator('#profil-pemakai-dijual-lagi').isChecked()).toBe(true);
    await page.keyboard.press('Tab'); // next question's group
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown'); // arrows select as they move
    expect(await page.locator('input[name="profil-asal"]:checked').count()).toBe(1);
    await page.keyboard.press('Enter'); // implicit submission from a radio button
    await page.locator('#profil-hasil').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('profil-hasil');
    await page.getByRole('button', { name: 'Mulai dari awal' }).click();
    expect(await page.locator('#profil-hasil').count()).toBe(0);
    expect(await page.locator('.profiler input:checked').count()).toBe(0);
  });
});
