// The printable sheets under the guides, printed for real: axe in print emulation, the paper
// (A4, four A6 cards, one landscape worksheet), the tally sheet's rows against the calculators'
// count fields, and the reply templates' copy button.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { axeBothThemes } from '../support/axe';
import { builtPages } from '../support/pages';
import { DIST } from '../support/paths';
import { MAX_BUSINESS_NAME, NAME_BLANK, SURVEY_QUESTIONS, entryHref, groupEntryHref, scaleOf } from '../../src/lib/survey-kit';
import { t } from '../../src/i18n/id';
import { JOURNEY_STAGES, WORKSHEET_ROWS } from '../../src/lib/journey';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());

const html = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');
const printables = builtPages().filter((p) => p.endsWith('/') && html(p).includes('data-printable'));
/** Pages in a PDF (each page object, not the /Pages tree). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;

describe('printable sheets', () => {
  it('are the survey cards, the tally sheet and the journey worksheet', () => {
    expect(printables).toEqual(
      expect.arrayContaining(['/panduan/survei-pelanggan/kartu/', '/panduan/survei-pelanggan/rekap/', '/panduan/perjalanan-pelanggan/lembar-kerja/']),
    );
  });

  // All rules with the light theme on screen, the colour rules with the dark one, on one load of
  // each sheet (test/support/axe.ts): printing must give the same sheet from either theme.
  it('have zero axe violations when printed, from either theme on screen', async () => {
    const failures: string[] = [];
    const { page } = await b.kept('/');
    await page.emulateMedia({ media: 'print' });
    for (const path of printables) {
      await page.goto(b.baseUrl + path);
      for (const v of await axeBothThemes(page)) failures.push(`${path}: ${v}`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('print the four A6 survey cards on one A4 page', async () => {
    const { page, errors } = await b.kept('/panduan/survei-pelanggan/kartu/');
    await page.emulateMedia({ media: 'print' });
    const cards = await page.locator('.survey-card').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => [Math.round(r.width), Math.round(r.height)]));
    // 105 × 148.5 mm at 96 px per inch.
    expect(cards).toEqual(new Array(4).fill([397, 561]));
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
    expect(errors).toEqual([]);
  });

  it('prints the tally sheet on one A4 page, one row per calculator count field, each linking to its calculator', async () => {
    const { page } = await b.kept('/panduan/survei-pelanggan/rekap/');
    for (const metric of ['nps', 'csat', 'ces'] as const) {
      const block = page.locator(`section:has(#rekap-${metric})`);
      const rows = await block.locator('tbody th[scope="row"]').allInnerTexts();
      expect(rows.map((r) => Number.parseInt(r, 10))).toEqual(scaleOf(SURVEY_QUESTIONS[metric]));
      expect(await block.locator('a[data-entry="per-skor"]').getAttribute('href')).toBe(entryHref(metric));
    }
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ preferCSSPageSize: true }))).toBe(1);
  });

  it('prints the journey worksheet on one A4 landscape page, a column per stage and a row per item', async () => {
    const { page } = await b.kept('/panduan/perjalanan-pelanggan/lembar-kerja/');
    expect(await page.locator('.worksheet-table thead th').count()).toBe(JOURNEY_STAGES.length + 1);
    expect(await page.locator('.worksheet-table tbody tr').count()).toBe(WORKSHEET_ROWS.length);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
    // A4 landscape: 842 × 595 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 84[12](\.\d+)? 59[45](\.\d+)?\s*\]/);
  });

  it('opens the NPS calculator from the tally sheet with the eleven per-score fields empty', async () => {
    const { page } = await b.kept('/panduan/survei-pelanggan/rekap/');
    await page.locator('section:has(#rekap-nps) a[data-entry="per-skor"]').click();
    await page.waitForSelector('[data-calculator][data-hydrated]');
    const fields = page.locator('input[id^="skor-"]');
    expect(await fields.count()).toBe(11);
    expect(await fields.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(new Array(11).fill(''));
  });

  it('sends the NPS group totals to the calculator\'s "Jumlah per kelompok" fields, and says so beside the link', async () => {
    const { page } = await b.kept('/panduan/survei-pelanggan/rekap/');
    const link = page.locator('section:has(#rekap-nps) a[data-entry="per-kelompok"]');
    expect(await link.getAttribute('href')).toBe(groupEntryHref());
    expect(await link.locator('xpath=..').innerText()).toContain(t('tally.enterGroups'));
    await link.click();
    await page.waitForSelector('[data-calculator][data-hydrated]');
    const fields = page.locator('#promotor, #pasif, #detraktor');
    expect(await fields.count()).toBe(3);
    expect(await fields.evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))).toEqual(['', '', '']);
    expect(await page.locator('input[id^="skor-"]').count()).toBe(0);
  });
});

/** The business name as each survey card's slots hold it. */
const slots = (page: import('playwright-core').Page) =>
  page.locator('.survey-card [data-business]').evaluateAll((els) => els.map((e) => e.textContent));

