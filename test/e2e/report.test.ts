// The survey report in Chromium: every fixture uploaded, confirmed with "Buat laporan", and the
// figures read from the page's contract (data-result, data-period, data-segment) against values
// worked out by hand (see test/fixtures/report/make-fixtures.mjs); bad files; axe in both
// themes; print.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeBothThemes } from '../support/axe';
import { ROOT } from '../support/paths';
import { useBrowser } from './context';
import type { KeptOptions } from './kept-page';
import { hydrated } from './islands';

const b = useBrowser();
const PATH = '/kalkulator/laporan/';
const fixture = (name: string) => readFileSync(join(ROOT, 'test/fixtures/report', name));

async function upload(page: Page, name: string, buffer: Buffer = fixture(name)) {
  await page.setInputFiles('#berkas-survei', { name, mimeType: name.endsWith('.xlsx') ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv', buffer });
}

async function build(page: Page) {
  await page.getByRole('button', { name: 'Buat laporan' }).click();
  await page.waitForSelector('[data-headline]', { timeout: 20_000 });
  // The report appears in steps; sharing comes last.
  await page.waitForSelector('#bagikan');
}

/** The file's kept page (in a time zone if asked), hydrated and ready for a file. */
async function openPage(options: KeptOptions = {}) {
  const opened = await b.kept(PATH, options);
  await hydrated(opened.page);
  return opened;
}

/** The time zone the page and each of its workers (the report's reader) read dates in. */
const zonesOf = async (page: Page) => [
  await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
  // A worker may end between being listed and being read: it has no zone to report then.
  ...(await Promise.all(page.workers().map((w) => w.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone).catch(() => null)))).filter(
    (zone): zone is string => zone !== null,
  ),
];

/** The page with the report of one fixture on screen. */
async function reportOf(name: string, options?: Parameters<typeof openPage>[0]) {
  const opened = await openPage(options);
  await upload(opened.page, name);
  await build(opened.page);
  return opened;
}

const headline = (page: Page, name: string) => page.locator(`[data-headline] [data-result="${name}"]`).innerText();
const cell = (page: Page, row: string, name: string) => page.locator(`${row} [data-result="${name}"]`).innerText();

// One survey (40 answers, 2 rows unusable), hand-counted: 20 promoters, 9 passives, 11
// detractors: NPS 22,5. Months: September 5 P 3 D → 20,0; October 4/3 → 10,0; November 7/1
// → 60,0; December 4/4 → 0,0. Branches: Surabaya 7 P 2 D of 13 → 38,5; Medan 8/4 of 13 →
// 30,8; Bandung 5/5 of 14 → 0,0. Interval (adjusted-Wald: n = 43, P = 20,75, D = 11,75, centre
// 9/43 = 20,9, s² = 0,7120, margin 1,96·√(s²/43) = 25,2): −4,3 to 46,2.
const SAME_SURVEY = ['gforms-id.csv', 'gforms-en.csv', 'excel-id.csv', 'excel-unicode.txt', 'survei.xlsx'];

describe('the same survey from every export', () => {
  // One page reads the five files in turn ("Ganti berkas" between them), as an owner comparing
  // exports would; every figure is checked for each file.
  it(`gives the same figures from ${SAME_SURVEY.join(', ')}; lets every role be changed before computing`, async () => {
    const { page, errors } = await b.kept(PATH);
    const elsewhere: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(b.baseUrl) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) elsewhere.push(r.url());
    });
    await hydrated(page);
    for (const name of SAME_SURVEY) {
      if (name !== SAME_SURVEY[0]) await page.getByRole('button', { name: 'Ganti berkas' }).click();
      await upload(page, name);
      await build(page);
      expect(await page.locator('.report-source').textContent(), name).toContain(`Dari berkas ${name},`);
      expect(await headline(page, 'nps'), name).toBe('22,5');
      expect(await headline(page, 'n'), name).toBe('40');
      expect(await headline(page, 'ditolak'), name).toBe('2');
      expect(await headline(page, 'ci-low'), name).toBe('\u22124,3');
      expect(await headline(page, 'ci-high'), name).toBe('46,2');
      // The split behind it: 20 promoters, 9 passives, 11 detractors of 40.
      expect([await headline(page, 'promotor'), await headline(page, 'pasif'), await headline(page, 'detraktor')], name).toEqual(['50,0', '22,5', '27,5']);
      // November: 7 promoters, 2 passives, 1 detractor of 10; Surabaya: 7, 4 and 2 of 13.
      expect(await page.locator('tr[data-period="2026-11"] [data-result="promotor"]').innerText(), name).toBe('70,0');
      expect(await page.locator('tr[data-period="2026-11"] [data-result="detraktor"]').innerText(), name).toBe('10,0');
      for (const [period, nps] of [['2026-09', '20,0'], ['2026-10', '10,0'], ['2026-11', '60,0'], ['2026-12', '0,0']]) {
        expect(await cell(page, `tr[data-period="${period}"]`, 'nps'), `${name} ${period}`).toBe(nps);
        expect(await cell(page, `tr[data-period="${period}"]`, 'n'), `${name} ${period}`).toBe('10');
      }
      const branch = page.locator('[data-segment-column]').filter({ has: page.locator('[data-segment="Bandung"]') });
      for (const [value, nps, n] of [['Surabaya', '38,5', '13'], ['Medan', '30,8', '13'], ['Bandung', '0,0', '14']]) {
        expect(await branch.locator(`[data-segment="${value}"] [data-result="nps"]`).innerText(), `${name} ${value}`).toBe(nps);
        expect(await branch.locator(`[data-segment="${value}"] [data-result="n"]`).innerText(), `${name} ${value}`).toBe(n);
      }
      expect(await branch.locator('[data-segment="Surabaya"] [data-result="pasif"]').innerText(), name).toBe('30,8');
      expect(await branch.locator('[data-segment]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-segment'))), name).toEqual(['Surabaya', 'Medan', 'Bandung']);
    }
    // Every role can be changed before computing: the first file again, by channel alone.
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'gforms-id.csv');
    await page.selectOption('#kolom-segmen-1', '2'); // Kanal
    await page.selectOption('#kolom-segmen-2', '-1');
    await build(page);
    const channel = page.locator('[data-segment-column="Kanal"]');
    expect(await channel.locator('[data-segment="Toko"] [data-result="n"]').innerText()).toBe('20');
    expect(await page.locator('[data-segment-column]').count()).toBe(1);
    expect(errors).toEqual([]);
    // Nothing of the files goes anywhere: no request leaves the site, none carries a file.
    expect(elsewhere).toEqual([]);
    expect(page.url()).toBe(b.baseUrl + PATH);
  });
});

