import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CALCULATORS, calculatorPath } from '../../src/lib/calculators/registry';
import { axeBothThemes, axeViolations } from '../support/axe';
import { sharedBrowser } from '../support/browser';
import { useBrowser } from './context';
import { hydrated, result } from './islands';
import { CONTEXT_DEFAULTS, keptPage } from './kept-page';

const b = useBrowser();
afterEach(() => b.closeAll());
/**
 * "Another browser": a second context, which shares no storage with the kept page's, kept for the
 * file and reset like it before each use (storage of every kind emptied: a first visit). A link
 * typed or copied in one is opened in the other; a new context per opening cost 5.3 s against
 * 1.6 s for a load in an open page under load (docs/test-suite.md, round 8).
 */
const elsewhere = keptPage(b.baseUrl, async () => (await sharedBrowser()).newContext(CONTEXT_DEFAULTS));

const BAD_WORDS = /NaN|Infinity|undefined|null/;

/** Chooses a radio or checkbox and waits for what it reveals (islands render it a moment later). */
async function choose(page: Page, control: string, reveals: string) {
  await page.locator(control).check();
  await page.locator(reveals).waitFor({ timeout: 10_000 });
}

/** Path and query of the page's address, to open it in another browser. */
const pathOf = (url: string) => new URL(url).pathname + new URL(url).search;

/** Keys typed into the first field, Tab between them, and the result they give. */
interface Typing {
  first: string;
  keys: string[];
  result: string;
}

interface Case {
  name: string;
  path: string;
  /** The headline's data-result. */
  figure: string;
  keyboard: Typing;
  /** Fills a realistic state: control choices first (control, what it reveals), then fields. */
  state: { choices: [string, string][]; fields: [string, string][]; inLink: string; result: string };
  /** Invalid field text and the message expected beside it; then all-zero (or empty) data. */
  bad: { fields: [string, string, RegExp][]; zero: [string, string][]; zeroMessage: RegExp };
  /**
   * A link showing the full result view; `published`, where given, checks the published figures
   * that the same link shows (one load for both).
   */
  resultView: { link: string; parts: string[]; published?: (page: Page) => Promise<void> };
}