describe('business name on the survey cards', () => {

  it('fills all twelve places on the four cards from one field, keeping the name out of the address and out of storage', async () => {
    const { page, errors } = await b.kept('/panduan/survei-pelanggan/kartu/');
    // Three places per card: the name line, the NPS question and the CES statement.
    expect(await slots(page)).toEqual(new Array(4).fill(['', NAME_BLANK, NAME_BLANK]).flat());
    await page.getByLabel(t('card.nameLabel')).fill('  Warung   Bu Sri ');
    expect(await slots(page)).toEqual(new Array(12).fill('Warung Bu Sri'));
    expect(await page.locator('.survey-card').first().innerText()).toContain('merekomendasikan Warung Bu Sri kepada');
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    // The name prints.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.survey-card').last().innerText()).toContain('Warung Bu Sri memudahkan saya');
    await page.emulateMedia({ media: 'screen' });
    // Emptied, the cards go back to lines to write on.
    await page.getByLabel(t('card.nameLabel')).fill('');
    expect(await slots(page)).toEqual(new Array(4).fill(['', NAME_BLANK, NAME_BLANK]).flat());
    expect(errors).toEqual([]);
  });

  it('puts the name in the address only when asked, and a link with a name opens the cards filled in', async () => {
    const { page } = await b.kept('/panduan/survei-pelanggan/kartu/');
    const field = page.getByLabel(t('card.nameLabel'));
    await field.fill('Laundry Kilat & Bersih');
    await page.getByRole('button', { name: t('card.nameShare') }).click();
    await expect.poll(() => page.locator('[data-business-form] [role="status"]').innerText()).toBe(t('card.nameShared'));
    // The address changes in the page (history.replaceState); Playwright hears of it a moment later.
    const named = () => new URL(page.url()).searchParams.get('nama');
    await expect.poll(named).toBe('Laundry Kilat & Bersih');
    const shared = page.url();
    // Once in the address, the address follows later edits.
    await field.fill('Laundry Kilat');
    await expect.poll(named).toBe('Laundry Kilat');

    await page.goto(shared);
    expect(await field.inputValue()).toBe('Laundry Kilat & Bersih');
    expect(await slots(page)).toEqual(new Array(12).fill('Laundry Kilat & Bersih'));
  });

  it('cuts a name from a link that would not fit a card, and says so', async () => {
    const long = `Toko ${'Sumber Rezeki '.repeat(8)}`.trim();
    const { page } = await b.kept(`/panduan/survei-pelanggan/kartu/?nama=${encodeURIComponent(long)}`);
    const value = await page.getByLabel(t('card.nameLabel')).inputValue();
    expect(value.length).toBeLessThanOrEqual(MAX_BUSINESS_NAME);
    expect(long.startsWith(value)).toBe(true);
    expect(await page.locator('[data-business-form] [role="status"]').innerText()).toBe(t('card.nameCut', { max: MAX_BUSINESS_NAME }));
  });
});

describe('reply templates', () => {
  it('copy their text with one click and say so', async () => {
    const { page, errors } = await b.kept('/panduan/pemulihan-layanan/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const box = page.locator('[data-copy]').first();
    await box.locator('button').click();
    await expect.poll(() => box.locator('[role="status"]').innerText()).toBe(t('copy.done'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await box.locator('.copy-body').innerText()).trim());
    expect(copied).toMatch(/^Halo Kak \[nama\]/);
    expect(errors).toEqual([]);
  });

  it('give the owner facing a threat to report a first reply to copy, one that names the customer\'s right to go to BPSK', async () => {
    const { page, errors } = await b.kept('/panduan/pelanggan-mengancam-melapor/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const box = page.locator('[data-copy]');
    expect(await box.count()).toBe(1);
    await box.locator('button').click();
    await expect.poll(() => box.locator('[role="status"]').innerText()).toBe(t('copy.done'));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await box.locator('.copy-body').innerText()).trim());
    expect(copied).toMatch(/^Halo Kak \[nama\]/);
    expect(copied).toContain('BPSK');
    expect(errors).toEqual([]);
  });
});

// One browser with script off for every sheet and template (a context's script setting is fixed
// when it is made, so the kept page cannot serve here).
describe('without script', () => {
  it('the survey cards hide the name field and the print button and leave lines to write the name on (printing from the browser menu still works); the reply templates keep their text selectable and hide the copy button', async () => {
    const { page } = await b.open('/panduan/survei-pelanggan/kartu/', { javaScriptEnabled: false });
    expect(await page.locator('[data-business-form]').isVisible()).toBe(false);
    expect(await slots(page)).toEqual(new Array(4).fill(['', NAME_BLANK, NAME_BLANK]).flat());
    expect(await page.locator('[data-print]').isVisible()).toBe(false);
    await page.goto(b.baseUrl + '/panduan/pemulihan-layanan/');
    expect(await page.locator('[data-copy] button').first().isVisible()).toBe(false);
    expect(await page.locator('[data-copy] .copy-body').first().innerText()).toMatch(/^Halo Kak/);
  });
});
