// The quizzes in a real browser: keyboard and mouse runs to the summary, retry, Leitner order,
// resuming after a reload, broken storage, printing, the guide self-check, axe, and the budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it, onTestFinished } from 'vitest';
import { pageWeight } from '../bench/weights.mjs';
import { axeBothThemes } from '../support/axe';
import { DIST } from '../support/paths';
import { useBrowser } from './context';
import {
  answerByMouse,
  answerInPage,
  atQuestion,
  byScenario,
  focused,
  norm,
  optionTexts,
  PROGRESS_KEY,
  rightText,
  runByMouse,
  runInPage,
  shown,
  stop,
} from './quiz-helpers';

const b = useBrowser();
afterEach(() => b.closeAll());

describe('topic quiz', () => {
  it('has its first question in the HTML, readable and answerable without JavaScript, with the guide one link away', async () => {
    for (const topic of ['posisi', 'penanganan', 'campuran']) {
      const html = readFileSync(join(DIST, `kuis/${topic}/index.html`), 'utf8');
      expect(html, topic).toMatch(/<form class="quiz-card"[^>]*data-item="[\w-]+"/);
      expect(html, topic).not.toContain('Menyiapkan soal…</p>');
    }
    const { page } = await b.open('/kuis/posisi/', { javaScriptEnabled: false });
    const item = await shown(page);
    expect(item.topic).toBe('posisi');
    expect(norm(await page.locator('.quiz-card legend').innerText())).toBe(norm(item.question));
    expect((await optionTexts(page)).map(norm).sort()).toEqual(item.options.map((o) => norm(o.text)).sort());
    expect(await page.locator('#kuis-soal').innerText()).toBe('Soal 1 dari 10');
    // Its options are real radio buttons: they can be chosen, only checking needs the script.
    const radio = page.locator('.quiz-card input[type="radio"]').first();
    await radio.check();
    expect(await radio.isChecked()).toBe(true);
    expect(await page.getByRole('button', { name: 'Periksa jawaban' }).isVisible()).toBe(false);
    const note = page.locator('.quiz-noscript');
    expect(await note.innerText()).toContain('jawabannya tidak bisa diperiksa');
    await note.getByRole('link', { name: 'Baca panduannya' }).click();
    await page.waitForURL(/\/panduan\/jenis-pelanggan\/berdasarkan-posisi\/$/);
  });

  it('keeps the question it served for a first visit, taking it over in place when the trainee first touches it', async () => {
    const { page, errors } = await b.kept('/kuis/karakter/');
    const form = page.locator('form.quiz-card');
    const served = await form.getAttribute('data-item');
    const top = () => form.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const before = await top();
    // Nothing of the quiz loads until the trainee touches the question.
    const quizLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /quiz-page\.[\w-]+\.js/.test(r.name)));
    await page.waitForLoadState('networkidle');
    expect(await quizLoaded()).toBe(false);
    const item = await shown(page);
    await page.locator('.quiz-card .quiz-option label', { hasText: rightText(item) }).click();
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    // The choice made before the script arrived is kept and graded, on the same question, where it was.
    await page.locator('.quiz-feedback').waitFor();
    expect(await page.locator('.quiz-card [role="status"] .quiz-verdict').innerText()).toBe('Benar.');
    expect(await form.getAttribute('data-item')).toBe(served);
    expect(await top()).toBe(before);
    expect(await page.locator('form.quiz-card').count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('runs a whole quiz by keyboard alone: arrows never grade, focus follows the questions; prints the result with the name, date, score and breakdown', async () => {
    const { page, errors } = await b.kept('/kuis/posisi/?seed=keyboard');
    await atQuestion(page, 1, 10);
    // In by the skip link, then Tab to the first option.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    for (let i = 0; i < 12 && (await focused(page)).type !== 'radio'; i++) await page.keyboard.press('Tab');
    let score = 0;
    for (let i = 0; i < 10; i++) {
      if (i > 0) {
        expect(await focused(page)).toMatchObject({ id: 'kuis-soal', text: `Soal ${i + 1} dari 10` });
        await page.keyboard.press('Tab');
      }
      expect((await focused(page)).type).toBe('radio');
      const item = await shown(page);
      const texts = await optionTexts(page);
      const want = i % 3 === 0 ? texts.findIndex((t) => t !== rightText(item)) : texts.indexOf(rightText(item));
      await page.keyboard.press('Space');
      for (let k = 0; k < want; k++) await page.keyboard.press('ArrowDown');
      // Moving through the options grades nothing.
      expect(await page.locator('.quiz-card [role="status"]').innerText()).toBe('');
      expect(await page.locator('.quiz-feedback').count()).toBe(0);
      expect(await page.locator('.quiz-card input:checked').getAttribute('value')).toBe(
        item.options.find((o) => o.text === texts[want])!.id,
      );
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('Periksa jawaban');
      await page.keyboard.press('Enter');
      if (i === 0) await page.locator('[data-quiz][data-hydrated]').waitFor({ state: 'attached' });
      const verdict = await page.locator('.quiz-card [role="status"] .quiz-verdict').innerText();
      expect(verdict).toBe(i % 3 === 0 ? 'Kurang tepat.' : 'Benar.');
      if (i % 3 !== 0) score++;
      expect(await focused(page)).toMatchObject({ id: 'kuis-berikutnya' });
      await page.keyboard.press('Enter');
    }
    expect(await focused(page)).toMatchObject({ id: 'kuis-hasil', text: 'Hasil latihan' });
    expect(await page.locator('.quiz-score').innerText()).toBe(`${score} dari 10 soal benar (${score * 10}%)`);
    expect(errors).toEqual([]);
    // The summary just reached prints with the name typed on the page, the date, the score and the
    // breakdown (one finished run serves both).
    expect(await page.locator('.quiz-print-head').isVisible()).toBe(false);
    await page.getByLabel('Nama Anda (untuk hasil cetak)').fill('Siti Aminah');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.emulateMedia({ media: 'print' });
    const head = page.locator('.quiz-print-head');
    expect(await head.isVisible()).toBe(true);
    const text = norm(await head.innerText());
    expect(await page.locator('h1').innerText()).toBe('Kuis: Berdasarkan posisi');
    expect(await page.locator('.quiz-intro').isVisible()).toBe(false);
    expect(text).toContain('Nama peserta: Siti Aminah');
    expect(text).toMatch(/Tanggal: \d{1,2} \w+ \d{4}/);
    expect(await page.locator('.quiz-score').isVisible()).toBe(true);
    expect(await page.locator('.quiz-summary table').isVisible()).toBe(true);
    expect(await page.locator('#kuis-nama').isVisible()).toBe(false);
    expect(await page.locator('.quiz-summary button').first().isVisible()).toBe(false);
    expect(requests).toEqual([]); // the name goes nowhere
  });

  it('runs a whole quiz by mouse to a summary with per-topic score and every mistake explained', async () => {
    const { page, errors } = await b.kept('/kuis/hubungan/?seed=mouse');
    const missed = await runByMouse(page, 10, (i) => ![1, 4, 8].includes(i));
    expect(await page.locator('.quiz-score').innerText()).toBe('7 dari 10 soal benar (70%)');
    const row = page.locator('.quiz-summary tbody tr');
    expect(await row.count()).toBe(1);
    expect(norm(await row.innerText())).toBe('Berdasarkan hubungan 7/10 70%');
    const review = page.locator('.quiz-review > li');
    expect(await review.count()).toBe(3);
    for (const [i, item] of missed.entries()) {
      const li = review.nth(i);
      const text = norm(await li.innerText());
      expect(text).toContain(norm(item.question));
      expect(text).toContain(`Jawaban yang benar: ${stop(rightText(item))}`);
      expect(text).toContain('Jawaban Anda:');
      expect(await li.locator('a[href^="/panduan/"]').count()).toBe(1);
    }
    expect(errors).toEqual([]);
  });



  it('retries only the missed items, then puts missed items first in the next session', async () => {
    const { page } = await b.kept('/kuis/istilah/?seed=retry');
    const missed = await runInPage(page, 10, (i) => i !== 2 && i !== 6);
    const missedIds = missed.map((m) => m.id).sort();
    // A new session first: Leitner brings the two missed items back at the start.
    await page.getByRole('button', { name: 'Mulai sesi baru' }).click();
    await atQuestion(page, 1, 10);
    expect(await focused(page)).toMatchObject({ id: 'kuis-soal' });
    const first: string[] = [];
    for (let i = 0; i < 2; i++) {
      await atQuestion(page, i + 1, 10);
      first.push((await answerInPage(page, false, 'Soal berikutnya')).id);
    }
    expect(first.sort()).toEqual(missedIds);
    // Finish this one wrong on those two only, then retry just them.
    await runInPage(page, 10, () => true, 2);
    await page.getByRole('button', { name: 'Ulangi yang salah (2 soal)' }).click();
    await atQuestion(page, 1, 2);
    const retried: string[] = [];
    for (let i = 0; i < 2; i++) {
      await atQuestion(page, i + 1, 2);
      retried.push((await answerInPage(page, true, i === 1 ? 'Lihat hasil' : 'Soal berikutnya')).id);
    }
    expect(retried.sort()).toEqual(missedIds);
    expect(await page.locator('#kuis-hasil').innerText()).toBe('Hasil mengulang soal yang salah');
    expect(await page.locator('.quiz-score').innerText()).toBe('2 dari 2 soal benar (100%)');
    expect(await page.getByRole('button', { name: /Ulangi yang salah/ }).count()).toBe(0);
  });

  it('resumes after a reload, and the list shows the stored mastery', async () => {
    const { page, errors } = await b.kept('/kuis/penanganan/?seed=reload');
    for (let i = 0; i < 3; i++) {
      await atQuestion(page, i + 1, 10);
      await answerInPage(page, true, 'Soal berikutnya');
    }
    await atQuestion(page, 4, 10);
    const fourth = await answerInPage(page, false);
    await page.reload();
    await atQuestion(page, 4, 10);
    expect((await shown(page)).id).toBe(fourth.id);
    expect(await page.locator('.quiz-feedback .quiz-verdict').innerText()).toBe('Kurang tepat.');
    expect(await page.getByText('Melanjutkan sesi yang belum selesai.').isVisible()).toBe(true);
    expect(await page.locator('#kuis-kemajuan').getAttribute('value')).toBe('4');
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();
    await runInPage(page, 10, () => true, 4);
    expect(await page.locator('.quiz-score').innerText()).toBe('9 dari 10 soal benar (90%)');
    await page.goto(`${b.baseUrl}/kuis/`);
    const meter = page.locator('[data-mastery="penanganan"]');
    await meter.waitFor();
    expect(norm(await meter.innerText())).toMatch(/^Dikuasai 0 dari \d+ soal, skor terbaik 90%$/);
    expect(norm(await page.locator('[data-mastery="posisi"]').innerText())).toBe('Belum pernah dikerjakan');
    // "Hapus kemajuan" asks first, then forgets everything.
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Hapus kemajuan kuis' }).click();
    await expect.poll(async () => norm(await meter.innerText())).toBe('Belum pernah dikerjakan');
    expect(await page.getByText('Kemajuan kuis sudah dihapus.').isVisible()).toBe(true);
    expect(await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)).toBe(JSON.stringify({ v: 2, items: {}, best: {}, sessions: 0 }));
    expect(errors).toEqual([]);
  });

  it('keeps working when stored data is garbage, of an unknown version, or from version 1', async () => {
    const cases: [string, string, RegExp][] = [
      ['{"v":2,"items":', '{broken', /^Belum pernah dikerjakan$/],
      [JSON.stringify({ v: 7, items: {}, best: { posisi: 50 }, sessions: 1 }), JSON.stringify({ v: 1, topic: 'posisi', entries: [['pos-01', ['z'], '', -1]], index: 0, phase: 'answering', seed: 'x', retry: false }), /^Belum pernah dikerjakan$/],
      [JSON.stringify({ version: 1, scores: { posisi: { best: 60, attempts: 2 } } }), 'null', /^Dikuasai 0 dari \d+ soal, skor terbaik 60%$/],
    ];
    // One page; each case starts from emptied storage (b.visit), as a first visit would.
    const { page, errors } = await b.kept();
    for (const [progress, session, listed] of cases) {
      await b.visit(page, '/kuis/');
      await page.evaluate(
        ([k, p, s]) => {
          localStorage.setItem(k!, p!);
          localStorage.setItem('paham-pelanggan:kuis-sesi:v1:posisi', s!);
        },
        [PROGRESS_KEY, progress, session],
      );
      await page.reload();
      const meter = page.locator('[data-mastery="posisi"]');
      await meter.waitFor();
      expect(norm(await meter.innerText())).toMatch(listed);
      await page.goto(`${b.baseUrl}/kuis/posisi/`);
      await atQuestion(page, 1, 10);
      // Answered through the page's own controls: the stored data is the subject, not the pointer.
      await answerInPage(page, true);
      expect(await page.locator('.quiz-feedback .quiz-verdict').innerText()).toBe('Benar.');
      expect(errors).toEqual([]);
    }
  });

});