/**
 * The segment charts of ms-forms.xlsx's report on a 390 px phone: labels told apart by their end,
 * nothing drawn outside the SVG.
 */
async function chartsFit(page: Page) {
  const chart = page.locator('[data-segment-column="Cabang mana yang Anda kunjungi?"] svg.report-chart');
  // Each label's lines, read as one.
  const labels = await chart.locator('.segment-label').evaluateAll((list) => list.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')));
  expect([...labels].sort()).toEqual(['Cabang Jakarta Barat', 'Cabang Jakarta Selatan', 'Cabang Jakarta Timur', 'Warung Kopi Sentosa Pasar Baru']);
  const outside = await page.locator('svg.report-chart').evaluateAll((svgs) =>
    svgs.flatMap((svg) => {
      const box = (svg as SVGSVGElement).viewBox.baseVal;
      return [...svg.querySelectorAll<SVGGraphicsElement>('text, line, circle')].flatMap((el) => {
        const b = el.getBBox();
        return b.x < box.x - 0.5 || b.y < box.y - 0.5 || b.x + b.width > box.x + box.width + 0.5 || b.y + b.height > box.y + box.height + 0.5 ? [`${el.tagName} ${el.textContent} ${b.x},${b.y} ${b.width}×${b.height}`] : [];
      });
    }),
  );
  expect(outside).toEqual([]);
}

describe('workbook dates in Indonesian time zones', () => {
  // Excel dates are wall-clock times: a browser in Jayapura (UTC+9) reads the same days as UTC.
  const WORKBOOKS = ['ms-forms.xlsx', 'excel-tanggal.xlsx', 'survei.xlsx'];
  /** The period rows of each workbook read in `timezoneId`; `onReport` looks at each report first. */
  async function periodsIn(timezoneId: string, viewport?: KeptOptions['viewport'], onReport?: (page: Page, name: string) => Promise<void>) {
    const { page } = await openPage({ timezoneId, viewport });
    const seen: Record<string, string[]> = {};
    for (const name of WORKBOOKS) {
      if (name !== WORKBOOKS[0]) await page.getByRole('button', { name: 'Ganti berkas' }).click();
      await upload(page, name);
      await build(page);
      await onReport?.(page, name);
      // The zone is in force where the dates are read: the page and its worker (at least one).
      const zones = await zonesOf(page);
      expect(zones.length, name).toBeGreaterThan(1);
      expect(new Set(zones), name).toEqual(new Set([timezoneId]));
      await page.emulateMedia({ media: 'print' });
      const rows = await page.locator('tr[data-period]').evaluateAll((list) => list.map((r) => `${r.getAttribute('data-period')} ${r.querySelector('[data-result="n"]')?.textContent}`));
      seen[name] = [await page.locator('.report-source').innerText(), ...rows];
      await page.emulateMedia({ media: 'screen' });
    }
    return seen;
  }
  let utc: Record<string, string[]> | undefined;
  it('reads the days the cells show (UTC)', async () => {
    utc = await periodsIn('UTC');
    expect(utc['ms-forms.xlsx']![0]).toMatch(/^Dari berkas ms-forms\.xlsx, jawaban 1 Mei 2026 sampai 1 Agustus 2026\./);
    expect(utc['ms-forms.xlsx']!.at(-1)).toBe('2026-08 2');
    expect(utc['excel-tanggal.xlsx']![0]).toMatch(/jawaban 30 Juni 2026 sampai 1 September 2026\./);
  });
  for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']) {
    // In Jakarta on a phone, whose narrow charts are checked on the Microsoft Forms report (chartsFit).
    const jakarta = zone === 'Asia/Jakarta';
    it(`reads the same days and periods in ${zone}${jakarta ? '; on a phone, its charts keep segment labels told apart by their end, and draw nothing outside the SVG' : ''}`, async () => {
      let charted = false;
      const seen = jakarta
        ? await periodsIn(zone, { width: 390, height: 900 }, async (page, name) => {
            if (name !== 'ms-forms.xlsx') return;
            await chartsFit(page);
            charted = true;
          })
        : await periodsIn(zone);
      expect(charted).toBe(jakarta);
      // The source line ends with the day the report is made, which may differ between zones.
      const span = (line: string) => line.replace(/ Laporan dibuat .*/, '');
      for (const name of WORKBOOKS) {
        expect(span(seen[name]![0]!), name).toBe(span(utc![name]![0]!));
        expect(seen[name]!.slice(1), name).toEqual(utc![name]!.slice(1));
      }
    });
  }
});