const CASES: Case[] = [
  {
    name: 'NPS',
    path: '/kalkulator/nps/',
    figure: 'nps',
    keyboard: { first: '#promotor', keys: ['3', '2', '1'], result: '33,3' },
    state: {
      choices: [['#bandingkan', '#promotor_b']],
      fields: [
        ['#promotor', '1.234'],
        ['#pasif', '500'],
        ['#detraktor', '266'],
        ['#promotor_b', '10'],
        ['#pasif_b', '10'],
        ['#detraktor_b', '10'],
        ['#target-margin', '3'],
      ],
      inLink: 'target=3',
      result: '48,4',
    },
    bad: {
      fields: [
        ['#promotor', 'abc', /bukan angka/],
        ['#pasif', '-3', /negatif/i],
        ['#detraktor', '2,5', /bulat/i],
      ],
      zero: [['#promotor', '0'], ['#pasif', '0'], ['#detraktor', '0']],
      zeroMessage: /nol/,
    },
    resultView: {
      link: '/kalkulator/nps/?jumlah=3,2,4,5,6,8,9,20,25,30,28&promotor_b=40&pasif_b=30&detraktor_b=30',
      parts: ['[data-band]', 'svg.stacked', 'svg.histogram', '.comparison-result', '.next-steps', '[data-result="sampel"]'],
    },
  },
  {
    name: 'CSAT',
    path: '/kalkulator/csat/',
    figure: 'csat',
    keyboard: { first: '#csat-skor-1', keys: ['1', '1', '2', '8', '8'], result: '80,0' },
    state: {
      choices: [['input[name="csat-scale"] >> nth=1', '#csat-skor-7']],
      fields: [
        ['#csat-skor-1', '10'],
        ['#csat-skor-2', '10'],
        ['#csat-skor-3', '20'],
        ['#csat-skor-4', '30'],
        ['#csat-skor-5', '30'],
        ['#csat-skor-6', '300'],
        ['#csat-skor-7', '1.000'],
        ['#puas', '6'],
      ],
      inLink: 'puas=6',
      result: '92,9',
    },
    bad: {
      fields: [
        ['#csat-skor-1', 'abc', /bukan angka/],
        ['#csat-skor-2', '-3', /negatif/i],
        ['#csat-skor-3', '2,5', /bulat/i],
        ['#puas', '9', /antara 1 dan 5/],
      ],
      zero: [1, 2, 3, 4, 5].map((i) => [`#csat-skor-${i}`, '0'] as [string, string]).concat([['#puas', '']]),
      zeroMessage: /masih 0/,
    },
    resultView: { link: '/kalkulator/csat/?skala=5&jumlah=10,10,20,80,80', parts: ['[data-band]', 'svg.stacked', 'svg.histogram', '.next-steps'] },
  },
  {
    name: 'CES',
    path: '/kalkulator/ces/',
    figure: 'ces',
    keyboard: { first: '#ces-skor-1', keys: ['1', '0', '0', '0', '0', '2', '1'], result: '5,00' },
    state: {
      choices: [],
      fields: [
        ['#ces-skor-1', '80'],
        ['#ces-skor-2', '210'],
        ['#ces-skor-3', '140'],
        ['#ces-skor-4', '110'],
        ['#ces-skor-5', '160'],
        ['#ces-skor-6', '180'],
        ['#ces-skor-7', '120'],
      ],
      inLink: 'jumlah=80,210,140,110,160,180,120',
      result: '4,08',
    },
    bad: {
      fields: [
        ['#ces-skor-1', 'abc', /bukan angka/],
        ['#ces-skor-2', '-3', /negatif/i],
        ['#ces-skor-3', '2,5', /bulat/i],
      ],
      zero: [1, 2, 3, 4, 5, 6, 7].map((i) => [`#ces-skor-${i}`, '0'] as [string, string]),
      zeroMessage: /masih 0/,
    },
    resultView: {
      link: '/kalkulator/ces/?jumlah=80,210,140,110,160,180,120',
      parts: ['[data-band]', 'svg.stacked', 'svg.histogram', '.next-steps'],
      // The published mean and share agreeing.
      async published(page) {
        await expect.poll(() => result(page, 'ces')).toBe('4,08');
        expect(await page.locator('main').innerText()).toContain('arahnya terbalik');
        expect(await page.getAttribute('[data-band]', 'data-band')).toBe('hard');
        expect(await page.locator('[data-band] strong').innerText()).toBe('Perlu perhatian');
      },
    },
  },
  {
    name: 'churn',
    path: '/kalkulator/churn/',
    figure: 'churn',
    keyboard: { first: '#awal', keys: ['100', '5'], result: '5,0' },
    state: {
      choices: [
        ['input[name="periode"] >> nth=1', '#awal'],
        ['input[name="churn-mode"] >> nth=1', '#akhir'],
      ],
      fields: [
        ['#awal', '1.200'],
        ['#akhir', '1.150'],
        ['#baru', '130'],
        ['#arpu', '150.000'],
        ['#margin', '37,5'],
      ],
      inLink: 'margin=37,5',
      result: '15,0',
    },
    bad: {
      fields: [
        ['#awal', 'abc', /bukan angka/],
        ['#hilang', '-3', /negatif/i],
        ['#arpu', 'x', /bukan angka/],
      ],
      zero: [['#awal', '0'], ['#hilang', '0'], ['#arpu', '']],
      zeroMessage: /lebih dari 0/,
    },
    resultView: {
      link: '/kalkulator/churn/?awal=100&hilang=3&arpu=50&margin=70',
      parts: ['[data-result="clv"]', 'svg.stacked', '.next-steps'],
      // CLV: 50 × 70 % / 3 % a month.
      async published(page) {
        await expect.poll(() => result(page, 'clv')).toBe('1.166,67');
      },
    },
  },
];

async function fillState(page: Page, state: Case['state']) {
  for (const [control, reveals] of state.choices) await choose(page, control, reveals);
  for (const [field, value] of state.fields) await page.fill(field, value);
}

