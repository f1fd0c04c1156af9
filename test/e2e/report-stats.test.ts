// The report's difference tests in Chromium, on a phone in Jakarta: the 0 % / 100 %
// cases are not called bermakna, and a file of 100 branches drawn from one distribution shows
// none after the Benjamini–Hochberg adjustment. Files are written as Google Forms exports them
// in the Indonesian interface. The numbers are worked out in test/lib/metrics/reference.py.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './context';
import { hydrated } from './islands';
import { mulberry32 } from '../../src/lib/quiz/rng';

const b = useBrowser();
const PHONE = { timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } };


/** A Google Forms CSV (Indonesian interface): "Stempel waktu" as dd/mm/yyyy hh:mm:ss. */
function formsCsv(question: string, rows: readonly (readonly [month: number, day: number, branch: string, score: number])[]): Buffer {
  const two = (n: number) => String(n).padStart(2, '0');
  const lines = rows.map(([month, day, branch, score], i) => `${two(day)}/${two(month)}/2026 ${two(8 + (i % 10))}:${two(i % 60)}:00,${branch},${score}`);
  return Buffer.from(`Stempel waktu,Cabang,${question}\n${lines.join('\n')}\n`);
}

const NPS_QUESTION = 'Seberapa besar kemungkinan Anda merekomendasikan kami kepada teman atau keluarga?';

/**
 * The kept page at the report on a phone in Jakarta (or, given `on`, that page's report replaced
 * through "Ganti berkas"), uploads the file, picks the metric and builds.
 */
async function reportOf(name: string, csv: Buffer, metric: string, on?: { page: Page; errors: string[] }): Promise<{ page: Page; errors: string[] }> {
  const opened = on ?? (await b.kept('/kalkulator/laporan/', PHONE));
  if (on) await on.page.getByRole('button', { name: 'Ganti berkas' }).click();
  else await hydrated(opened.page);
  await opened.page.setInputFiles('#berkas-survei', { name, mimeType: 'text/csv', buffer: csv });
  await opened.page.selectOption('#metrik', metric);
  await opened.page.getByRole('button', { name: 'Buat laporan' }).click();
  await opened.page.waitForSelector('#bagikan', { timeout: 30_000 });
  // A span this short is read by week; these files are about months.
  await opened.page.selectOption('#periode', 'month');
  await opened.page.waitForSelector('[data-period^="2026-1"]');
  return opened;
}

/** Every tested difference on the page: where it is, its verdict, its p. */
const differences = (page: Page) =>
  page.locator('[data-bermakna]').evaluateAll((list) =>
    list.map((el) => ({
      where: el.closest('[data-period]')?.getAttribute('data-period') ?? el.closest('[data-segment]')?.getAttribute('data-segment') ?? '',
      verdict: el.getAttribute('data-bermakna'),
      p: el.getAttribute('data-p'),
      text: el.textContent ?? '',
    })),
  );

/** November: 30 answers of `top`; December: 54 of `top` and 6 of `bottom`; branch A then B. */
const edgeFile = (question: string, top: number, bottom: number) =>
  formsCsv(question, [
    ...Array.from({ length: 30 }, (_, i) => [11, 1 + (i % 28), 'A', top] as const),
    ...Array.from({ length: 60 }, (_, i) => [12, 1 + (i % 28), 'B', i < 54 ? top : bottom] as const),
  ]);