describe("other tools' exports", () => {
  it('Qualtrics and SurveyMonkey: titles without their machine rows, figures as computed independently', async () => {
    const { page, errors } = await openPage();
    await upload(page, 'qualtrics.csv');
    await page.waitForSelector('#kolom-segmen-1');
    // The computed NPS group is not even offered as a group of customers.
    const offered = await page.locator('#kolom-segmen-1 option').allInnerTexts();
    expect(offered.some((o) => o.includes('Group'))).toBe(false);
    await build(page);
    // independent-check.json: NPS −34,44 of 90 answers.
    expect(await headline(page, 'nps')).toBe('\u221234,4');
    expect(await headline(page, 'n')).toBe('90');
    expect(await page.locator('[data-segment-column]').evaluateAll((s) => s.map((e) => e.getAttribute('data-segment-column')))).toEqual(['Cabang mana yang Anda kunjungi?']);
    expect(await page.locator('section.report').innerText()).not.toMatch(/ImportId|QID/);
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'surveymonkey.csv');
    await build(page);
    // CSAT 68,06 % of 72 answers; three respondents skipped the question.
    expect(await headline(page, 'csat')).toBe('68,1');
    expect(await headline(page, 'ditolak')).toBe('3');
    expect(await page.locator('[data-segment-column]').getAttribute('data-segment-column')).toBe('Di cabang mana Anda berbelanja?');
    expect(await page.locator('h2#hasil-laporan ~ section h3').allInnerTexts()).not.toContain(expect.stringContaining('Response'));
    expect(errors).toEqual([]);
  });
});