describe('NPS calculator', () => {
  it('shows the published reference values from a share link', async () => {
    const { page } = await b.kept('/kalkulator/nps/?promotor=200&pasif=200&detraktor=100');
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('20,0');
    await expect.poll(() => result(page, 'moe')).toBe('± 6,6');
    await b.visit(page, '/kalkulator/nps/?promotor=40&pasif=30&detraktor=30&promotor_b=50&pasif_b=30&detraktor_b=20');
    await hydrated(page);
    await expect.poll(() => result(page, 'ci-low')).toBe('−6,3');
    await expect.poll(() => result(page, 'ci-high')).toBe('25,7');
    await expect.poll(() => result(page, 'selisih')).toBe('−20,0');
    // Adjusted-Wald difference test (test/lib/metrics/nps-compare.test.ts): 0,083, not the plain z-test's 0,079.
    await expect.poll(() => result(page, 'p')).toBe('0,083');
    await b.visit(page, '/kalkulator/nps/?promotor=223&pasif=150&detraktor=127');
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('19,2');
  });

  it('reads the 0–10 histogram and raw scores to the same result', async () => {
    const { page } = await b.kept('/kalkulator/nps/?jumlah=1,0,0,0,0,0,0,1,1,2,1');
    await hydrated(page);
    const fromHistogram = await result(page, 'nps');
    await b.visit(page, '/kalkulator/nps/?skor=0,7,8,9,9,10');
    await hydrated(page);
    await expect.poll(() => result(page, 'nps').catch(() => '')).toBe(fromHistogram);
    expect(fromHistogram).toBe('33,3');
  });

  it('tells chart groups apart by pattern as well as colour, in bars and legend alike', async () => {
    const { page, errors } = await b.kept('/kalkulator/nps/?jumlah=3,2,4,5,6,8,9,20,25,30,28');
    await hydrated(page);
    await page.locator('svg.histogram').waitFor();
    const shapes = await page.evaluate(() => {
      // A pattern's make-up without its colours: the element kinds inside it.
      const shapeOf = (el: Element) => {
        const id = /^url\(#(.+)\)$/.exec(el.getAttribute('fill') ?? '')?.[1];
        const pattern = id ? document.getElementById(id) : null;
        return pattern?.tagName === 'pattern' ? [...pattern.children].map((c) => c.tagName).join('+') : 'none';
      };
      const bar = document.querySelector('svg.stacked')!.closest('figure')!;
      return {
        bar: [...bar.querySelectorAll('svg.stacked > rect')].map(shapeOf),
        legend: [...bar.querySelectorAll('.legend svg rect')].map(shapeOf),
        legendText: [...bar.querySelectorAll('.legend li')].map((li) => (li as HTMLElement).innerText),
        histogram: [...document.querySelectorAll('svg.histogram > rect')].map(shapeOf),
        styled: document.querySelectorAll('.calc-result [style]').length,
      };
    });
    expect(shapes.bar).toHaveLength(3);
    expect(new Set(shapes.bar).size).toBe(3); // solid, striped, dotted
    expect(shapes.bar).not.toContain('none');
    expect(shapes.legend).toEqual(shapes.bar);
    expect(shapes.legendText[0]).toMatch(/^Promotor/);
    // Scores 0–6 look like detractors, 7–8 like passives, 9–10 like promoters.
    expect(shapes.histogram).toEqual([...Array(7).fill(shapes.bar[2]), shapes.bar[1], shapes.bar[1], shapes.bar[0], shapes.bar[0]]);
    expect(shapes.styled).toBe(0);
    expect(errors).toEqual([]);
  });

  it('survives corrupt stored data', async () => {
    const { page } = await b.kept('/kalkulator/nps/');
    await page.evaluate(() => localStorage.setItem('paham:nps:v1', '{"mode":"counts","counts":5'));
    await page.reload();
    await hydrated(page);
    await page.fill('#promotor', '1');
    await page.fill('#pasif', '1');
    await page.fill('#detraktor', '1');
    await expect.poll(() => result(page, 'nps')).toBe('0,0');
  });

  it('parses a large paste off the main thread to the right result', async () => {
    const { page } = await b.kept('/kalkulator/nps/');
    await hydrated(page);
    await page.check('input[name="nps-mode"][value="scores"]');
    // Preact renders the scores box after the change event, not within it.
    await page.locator('#skor').waitFor();
    // 100,000 scores: 50% tens, 20% sevens, 30% fives → NPS 20.
    await page.evaluate(() => {
      const area = document.querySelector<HTMLTextAreaElement>('#skor')!;
      const data = new DataTransfer();
      data.setData('text/plain', Array.from({ length: 100_000 }, (_, i) => (i % 10 < 5 ? 10 : i % 10 < 7 ? 7 : 5)).join('\n'));
      area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText().catch(() => ''), { timeout: 20_000 }).toBe('100.000');
    await expect.poll(() => result(page, 'nps')).toBe('20,0');
    // The share link carries counts, not 100,000 scores; the box stays light.
    await expect.poll(() => page.url()).toContain('jumlah=');
    expect(await page.inputValue('#skor')).toBe('');
    expect(await page.locator('.large-paste').innerText()).toContain('Data besar ditempel');
    // Reload: the scores come back as counts per score.
    await page.reload();
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('20,0');
  });

  it('opens a 5 MB file saved as Excel\'s "Unicode Text" and an .xlsx, through the report\'s reader', async () => {
    // As Excel writes "Unicode Text": UTF-16LE with a byte-order mark, tab-separated, CRLF, .txt.
    // A row number, a date, a branch, the score and a comment with characters outside ASCII (an
    // emoji is two UTF-16 units, which the reader's 1 MB chunks may split).
    const counts = new Array<number>(11).fill(0);
    const lines = ['No\tTanggal\tCabang\tSkor\tKomentar'];
    for (let i = 1, chars = 0; chars < 2.5 * 1024 * 1024; i += 1) {
      const score = (i * 7) % 11;
      counts[score]! += 1;
      chars += lines.at(-1)!.length + 2;
      lines.push(`${i}\t${String(1 + (i % 28)).padStart(2, '0')}/11/2026 10:${String(i % 60).padStart(2, '0')}\tCabang Jakarta Selatan\t${score}\tKopinya énak — pelayanan ramah 😊`);
    }
    const unicodeText = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(lines.join('\r\n'), 'utf16le')]);
    expect(unicodeText.length).toBeGreaterThan(5 * 1024 * 1024);
    const n = lines.length - 1;
    const nps = ((counts[9]! + counts[10]! - counts.slice(0, 7).reduce((a, c) => a + c, 0)) / n) * 100;
    const { page, errors } = await b.kept('/kalkulator/nps/');
    await hydrated(page);
    await choose(page, 'input[name="nps-mode"][value="scores"]', '#skor-file');
    // Handed over as a file on disk: as a buffer it crosses Playwright's connection, which took
    // longer than the upload's 30 s at load 50 (a test of the machine, not the page).
    const dir = mkdtempSync(join(tmpdir(), 'paham-calc-'));
    writeFileSync(join(dir, 'survei.txt'), unicodeText);
    try {
      await page.setInputFiles('#skor-file', join(dir, 'survei.txt'));
      await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText().catch(() => ''), { timeout: 30_000 }).toBe(n.toLocaleString('id-ID'));
      expect((await result(page, 'nps')).replace('−', '-')).toBe(nps.toFixed(1).replace('.', ','));
      expect(await page.locator('.scores-status').innerText()).toContain('kolom “Skor”');
      // Microsoft Forms' "Open in Excel" export: the figures of the independent computation.
      const forms = readFileSync(new URL('../fixtures/report/ms-forms.xlsx', import.meta.url));
      const expected = (JSON.parse(readFileSync(new URL('../fixtures/report/independent-check.json', import.meta.url), 'utf8')) as Record<string, { headline: { n: number; value: number } }>)['ms-forms.xlsx']!.headline;
      await page.setInputFiles('#skor-file', { name: 'jawaban.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: forms });
      await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText().catch(() => ''), { timeout: 30_000 }).toBe(String(expected.n));
      expect((await result(page, 'nps')).replace('−', '-')).toBe(expected.value.toFixed(1).replace('.', ','));
      expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
      expect(errors).toEqual([]);
    } finally {
      // The page reads the file from disk when it is chosen and again by chunks: removed only now,
      // and also when an assertion failed.
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// What CalculatorShell gives every calculator is tested once, each behaviour on a different
// calculator; what differs per calculator (its fields, link and result view) has one link test each.
const [NPS, CSAT, CES] = CASES as [Case, Case, Case, Case];

describe('CalculatorShell, once for all calculators', () => {
  it('computes from numbers typed by keyboard alone (CES: seven fields, Tab between them)', async () => {
    const c = CES;
    const { page, errors } = await b.kept(c.path);
    await hydrated(page);
    await page.focus(c.keyboard.first);
    for (const [i, key] of c.keyboard.keys.entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(key);
    }
    await expect.poll(() => result(page, c.figure)).toBe(c.keyboard.result);
    expect(await page.locator('.result-status').innerText()).toContain(c.keyboard.result);
    expect(errors).toEqual([]);
  });

  it('keeps the input across a reload until cleared (CSAT: a scale choice and a threshold)', async () => {
    const c = CSAT;
    const { page, errors } = await b.kept(c.path);
    await hydrated(page);
    await fillState(page, c.state);
    await expect.poll(() => result(page, c.figure)).toBe(c.state.result);
    // Without the query: what comes back comes from storage, not from the address.
    await page.goto(b.baseUrl + c.path);
    await hydrated(page);
    await expect.poll(() => result(page, c.figure)).toBe(c.state.result);
    for (const [field, value] of c.state.fields) expect(await page.inputValue(field), field).toBe(value);
    await page.getByRole('button', { name: 'Hapus semua isian' }).click();
    await expect.poll(() => page.url()).not.toContain(c.state.inLink);
    await page.reload();
    await hydrated(page);
    await page.locator(c.keyboard.first).waitFor();
    expect(await page.inputValue(c.keyboard.first)).toBe('');
    expect(await page.locator(`[data-result="${c.figure}"]`).count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('explains bad input beside each field and never shows NaN (NPS: not a number, negative, not whole; then all zero)', async () => {
    const c = NPS;
    const { page, errors } = await b.kept(c.path);
    await hydrated(page);
    for (const [field, value] of c.bad.fields) await page.fill(field, value);
    for (const [field, , message] of c.bad.fields) {
      await expect.poll(() => page.getAttribute(field, 'aria-invalid'), { message: field }).toBe('true');
      expect(await page.locator(`${field}-error`).innerText(), field).toMatch(message);
    }
    // What was typed stays in the field, so it can be corrected.
    expect(await page.inputValue(c.bad.fields[0]![0])).toBe(c.bad.fields[0]![1]);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
    for (const [field, value] of c.bad.zero) await page.fill(field, value);
    await expect.poll(() => page.locator('.result-status').innerText()).toMatch(c.bad.zeroMessage);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe.each(CASES)('$name calculator, its link', (c) => {
  it('carries what was typed to a fresh browser', async () => {
    // Typed → address.
    const { page, errors } = await b.kept(c.path);
    await hydrated(page);
    await fillState(page, c.state);
    await expect.poll(() => page.url()).toContain(c.state.inLink);
    await expect.poll(() => result(page, c.figure)).toBe(c.state.result);
    // Address → the same input and result elsewhere.
    const { page: other, errors: otherErrors } = await elsewhere(pathOf(page.url()));
    await hydrated(other);
    await expect.poll(() => result(other, c.figure)).toBe(c.state.result);
    for (const [field, value] of c.state.fields) expect(await other.inputValue(field), field).toBe(value);
    expect([...errors, ...otherErrors]).toEqual([]);
  });

  it('shows the full result view from a link, with its published figures, accessible in both themes, and survives nonsense in the address', async () => {
    // Every part drawn, no NaN, no axe violation (all rules in light, the colour rules in dark).
    const { page: view, errors: viewErrors } = await b.kept(c.resultView.link);
    await hydrated(view);
    await expect.poll(() => result(view, c.figure)).not.toBe('');
    for (const part of c.resultView.parts) await view.locator(part).first().waitFor();
    await c.resultView.published?.(view);
    // Open the data tables too, so axe checks them.
    for (const summary of await view.locator('.chart-table summary').all()) await summary.click();
    expect(await view.locator('main').innerText()).not.toMatch(BAD_WORDS);
    expect(await axeBothThemes(view)).toEqual([]);
    // Nonsense in every parameter: no NaN, and the page still says nothing is sent.
    await b.visit(view, `${c.path}?promotor=x&pasif=&detraktor=1e999&jumlah=a,b,,-1&skor=;;;&skala=4&awal=-1&hilang=zz&arpu=%&margin=200&periode=minggu`);
    await hydrated(view);
    const text = await view.locator('main').innerText();
    expect(text).not.toMatch(BAD_WORDS);
    expect(text).toContain('tidak dikirim');
    expect(viewErrors).toEqual([]);
  });
});

interface UploadCase {
  name: string;
  path: string;
  /** The "list of scores or file" choice, and the file input it reveals. */
  mode: string;
  file: string;
  csv: string;
  used: string;
  rejected: string | null;
  figure: string;
  result: string;
  /** Counts per score the link must carry, and one counts field that shows them afterwards. */
  inLink: string;
  countField: [string, string];
}

const UPLOADS: UploadCase[] = [
  {
    name: 'NPS',
    path: '/kalkulator/nps/',
    mode: 'input[name="nps-mode"][value="scores"]',
    file: '#skor-file',
    csv: 'No;Nama;Skor\n1;Ani;10\n2;Budi;9\n3;Citra;6\n4;Dodi;11\n5;Eka;8\n',
    used: '4',
    rejected: '1',
    figure: 'nps',
    result: '25,0',
    inLink: 'jumlah=0,0,0,0,0,0,1,0,1,1,1',
    countField: ['#skor-9', '1'],
  },
  {
    name: 'CSAT',
    path: '/kalkulator/csat/',
    mode: 'input[name="csat-mode"] >> nth=1',
    file: '#csat-skor-file',
    csv: 'Tanggal,Puas\n2026-11-01,5\n2026-11-02,4\n2026-11-03,2\n2026-11-04,5\n',
    used: '4',
    rejected: null,
    figure: 'csat',
    result: '75,0',
    inLink: 'skala=5&jumlah=0,1,0,1,2',
    countField: ['#csat-skor-5', '2'],
  },
  {
    name: 'CES',
    path: '/kalkulator/ces/',
    mode: 'input[name="ces-mode"] >> nth=1',
    file: '#ces-skor-file',
    csv: 'Kemudahan\n7\n6\n5\n4\n3\n9\n',
    used: '5',
    rejected: '1',
    figure: 'ces',
    result: '5,00',
    inLink: 'jumlah=0,0,1,1,1,1,1',
    countField: ['#ces-skor-7', '1'],
  },
];

describe.each(UPLOADS)('$name calculator, file upload', (u) => {
  it('reads the file in a worker and reports rejects; the counts go in the address, "Salin tautan" and storage', async () => {
    const { page, errors } = await b.kept(u.path, { permissions: ['clipboard-read', 'clipboard-write'] });
    await hydrated(page);
    await choose(page, u.mode, u.file);
    await page.setInputFiles(u.file, { name: 'survei.csv', mimeType: 'text/csv', buffer: Buffer.from(u.csv) });
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText().catch(() => '')).toBe(u.used);
    await expect.poll(() => result(page, u.figure)).toBe(u.result);
    if (u.rejected) expect(await page.locator('[data-testid="scores-rejected"]').innerText()).toBe(u.rejected);
    expect(await page.locator('[data-testid="file-note"]').innerText()).toContain('jumlah jawaban per skor');
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
    expect(await axeViolations(page)).toEqual([]);
    // The link: in the address and on the clipboard, showing the same result elsewhere.
    await expect.poll(() => page.url()).toContain(u.inLink);
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    await expect.poll(() => page.locator('.share-status').innerText()).toContain('Tautan disalin');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(page.url());
    const { page: other, errors: otherErrors } = await elsewhere(pathOf(copied));
    await hydrated(other);
    await expect.poll(() => result(other, u.figure)).toBe(u.result);
    await other.locator(u.countField[0]).waitFor();
    expect(await other.inputValue(u.countField[0])).toBe(u.countField[1]);
    // Storage: without the query the result comes back, as counts per score.
    await page.goto(b.baseUrl + u.path);
    await hydrated(page);
    await expect.poll(() => result(page, u.figure)).toBe(u.result);
    await page.locator(u.countField[0]).waitFor();
    expect(await page.inputValue(u.countField[0])).toBe(u.countField[1]);
    expect([...errors, ...otherErrors]).toEqual([]);
  });
});

describe('the calculator list (src/lib/calculators/registry.ts)', () => {
  it('has a link case for every calculator, and an upload case for every one that reads scores', () => {
    expect(CASES.map((c) => c.path)).toEqual(CALCULATORS.map((c) => calculatorPath(c.slug)));
    expect(UPLOADS.map((u) => u.path)).toEqual(CALCULATORS.filter((c) => c.readsScores).map((c) => calculatorPath(c.slug)));
  });
});

describe('CSAT calculator', () => {
  it('matches the published values and labels the mean apart', async () => {
    const { page } = await b.kept('/kalkulator/csat/?skala=5&jumlah=14,9,10,32,42');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('69,2');
    expect(await page.locator('main').innerText()).toContain('bukan CSAT');
    expect(await page.getAttribute('[data-band]', 'data-band')).toBe('low');
    expect(await page.locator('[data-band]').innerText()).toMatch(/^Perlu perhatian \(rentang di bawah 70%\)\. .*patokan umum/);
    await b.visit(page, '/kalkulator/csat/?skala=5&jumlah=10,10,20,80,80');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('80,0');
    await expect.poll(() => result(page, 'ci-low')).toBe('73,9');
    expect(await page.locator('[data-band] strong').innerText()).toBe('Baik');
  });

  it('labels the band of the number as shown: 79,96% shows as "80,0" and reads "Baik"', async () => {
    // 1.999 of 2.500 satisfied = 79,96%.
    const { page } = await b.kept('/kalkulator/csat/?skala=5&jumlah=100,200,201,999,1000');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('80,0');
    expect(await page.getAttribute('[data-band]', 'data-band')).toBe('good');
  });

  it('moves the satisfied threshold and switches scales', async () => {
    const { page } = await b.kept('/kalkulator/csat/?skala=7&jumlah=1,1,1,1,1,1,4&puas=7');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('40,0');
    // Bands are for the top two boxes only; another definition says so instead.
    expect(await page.locator('[data-band]').count()).toBe(0);
    expect(await page.locator('.result-figure').innerText()).toContain('hanya dipakai bila yang dihitung puas adalah dua skor teratas (6–7)');
    await page.fill('#puas', '');
    await expect.poll(() => result(page, 'csat')).toBe('50,0');
    expect(await page.getAttribute('[data-band]', 'data-band')).toBe('low');
    await page.check('input[name="csat-scale"] >> nth=2');
    await expect.poll(() => page.url()).toContain('skala=10');
  });

  it('rejects a threshold outside the scale with a message', async () => {
    const { page } = await b.kept('/kalkulator/csat/?skala=5&jumlah=1,1,1,1,1&puas=9');
    await hydrated(page);
    expect(await page.getAttribute('#puas', 'aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });
});

// CES's published mean and share agreeing are checked on its result view (CASES above).
describe('CES calculator', () => {
  it('accepts pasted scores', async () => {
    const { page } = await b.kept('/kalkulator/ces/?skor=7,6,5,4,3');
    await hydrated(page);
    await expect.poll(() => result(page, 'ces').catch(() => '')).toBe('5,00');
    await expect.poll(() => result(page, 'setuju')).toBe('60,0%');
    expect(await page.locator('[data-band] strong').innerText()).toBe('Cukup mudah');
  });
});

describe('churn calculator', () => {
  // Its CLV (1.166,67) is checked on the churn result view (CASES above), axe with it.
  it('converts monthly churn to yearly', async () => {
    const { page } = await b.kept('/kalkulator/churn/?awal=100&hilang=5');
    await hydrated(page);
    await expect.poll(() => result(page, 'churn')).toBe('5,0');
    await expect.poll(() => result(page, 'retensi')).toBe('95,0%');
    await expect.poll(() => result(page, 'churn-tahunan')).toBe('45,96%');
    await expect.poll(() => result(page, 'umur')).toBe('20,0 bulan');
  });

  it('works from start, end and new customers, and handles zero churn', async () => {
    const { page } = await b.kept('/kalkulator/churn/?awal=200&akhir=210&baru=30&periode=tahun');
    await hydrated(page);
    await expect.poll(() => result(page, 'churn')).toBe('10,0');
    // Yearly input keeps the contract: the yearly figure (the same churn) and its monthly equivalent.
    await expect.poll(() => result(page, 'churn-tahunan')).toBe('10,00%');
    await expect.poll(() => result(page, 'churn-bulanan')).toBe('0,87%');
    await expect.poll(() => result(page, 'umur')).toBe('10,0 tahun');
    await b.visit(page, '/kalkulator/churn/?awal=50&hilang=0&arpu=10&margin=50');
    await hydrated(page);
    await expect.poll(() => result(page, 'umur')).toContain('Tidak terbatas');
    await expect.poll(() => result(page, 'clv')).toBe('Tidak terbatas');
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });

  it('refuses more lost than at start, beside the field', async () => {
    const { page } = await b.kept('/kalkulator/churn/');
    await hydrated(page);
    await page.fill('#awal', '10');
    await page.fill('#hilang', '12');
    await expect.poll(() => page.getAttribute('#hilang', 'aria-invalid')).toBe('true');
    expect(await page.locator('#hilang-error').innerText()).toMatch(/lebih/);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });
});