describe('differences at 0 % and 100 %', () => {
  // One page reads the four files in turn ("Ganti berkas" between them), each report checked whole.
  it('NPS p = 0,144 and CSAT p = 0,075 are not bermakna; CES of the same shape is too skewed to test; a CES interval that would pass 7 stops there and says so', async () => {
    // NPS: 30 answers all 10 against 54 tens and 6 zeros is p = 0,144, not bermakna.
    const opened = await reportOf('nps-tepi.csv', edgeFile(NPS_QUESTION, 10, 0), 'nps');
    const { page, errors } = opened;
    let found = await differences(page);
    // December against November, and each branch against the other (the same two groups).
    expect(found.map((d) => [d.where, d.verdict])).toEqual([['2026-12', 'tidak'], ['A', 'tidak'], ['B', 'tidak']]);
    for (const d of found) expect(Number(d.p)).toBeCloseTo(0.14427953987480105, 10);
    expect(found[0]!.text).toBe('\u221220,0 poin (p = 0,144), tidak bermakna');

    // CSAT: 30 of 30 satisfied against 54 of 60 is p = 0,075, not bermakna.
    await reportOf('csat-tepi.csv', edgeFile('Seberapa puas Anda dengan layanan kami?', 5, 1), 'csat5', opened);
    found = await differences(page);
    expect(found.map((d) => d.verdict)).toEqual(['tidak', 'tidak', 'tidak']);
    // Campbell's 'N − 1' chi-squared: R's prop.test(correct = FALSE) gives 0.0730, × (N − 1)/N → 0.0746.
    for (const d of found) expect(Number(d.p)).toBeCloseTo(0.0746099338021522, 10);
    expect(found[0]!.text).toBe('\u221210,0 poin (p = 0,075), tidak bermakna');

    // CES: the same shape is too skewed to test, and says so without a p.
    await reportOf('ces-tepi.csv', edgeFile('Seberapa mudah urusan Anda diselesaikan?', 7, 1), 'ces', opened);
    found = await differences(page);
    expect(found.map((d) => [d.verdict, d.p])).toEqual([['kecil', null], ['kecil', null], ['kecil', null]]);
    expect(found[0]!.text).toBe('\u22120,60, terlalu sedikit untuk diuji');
    // No interval here reaches past 7 (November's, all 7, is 7,00 to 7,00): none says it was cut.
    expect(await page.locator('[data-capped]').count()).toBe(0);

    // CES: 27 sevens, 2 sixes, 1 five: Student's t interval 6,70 to 7,03 (R: t.test(x)$conf.int) stops at 7.
    const scores = [...Array(27).fill(7), 6, 6, 5] as number[];
    await reportOf('ces-atas.csv', formsCsv('Seberapa mudah urusan Anda diselesaikan?', scores.map((s, i) => [11, 1 + (i % 28), 'A', s] as const)), 'ces', opened);
    expect(await page.locator('[data-headline] [data-result="ci-low"]').innerText()).toBe('6,70');
    expect(await page.locator('[data-headline] [data-result="ci-high"]').innerText()).toBe('7,00');
    expect(await page.locator('[data-headline] [data-capped="high"]').innerText()).toBe(' (batas atas dipotong di 7, ujung skala)');
    expect(errors).toEqual([]);
  });
});

describe('many comparisons', () => {
  it('100 branches drawn from one distribution: no branch is called bermakna after the adjustment', async () => {
    const random = mulberry32(2026);
    // 45 % promoters, 30 % passives, 25 % detractors, 40 answers a branch over three months.
    const score = (r: number) => (r < 0.25 ? Math.floor(r * 28) : r < 0.55 ? 7 + Math.floor((r - 0.25) * 6.6) : 9 + Math.floor((r - 0.55) * 4.4));
    const rows = Array.from({ length: 4000 }, (_, i) => [9 + (i % 3), 1 + (i % 28), `Cabang ${1 + Math.floor(i / 40)}`, score(random())] as const);
    const { page, errors } = await reportOf('seratus-cabang.csv', formsCsv(NPS_QUESTION, rows), 'nps');
    const column = page.locator('[data-segment-column]');
    const found = await column.locator('[data-bermakna]').evaluateAll((list) => list.map((el) => [el.getAttribute('data-bermakna'), el.getAttribute('data-p')]));
    expect(found).toHaveLength(100);
    expect(found.filter(([verdict]) => verdict === 'ya')).toEqual([]);
    for (const [, p] of found) {
      expect(Number.isFinite(Number(p))).toBe(true);
      expect(Number(p)).toBeGreaterThanOrEqual(0);
      expect(Number(p)).toBeLessThanOrEqual(1);
    }
    expect(await column.locator('[data-family]').innerText()).toBe(
      'Karena tabel ini memuat 100 perbandingan sekaligus, nilai p di sini sudah disesuaikan (metode Benjamini–Hochberg) agar selisih yang muncul hanya karena kebetulan tidak disebut bermakna.',
    );
    // The trend's three months are a family of two changes.
    expect(await page.locator('[data-period] [data-bermakna]').count()).toBe(2);
    expect(await page.locator('body').innerText()).not.toMatch(/NaN|Infinity|undefined/);
    expect(errors).toEqual([]);
  });
});