describe('the report', () => {
  // On a 320 px screen: the report fits it without sideways scrolling, and what follows reads the same at any width.
  it('fits 320 px without sideways scrolling; tests no change between groups too small to read; shows comments with filters and frequent words, and changes the period', async () => {
    const { page, errors } = await reportOf('gforms-id.csv', { viewport: { width: 320, height: 800 } });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    // Ten answers a month: each change is shown with its size, none is called significant.
    const trend = page.locator('section[aria-labelledby="tren"] tbody');
    expect(await trend.locator('strong').count()).toBe(0);
    expect(await trend.locator('[data-period="2026-11"]').innerText()).toContain('+50,0 poin, terlalu sedikit untuk diuji');
    // Rows are named as an owner reads them, with the period's key beside.
    expect(await trend.locator('[data-period="2026-11"] th').innerText()).toMatch(/^November 2026\s+2026-11$/);
    // Detractors first: 11 of them, and 11 commented (every BAD comment is non-empty).
    expect(await page.getByTestId('comment-count').innerText()).toContain('11 komentar');
    expect(await page.locator('.frequent').innerText()).toContain('antrean lama');
    await page.fill('#cari-komentar', 'whatsapp');
    expect(await page.getByTestId('comment-count').innerText()).toMatch(/^\d+ komentar/);
    await page.selectOption('#periode', 'quarter');
    expect(await cell(page, 'tr[data-period="2026-Q3"]', 'n')).toBe('10');
    expect(await cell(page, 'tr[data-period="2026-Q4"]', 'nps')).toBe('23,3'); // 15 P, 8 D of 30
    await page.selectOption('#periode', 'week');
    expect(await page.locator('tr[data-period^="2026-W"]').count()).toBeGreaterThan(10);
    expect(await page.locator('tr[data-period] .small-note').first().innerText()).toContain('terlalu sedikit untuk dibaca');
    // Weeks are smaller groups still: no change between them is called significant either.
    expect(await trend.locator('strong').count()).toBe(0);
    expect(await page.locator('section[aria-labelledby="tren"] caption').innerText()).toContain('NPS per minggu');
    expect(errors).toEqual([]);
  });

  it('reads CSAT with a column of mixed types, and CES by quarter; puts groups too small to read after the readable ones, in tables, charts and the crosstab', async () => {
    const { page } = await openPage();
    await upload(page, 'csat-campuran.csv');
    expect(await page.locator('#metrik').inputValue()).toBe('csat5');
    await build(page);
    expect(await headline(page, 'csat')).toBe('66,7');
    // Its band in words: name, then what it means (66,7% is under 70%).
    expect(await page.locator('[data-headline] .band').innerText()).toMatch(/^Perlu perhatian\. Banyak pelanggan belum puas, .*patokan umum/);
    expect(await headline(page, 'ditolak')).toBe('3');
    // 8 satisfied (4–5), 2 neutral (3), 2 unhappy (1–2) of 12: the neutral 3s are not counted as unhappy.
    expect([await headline(page, 'puas'), await headline(page, 'netral'), await headline(page, 'kecewa')]).toEqual(['66,7', '16,7', '16,7']);
    // What to do next comes right under the headline, not below the comments.
    expect(await page.locator('[data-headline] + .next-steps li').first().innerText()).toContain('Ada 2 pelanggan yang kecewa (skor 1–2)');
    expect(await cell(page, 'tr[data-period="2026-W46"]', 'csat')).toBe('80,0');
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'ces-kuartal.csv');
    await build(page);
    expect(await headline(page, 'ces')).toBe('5,45');
    expect(await page.locator('[data-headline] .band strong').innerText()).toBe('Cukup mudah');
    expect(await cell(page, 'tr[data-period="2025-Q1"]', 'ces')).toBe('6,50');
    expect(await page.locator('tr[data-segment="Retur barang"] [data-result="ces"]').innerText()).toBe('5,70');

    // Groups too small to read come after the readable ones, in tables, charts and the crosstab.
    // A Google Forms export: Bogor 40 × 4 (CSAT 100 %), Depok 40 × 5 and 3 alternately (50 %), four
    // answers without a branch (all 5, 100 %) and Cibubur 5 × 3 (0 %): the last two are too few to
    // read, so they come after Depok however high they are.
    const lines = ['Stempel waktu,Cabang,Seberapa puas Anda dengan layanan kami? (1-5)'];
    const add = (count: number, branch: string, score: (i: number) => number) => {
      for (let i = 0; i < count; i += 1) lines.push(`${String(1 + (i % 28)).padStart(2, '0')}/11/2026 10:00:00,${branch},${score(i)}`);
    };
    add(40, 'Bogor', () => 4);
    add(40, 'Depok', (i) => (i % 2 ? 5 : 3));
    add(4, '', () => 5);
    add(5, 'Cibubur', () => 3);
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'kecil.csv', Buffer.from(lines.join('\r\n') + '\r\n'));
    await build(page);
    const branch = page.locator('[data-segment-column="Cabang"]');
    const expected = ['Bogor', 'Depok', '(kosong)', 'Cibubur'];
    expect(await branch.locator('tbody th').allInnerTexts()).toEqual(expected);
    expect(await branch.locator('.segment-label').evaluateAll((labels) => labels.map((l) => l.textContent))).toEqual(expected);
    expect(await page.locator('[data-crosstab] tbody th').allInnerTexts()).toEqual(expected);
  });

  it('crosses branches with months, each cell as counted independently, on a phone in Jakarta', async () => {
    const { page } = await reportOf('gforms-id.csv', { timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } });
    // Independently: the answers whose score is a whole 0–10, by branch and month of their day.
    const tally = new Map<string, number[]>();
    for (const line of fixture('gforms-id.csv').toString('utf8').split(/\r?\n/)) {
      const m = /^(\d\d)\/(\d\d)\/(\d{4}) [^,]*,([^,]*),[^,]*,(\d+),/.exec(line);
      if (!m || Number(m[5]) > 10) continue;
      const cellKey = `${m[4]} ${m[3]}-${m[2]}`;
      const t = tally.get(cellKey) ?? [0, 0, 0];
      t[0]! += 1;
      if (Number(m[5]) >= 9) t[1]! += 1;
      if (Number(m[5]) <= 6) t[2]! += 1;
      tally.set(cellKey, t);
    }
    expect(tally.size).toBe(12);
    const table = page.locator('[data-crosstab]');
    for (const [cellKey, [n, promoters, detractors]] of tally) {
      const [branch, month] = cellKey.split(' ');
      const cellOf = table.locator(`[data-segment="${branch}"][data-period="${month}"]`);
      expect(await cellOf.locator('[data-result="n"]').innerText(), cellKey).toBe(String(n));
      const nps = ((100 * (promoters! - detractors!)) / n!).toFixed(1).replace('.', ',').replace('-', '\u2212');
      expect(await cellOf.locator('[data-result="nps"]').innerText(), cellKey).toBe(nps === '\u22120,0' ? '0,0' : nps);
      // Three or four answers a cell: each marked too few to read, as in the other tables.
      expect(await cellOf.locator('.small-note').innerText()).toBe('terlalu sedikit untuk dibaca');
    }
    // Rows in the order of the branch table; the table scrolls inside its region, not the page.
    const order = await page.locator('[data-segment-column="Cabang"] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-segment')));
    expect(await table.locator('tbody th').allInnerTexts()).toEqual(order);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  it('works by keyboard alone, from the picker to the copied summary; summarises for WhatsApp and as CSV, remembers only the column choices; prints the report with its charts and without the controls, never a heading alone at the foot of a page, links as full addresses', async () => {
    const { page } = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    const active = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.id || document.activeElement?.textContent?.trim() || '');
    async function tabTo(target: string) {
      for (let i = 0; i < 60 && (await active()) !== target; i += 1) await page.keyboard.press('Tab');
      expect(await active()).toBe(target);
    }
    // Listening from the start: file chooser interception is set up asynchronously, and a key press is quicker than that.
    const chosen = page.waitForEvent('filechooser');
    await tabTo('berkas-survei');
    await page.keyboard.press('Space');
    await (await chosen).setFiles(join(ROOT, 'test/fixtures/report/gforms-id.csv'));
    // The confirm step takes the keyboard (it may open below the fold).
    await expect.poll(active).toBe('periksa-kolom');
    await tabTo('Buat laporan');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#bagikan');
    expect(await active()).toBe('hasil-laporan');
    expect(await headline(page, 'nps')).toBe('22,5');
    await tabTo('Salin ringkasan');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('NPS: 22,5');
    // The summary for WhatsApp, as copied; the CSV; what is remembered.
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toContain('NPS: 22,5');
    expect(text).toContain('\nKategori: Cukup\n');
    // Every group here is under 30 answers, so no best or worst branch is named.
    expect(text).toContain('• Desember 2026: 0,0 (n = 10)');
    expect(text).not.toContain('Tertinggi');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh ringkasan (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toContain('Bulan;2026-11 (November 2026);10;60,0');
    expect(csv).toContain('\r\nSurabaya;2026-11 (November 2026);3;66,7;');
    expect(csv).toMatch(/^\uFEFFBerkas;gforms-id\.csv\r\nJawaban;1 September 2026 sampai \d+ Desember 2026\r\nBaris ditolak;2\r\n/);
    expect(csv).toContain('Surabaya;13;38,5');
    const stored = await page.evaluate(() => JSON.stringify(localStorage));
    expect(stored).not.toMatch(/Antrean|Bandung;|22,5/);
    expect(stored).toContain('Stempel waktu');
    expect(page.url()).toBe(b.baseUrl + PATH);
    // The same report in print: its charts, without the controls, never a heading alone at the
    // foot of a page, links as full addresses.
    const source = page.locator('.report-source');
    expect(await source.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    // On paper the report says what it came from: the file, the span of its answers, the day it was made.
    expect(await source.innerText()).toMatch(/^Dari berkas gforms-id\.csv, jawaban 1 September 2026 sampai \d+ Desember 2026\. Laporan dibuat \d+ \w+ \d{4}\.$/);
    expect(await page.locator('.report-chart').first().isVisible()).toBe(true);
    expect(await page.locator('tr[data-period="2026-11"]').isVisible()).toBe(true);
    for (const hidden of ['.report-pick', '.report-confirm', '.share', '.site-header']) expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(1000);
    // Never a heading alone at the foot of a page; links printed as full addresses.
    // "Tren" and "Per Cabang" each sit in one unbreakable block with their chart, and no heading ends a page.
    const headings = await page.locator('.report h3').evaluateAll((list) =>
      list.filter((h) => h.getClientRects().length).map((h) => {
        const block = h.closest('.keep-with-next');
        return { text: h.textContent, after: getComputedStyle(h).breakAfter, block: block ? getComputedStyle(block).breakInside : null, chart: !!block?.querySelector('svg.report-chart') };
      }),
    );
    for (const title of ['Tren', 'Per Cabang']) expect(headings).toContainEqual({ text: title, after: 'avoid', block: 'avoid', chart: true });
    expect(headings.every((h) => h.after === 'avoid')).toBe(true);
    // The segment × period table prints, its heading kept with its introduction.
    expect(await page.locator('[data-crosstab]').isVisible()).toBe(true);
    // Links in the report print the full address, never a bare "(/panduan/…)".
    const printed = await page.locator('.report a[href]').evaluateAll((links) => links.filter((a) => a.getClientRects().length).map((a) => getComputedStyle(a, '::after').content));
    expect(printed.length).toBeGreaterThan(0);
    for (const after of printed) expect(after).toMatch(/^" \(https:\/\/pahampelanggan\.id\/[^"]*\)"$/);
  });
});