describe('one quiz in several tabs and in the history', () => {
  const stored = async (page: Page) => JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PROGRESS_KEY)) ?? 'null');

  // Two tabs of one browser: the kept page and a second page in its context, closed at the end
  // (also when an assertion fails) so that no stale tab is left beside the next test's page.
  it('never lets a stale tab overwrite newer answers, offers to take over, and counts each item once', async () => {
    const { page: a } = await b.kept('/kuis/posisi/?seed=tabs');
    await atQuestion(a, 1, 10);
    const tabB = await a.context().newPage();
    onTestFinished(() => tabB.close());
    await tabB.goto(`${b.baseUrl}/kuis/posisi/?seed=tabs`);
    await atQuestion(tabB, 1, 10);
    for (let i = 0; i < 3; i++) {
      await answerInPage(a, true, 'Soal berikutnya');
    }
    await atQuestion(a, 4, 10);
    // Tab B, still on question 1, is told and cannot answer over tab A's progress.
    await tabB.getByText('Anda melanjutkan kuis ini di tab lain.', { exact: false }).waitFor();
    expect(await tabB.locator('.quiz-option').count()).toBe(0);
    await a.reload();
    await atQuestion(a, 4, 10);
    // Taking over in B continues at A's question 4; A is then told in its turn.
    await tabB.getByRole('button', { name: 'Lanjutkan di tab ini' }).click();
    await atQuestion(tabB, 4, 10);
    expect(await focused(tabB)).toMatchObject({ id: 'kuis-soal' });
    await answerInPage(tabB, false);
    await a.getByRole('button', { name: 'Lanjutkan di tab ini' }).waitFor();
    await tabB.getByRole('button', { name: 'Soal berikutnya' }).click();
    await runInPage(tabB, 10, () => true, 4);
    expect(await tabB.locator('.quiz-score').innerText()).toBe('9 dari 10 soal benar (90%)');
    await a.getByText('Sesi ini sudah diselesaikan atau dihapus di tab lain.').waitFor();
    const progress = await stored(a);
    expect(progress.sessions).toBe(1);
    expect(Object.values(progress.items as Record<string, { seen: number }>).map((p) => p.seen)).toEqual(Array(10).fill(1));
    // A starts afresh only when asked, and that records nothing twice.
    await a.getByRole('button', { name: 'Mulai sesi baru' }).click();
    await atQuestion(a, 1, 10);
    expect((await stored(a)).sessions).toBe(1);
  });

  // On the kept page: its history before this test's first entry (the last tests' pages) is never
  // reached, as the test goes back no further than the /kuis/ it starts on.
  it('shows the summary again on Back, Forward and reload after finishing; a new visit starts a new session', async () => {
    const { page, errors } = await b.kept('/kuis/');
    await page.goto(`${b.baseUrl}/kuis/dasar/`);
    await runInPage(page, 10, (i) => i !== 0);
    const score = '9 dari 10 soal benar (90%)';
    expect(await page.locator('.quiz-score').innerText()).toBe(score);
    await page.goBack();
    await page.waitForURL(/\/kuis\/$/);
    await page.goForward();
    await page.locator('#kuis-hasil').waitFor();
    expect(await page.locator('.quiz-score').innerText()).toBe(score);
    await page.reload();
    await page.locator('#kuis-hasil').waitFor();
    expect(await page.locator('.quiz-score').innerText()).toBe(score);
    await page.getByRole('link', { name: 'Kembali ke daftar kuis' }).click();
    await page.waitForURL(/\/kuis\/$/);
    await page.goBack();
    await page.locator('#kuis-hasil').waitFor();
    expect(await page.locator('.quiz-score').innerText()).toBe(score);
    expect((await stored(page)).sessions).toBe(1); // shown again, not recorded again
    // Coming in by a link is a new visit: a new session, not the old summary.
    await page.goto(`${b.baseUrl}/kuis/`);
    await page.goto(`${b.baseUrl}/kuis/dasar/`);
    await atQuestion(page, 1, 10);
    expect(await page.locator('#kuis-hasil').count()).toBe(0);
    // Back in the finished entry, a new session replaces the summary there: a reload resumes it.
    await page.goBack();
    await page.goBack();
    await page.locator('#kuis-hasil').waitFor();
    await page.getByRole('button', { name: 'Mulai sesi baru' }).click();
    await atQuestion(page, 1, 10);
    await answerInPage(page, true);
    await page.reload();
    await atQuestion(page, 1, 10);
    expect(await page.locator('.quiz-feedback .quiz-verdict').innerText()).toBe('Benar.');
    expect((await stored(page)).sessions).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('guide self-check (Uji pemahaman)', () => {
  it('loads its grader only near the end of the guide and grades in place, with zero axe violations in both themes', async () => {
    const { page, errors } = await b.kept('/panduan/jenis-pelanggan/berdasarkan-posisi/', { viewport: { width: 1280, height: 800 } });
    const graderLoaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((r) => /guide-check\.[\w-]+\.js/.test(r.name)));
    expect(await graderLoaded()).toBe(false);
    const section = page.locator('[data-guide-check]');
    expect(await section.locator('form').count()).toBeGreaterThanOrEqual(2);
    await section.scrollIntoViewIfNeeded();
    await expect.poll(graderLoaded).toBe(true);
    const form = section.locator('form').first();
    await form.getByRole('button', { name: 'Periksa jawaban' }).click();
    expect(await form.locator('[role="status"]').innerText()).toContain('Pilih salah satu jawaban dulu');
    const scenario = norm(await form.locator('.quiz-scenario').innerText());
    const item = byScenario.get(scenario)!;
    await form.locator('label', { hasText: rightText(item) }).click();
    await form.getByRole('button', { name: 'Periksa jawaban' }).click();
    expect(await form.locator('[role="status"] .quiz-verdict').innerText()).toBe('Benar.');
    expect(norm(await form.locator('.quiz-option.is-right').innerText())).toContain('Jawaban yang benar');
    expect(page.url()).not.toContain('?'); // the form never submits to the server
    expect(errors).toEqual([]);
    // The graded self-check: all rules in light, the colour rules in dark (test/support/axe.ts).
    expect(await axeBothThemes(page)).toEqual([]);
  });

  it('is left out of the search index', () => {
    const html = readFileSync(join(DIST, 'panduan/jenis-pelanggan/berdasarkan-posisi/index.html'), 'utf8');
    expect(html).toMatch(/<section[^>]*data-guide-check[^>]*data-pagefind-ignore/);
  });
});

describe('a mixed quiz in every state', () => {
  // One run of the mixed quiz serves: asking for an answer, feedback within one frame, topics
  // interleaved, and axe at each state it passes through: all rules in light, the colour rules in
  // dark (test/support/axe.ts). The graded guide self-check has its axe run in its own test above.
  it('asks for an answer instead of grading nothing, gives feedback in words and icon within one frame, interleaves topics, and has zero axe violations on question, feedback, summary and mastery views, in both themes', async () => {
    const failures: string[] = [];
    const check = async (page: Page, label: string) => {
      for (const v of await axeBothThemes(page)) failures.push(`${label}: ${v}`);
    };
    const { page, errors } = await b.kept('/kuis/campuran/?seed=axe');
    await atQuestion(page, 1, 10);
    // Checking with nothing chosen asks for an answer and grades nothing.
    await page.getByRole('button', { name: 'Periksa jawaban' }).click();
    expect(await page.locator('.quiz-card [role="status"]').innerText()).toContain('Pilih salah satu jawaban dulu');
    expect(await page.locator('#kuis-soal').innerText()).toBe('Soal 1 dari 10');
    await check(page, 'question, asked to choose first');

    // A wrong answer: the verdict is in the status region in the next animation frame, before paint.
    expect(await page.locator('.quiz-tag').innerText()).toMatch(/^Topik: /);
    const item = await shown(page);
    const wrong = (await optionTexts(page)).find((t) => t !== rightText(item))!;
    await page.locator('.quiz-option label', { hasText: wrong }).click();
    const inFrame = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          (document.querySelector('.quiz-card button[type="submit"]') as HTMLButtonElement).click();
          requestAnimationFrame(() => resolve(document.querySelector('.quiz-card [role="status"]')!.textContent ?? ''));
        }),
    );
    expect(inFrame).toContain('Kurang tepat.');
    const feedback = page.locator('.quiz-feedback');
    expect(await feedback.locator('svg').count()).toBeGreaterThan(0);
    const text = norm(await feedback.innerText());
    expect(text).toContain(`Jawaban Anda: ${stop(wrong)}`);
    expect(text).toContain(`Jawaban yang benar: ${stop(rightText(item))}`);
    expect(await feedback.locator('a[href^="/panduan/"]').count()).toBe(1);
    // The options say which is right and which was chosen, in words.
    expect(norm(await page.locator('.quiz-option.is-right').innerText())).toContain('Jawaban yang benar');
    expect(norm(await page.locator('.quiz-option.is-wrong').innerText())).toContain('Pilihan Anda');
    expect(await page.locator('.quiz-card input[type="radio"]').first().isDisabled()).toBe(true); // locked once checked
    await check(page, 'feedback');
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();

    // The mixed quiz interleaves topics and never asks the same right type twice in a row.
    const items = [item];
    for (let i = 1; i < 10; i++) {
      await atQuestion(page, i + 1, 10);
      expect(await page.locator('.quiz-tag').innerText()).toMatch(/^Topik: /);
      items.push(await answerInPage(page, i % 2 === 0, i === 9 ? 'Lihat hasil' : 'Soal berikutnya'));
    }
    await page.locator('#kuis-hasil').waitFor();
    const topics = new Set(items.map((it) => it.topic));
    const types = items.map((it) => it.options.find((o) => o.id === it.answer)?.type ?? it.id);
    expect(topics.size).toBeGreaterThan(1);
    for (let i = 1; i < types.length; i++) expect(types[i], `questions ${i} and ${i + 1}`).not.toBe(types[i - 1]);
    expect(await page.locator('.quiz-summary tbody tr').count()).toBe(topics.size);
    await check(page, 'summary');

    await page.goto(`${b.baseUrl}/kuis/`);
    await page.locator('[data-mastery="campuran"]').waitFor();
    await check(page, '/kuis/ with progress');
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('small screens', () => {
  it('fits a 320 px screen without sideways scrolling: list, question, feedback, summary, profiler', async () => {
    const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const { page } = await b.kept('/kuis/', { viewport: { width: 320, height: 640 } });
    await page.locator('[data-mastery="posisi"]').waitFor();
    expect(await overflow(page), '/kuis/').toBeLessThanOrEqual(0);
    await page.goto(`${b.baseUrl}/kuis/penanganan/?seed=narrow`);
    await atQuestion(page, 1, 10);
    expect(await overflow(page), 'question').toBeLessThanOrEqual(0);
    await answerByMouse(page, false);
    expect(await overflow(page), 'feedback').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Soal berikutnya' }).click();
    await runInPage(page, 10, () => false, 1);
    expect(await overflow(page), 'summary').toBeLessThanOrEqual(0);
    await page.goto(`${b.baseUrl}/kuis/kenali-pelanggan/`);
    await page.locator('astro-island:not([ssr])').waitFor({ state: 'attached' });
    await page.locator('label[for="profil-harga-membandingkan"]').click();
    await page.locator('label[for="profil-keluhan-serba-negatif"]').click();
    await page.getByRole('button', { name: 'Lihat hasil' }).click();
    await page.locator('#profil-hasil').waitFor();
    expect(await overflow(page), 'profiler').toBeLessThanOrEqual(0);
  });
});

describe('budget', () => {
  it('the quiz page needs at most 20 KB of gzipped script, without Zod', () => {
    for (const path of ['/kuis/posisi/', '/kuis/campuran/']) {
      const w = pageWeight(DIST, path);
      expect(w.jsGzip, path).toBeLessThanOrEqual(20 * 1024);
      for (const f of w.jsFiles) expect(readFileSync(join(DIST, f), 'utf8'), f).not.toMatch(/ZodError|zod/i);
    }
  });
});