describe('bad input', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['kosong.csv', Buffer.alloc(0), /kosong/],
    ['gambar.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4]), /bukan tabel/],
    ['lama.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /\.xls/],
    ['judul-saja.csv', Buffer.from('Stempel waktu,Cabang,Skor\r\n'), /Belum ada jawaban/],
  ];
  // One page takes each bad file in turn, and after each a good one to a report.
  it(`says what is wrong with ${cases.map(([name]) => name).join(', ')}, and keeps working after each`, async () => {
    const { page, errors } = await openPage();
    for (const [name, buffer, message] of cases) {
      if (name !== cases[0]![0]) await page.getByRole('button', { name: 'Ganti berkas' }).click();
      await upload(page, name, buffer);
      await expect.poll(() => page.getByTestId('report-error').innerText(), { timeout: 10_000, message: name }).toMatch(message);
      await upload(page, 'gforms-id.csv');
      await build(page);
      expect(await headline(page, 'nps'), `after ${name}`).toBe('22,5');
    }
    expect(errors).toEqual([]);
  });

  it('a file without numbers, and a column of two metrics: says so beside the score select and computes nothing', async () => {
    const { page } = await openPage();
    await upload(page, 'tanpa-angka.csv');
    await page.waitForSelector('#kolom-skor');
    expect(await page.locator('#kolom-skor-error').innerText()).toContain('Tidak ada kolom berisi angka');
    // Every row is text, so all of them look like titles: no claim about header rows then.
    expect(await page.locator('.report-confirm').innerText()).not.toContain('Judul kolom berkas ini');
    await page.getByRole('button', { name: 'Buat laporan' }).click();
    expect(await page.locator('[data-headline]').count()).toBe(0);
    // The keyboard is taken to the field whose message says what to fix.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('kolom-skor');
    // Two metrics in one column: said beside the same select, and nothing is computed.
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'metrik-campur.csv');
    await expect.poll(() => page.locator('#kolom-skor-error').innerText()).toContain('dua jenis survei');
    await page.getByRole('button', { name: 'Buat laporan' }).click();
    expect(await page.locator('[data-headline]').count()).toBe(0);
  });

  it('warns beside the metric when the scores do not fit it; takes the scale from the header: one stray 6 in 3,000 answers is rejected and named, never moves the scale', async () => {
    const { page } = await openPage();
    await upload(page, 'csat-campuran.csv');
    await page.waitForSelector('#metrik');
    const note = page.locator('#metrik-cocok');
    expect(await note.innerText()).toBe('');
    await page.selectOption('#metrik', 'nps');
    expect(await note.innerText()).toContain('skor tertinggi di kolom ini 5, padahal skala NPS sampai 10');
    await page.selectOption('#metrik', 'ces');
    expect(await note.innerText()).toBe('');
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'csat-skala.csv');
    await page.waitForSelector('#metrik');
    expect(await page.locator('#metrik').inputValue()).toBe('csat5');
    // One outlier in 1,000 answers is no reason for a warning; the report names it.
    expect(await page.locator('#metrik-cocok').innerText()).toBe('');
    await build(page);
    expect(await headline(page, 'csat')).toBe('59,7'); // 1,790 of 2,999 gave 4 or 5
    expect(await headline(page, 'n')).toBe('2.999');
    expect(await headline(page, 'ditolak')).toBe('1');
    await page.locator('.rejected summary').click();
    expect(await page.locator('[data-reject="out-of-range"]').innerText()).toBe('Skor di luar rentang 1–5: 1. Contoh: baris 202 “6”');
    // The rejected rows to download: the row as the spreadsheet numbers it, the reason, the cells as they were.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh baris yang ditolak (CSV)' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv).toBe('\uFEFFBerkas;csat-skala.csv\r\nBaris ditolak;1\r\n\r\nBaris;Alasan;Tanggal;Cabang;Kepuasan (1-5)\r\n202;Skor di luar rentang 1–5;21/11/2026;Bekasi;6\r\n');
    // Read as CSAT 1–7 instead, the note says no answer reaches the top of that scale.
    await page.getByRole('button', { name: 'Ganti berkas' }).click();
    await upload(page, 'csat-skala.csv');
    await page.waitForSelector('#metrik');
    await page.selectOption('#metrik', 'csat7');
    expect(await page.locator('#metrik-cocok').innerText()).toContain('skor tertinggi di kolom ini 5, padahal skala CSAT sampai 7');
  });

  it('cancels a long read and keeps working', async () => {
    const { page, errors } = await openPage();
    const rows = ['Tanggal,Cabang,Skor'];
    for (let i = 0; i < 400_000; i += 1) rows.push(`2026-11-${String(1 + (i % 28)).padStart(2, '0')},Cabang ${i % 5},${i % 11}`);
    // 10 MB, handed over as a file on disk: as a buffer it crosses Playwright's connection, which
    // took longer than the upload's 30 s on a loaded machine (a test of the machine, not the page).
    const big = join(mkdtempSync(join(tmpdir(), 'paham-report-')), 'besar.csv');
    writeFileSync(big, rows.join('\n'));
    await page.setInputFiles('#berkas-survei', big);
    await page.getByRole('button', { name: 'Buat laporan' }).click();
    await page.getByRole('button', { name: 'Batalkan' }).click();
    expect(await page.getByTestId('report-error').innerText()).toContain('dibatalkan');
    await upload(page, 'gforms-id.csv');
    await build(page);
    expect(await headline(page, 'nps')).toBe('22,5');
    expect(errors).toEqual([]);
    rmSync(dirname(big), { recursive: true, force: true });
  });
});

describe('accessibility', () => {
  // All rules in light, the colour rules in dark, on one run through each step (test/support/axe.ts).
  // The same run starts the report's worker when a pointer reaches the picker, and the pick uses that worker.
  it('has no axe violations at the column choice and with a report on screen, in both themes; starts its worker when a pointer reaches the picker, and the pick uses that worker', async () => {
    const { page } = await openPage();
    // Before a file, the page is as test/e2e/a11y.test.ts checks every built page once hydrated
    // (all rules in light, the colour rules in dark): that run covers it.
    expect(page.workers()).toHaveLength(0);
    await page.hover('#berkas-survei');
    await expect.poll(() => page.workers().length).toBe(1);
    const warmed = page.workers()[0];
    await upload(page, 'gforms-id.csv');
    await page.waitForSelector('#kolom-skor');
    expect(await axeBothThemes(page)).toEqual([]);
    await build(page);
    expect(await headline(page, 'nps')).toBe('22,5');
    expect(page.workers()).toEqual([warmed]);
    expect(await axeBothThemes(page)).toEqual([]);
  });
});
