import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { useBrowser } from './context';

const b = useBrowser();
afterEach(() => b.closeAll());

const result = (page: Page, name: string) => page.locator(`[data-result="${name}"]`).first().innerText({ timeout: 5_000 }).catch(() => '');
const BAD_WORDS = /NaN|Infinity|undefined|null/;

async function hydrated(page: Page) {
  await page.waitForSelector('astro-island:not([ssr])', { timeout: 15_000 });
}

describe('NPS calculator', () => {
  it('computes from counts typed by keyboard alone', async () => {
    const { page, errors } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.focus('#promotor');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.type('2');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await expect.poll(() => result(page, 'nps')).toBe('33,3');
    expect(await page.locator('[role="status"]').first().innerText()).toContain('33,3');
    expect(errors).toEqual([]);
  });

  it('shows the published reference values from a share link', async () => {
    const { page } = await b.open('/kalkulator/nps/?promotor=200&pasif=200&detraktor=100');
    await hydrated(page);
    await expect.poll(() => result(page, 'nps')).toBe('20,0');
    await expect.poll(() => result(page, 'moe')).toBe('± 6,6');
    const { page: p2 } = await b.open('/kalkulator/nps/?promotor=40&pasif=30&detraktor=30&promotor_b=50&pasif_b=30&detraktor_b=20');
    await hydrated(p2);
    await expect.poll(() => result(p2, 'ci-low')).toBe('−6,3');
    await expect.poll(() => result(p2, 'ci-high')).toBe('25,7');
    await expect.poll(() => result(p2, 'selisih')).toBe('−20,0');
    await expect.poll(() => result(p2, 'p')).toBe('0,079');
    const { page: p3 } = await b.open('/kalkulator/nps/?promotor=223&pasif=150&detraktor=127');
    await hydrated(p3);
    await expect.poll(() => result(p3, 'nps')).toBe('19,2');
  });

  it('reads the 0–10 histogram and raw scores to the same result', async () => {
    const { page } = await b.open('/kalkulator/nps/?jumlah=1,0,0,0,0,0,0,1,1,2,1');
    await hydrated(page);
    const fromHistogram = await result(page, 'nps');
    const { page: p2 } = await b.open('/kalkulator/nps/?skor=0,7,8,9,9,10');
    await hydrated(p2);
    await expect.poll(() => result(p2, 'nps').catch(() => '')).toBe(fromHistogram);
    expect(fromHistogram).toBe('33,3');
  });

  it('round-trips the share link: the address restores what was typed', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.fill('#promotor', '1.234');
    await page.fill('#pasif', '500');
    await page.fill('#detraktor', '266');
    await page.check('#bandingkan');
    await page.fill('#promotor_b', '10');
    await page.fill('#pasif_b', '10');
    await page.fill('#detraktor_b', '10');
    await expect.poll(() => page.url()).toContain('promotor_b=10');
    const link = page.url();
    expect(link).toContain('promotor=1.234');
    const shown = await result(page, 'nps');
    const { page: other } = await b.open(new URL(link).pathname + new URL(link).search);
    await hydrated(other);
    await expect.poll(() => result(other, 'nps')).toBe(shown);
    expect(await other.inputValue('#promotor')).toBe('1.234');
    expect(await other.inputValue('#detraktor_b')).toBe('10');
  });

  it('explains bad input beside the field and never shows NaN', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.fill('#promotor', 'abc');
    await page.fill('#pasif', '-3');
    await page.fill('#detraktor', '2,5');
    await expect.poll(() => page.getAttribute('#promotor', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#pasif', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#detraktor', 'aria-invalid')).toBe('true');
    expect(await page.locator('#promotor-error').innerText()).toContain('bukan angka');
    expect(await page.locator('#pasif-error').innerText()).toMatch(/negatif/i);
    expect(await page.locator('#detraktor-error').innerText()).toMatch(/bulat/i);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
    expect(await page.inputValue('#promotor')).toBe('abc');
    await page.fill('#promotor', '0');
    await page.fill('#pasif', '0');
    await page.fill('#detraktor', '0');
    await expect.poll(() => page.locator('.result-status').innerText()).toMatch(/nol/);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the input across a reload until cleared', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.fill('#promotor', '12');
    await page.fill('#pasif', '5');
    await page.fill('#detraktor', '3');
    await page.goto(b.baseUrl + '/kalkulator/nps/');
    await hydrated(page);
    await expect.poll(() => page.inputValue('#promotor')).toBe('12');
    await expect.poll(() => result(page, 'nps')).toBe('45,0');
    await page.click('text=Hapus semua isian');
    await page.reload();
    await hydrated(page);
    expect(await page.inputValue('#promotor')).toBe('');
  });

  it('survives corrupt stored data', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await page.evaluate(() => localStorage.setItem('paham:nps:v1', '{"mode":"counts","counts":5'));
    await page.reload();
    await hydrated(page);
    await page.fill('#promotor', '1');
    await page.fill('#pasif', '1');
    await page.fill('#detraktor', '1');
    await expect.poll(() => result(page, 'nps')).toBe('0,0');
  });

  it('reads an uploaded CSV with a header, in a worker, and reports rejected values', async () => {
    const { page, errors } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.check('input[name="nps-mode"][value="scores"]');
    const csv = 'No;Nama;Skor\n1;Ani;10\n2;Budi;9\n3;Citra;6\n4;Dodi;11\n5;Eka;8\n';
    await page.setInputFiles('#skor-file', { name: 'survei.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => page.locator('[data-testid="scores-used"]').innerText().catch(() => ''), { timeout: 15_000 }).toBe('4');
    expect(await page.locator('[data-testid="scores-rejected"]').innerText()).toBe('1');
    await expect.poll(() => result(page, 'nps')).toBe('25,0');
    expect(errors).toEqual([]);
  });

  it('parses a large paste off the main thread to the right result', async () => {
    const { page } = await b.open('/kalkulator/nps/');
    await hydrated(page);
    await page.check('input[name="nps-mode"][value="scores"]');
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
});

describe('CSAT calculator', () => {
  it('matches the published values and labels the mean apart', async () => {
    const { page } = await b.open('/kalkulator/csat/?skala=5&jumlah=14,9,10,32,42');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('69,2');
    expect(await page.locator('main').innerText()).toContain('bukan CSAT');
    const { page: p2 } = await b.open('/kalkulator/csat/?skala=5&jumlah=10,10,20,80,80');
    await hydrated(p2);
    await expect.poll(() => result(p2, 'csat')).toBe('80,0');
    await expect.poll(() => result(p2, 'ci-low')).toBe('73,9');
  });

  it('moves the satisfied threshold and switches scales', async () => {
    const { page } = await b.open('/kalkulator/csat/?skala=7&jumlah=1,1,1,1,1,1,4&puas=7');
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('40,0');
    await page.fill('#puas', '');
    await expect.poll(() => result(page, 'csat')).toBe('50,0');
    await page.check('input[name="csat-scale"] >> nth=2');
    await expect.poll(() => page.url()).toContain('skala=10');
  });

  it('rejects a threshold outside the scale with a message', async () => {
    const { page } = await b.open('/kalkulator/csat/?skala=5&jumlah=1,1,1,1,1&puas=9');
    await hydrated(page);
    expect(await page.getAttribute('#puas', 'aria-invalid')).toBe('true');
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });
});

describe('CES calculator', () => {
  it('matches the published mean and share agreeing', async () => {
    const { page } = await b.open('/kalkulator/ces/?jumlah=80,210,140,110,160,180,120');
    await hydrated(page);
    await expect.poll(() => result(page, 'ces')).toBe('4,08');
    expect(await page.locator('main').innerText()).toContain('arahnya terbalik');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('accepts pasted scores', async () => {
    const { page } = await b.open('/kalkulator/ces/?skor=7,6,5,4,3');
    await hydrated(page);
    await expect.poll(() => result(page, 'ces').catch(() => '')).toBe('5,00');
    await expect.poll(() => result(page, 'setuju')).toBe('60,0%');
  });
});

describe('churn calculator', () => {
  it('converts monthly churn to yearly and computes CLV', async () => {
    const { page } = await b.open('/kalkulator/churn/?awal=100&hilang=5');
    await hydrated(page);
    await expect.poll(() => result(page, 'churn')).toBe('5,0');
    await expect.poll(() => result(page, 'retensi')).toBe('95,0%');
    await expect.poll(() => result(page, 'churn-tahunan')).toBe('45,96%');
    await expect.poll(() => result(page, 'umur')).toBe('20,0 bulan');
    const { page: p2 } = await b.open('/kalkulator/churn/?awal=100&hilang=3&arpu=50&margin=70');
    await hydrated(p2);
    await expect.poll(() => result(p2, 'clv')).toBe('1.166,67');
    expect(await axeViolations(p2)).toEqual([]);
  });

  it('works from start, end and new customers, and handles zero churn', async () => {
    const { page } = await b.open('/kalkulator/churn/?awal=200&akhir=210&baru=30&periode=tahun');
    await hydrated(page);
    await expect.poll(() => result(page, 'churn')).toBe('10,0');
    // Yearly input keeps the contract: the yearly figure (the same churn) and its monthly equivalent.
    await expect.poll(() => result(page, 'churn-tahunan')).toBe('10,00%');
    await expect.poll(() => result(page, 'churn-bulanan')).toBe('0,87%');
    await expect.poll(() => result(page, 'umur')).toBe('10,0 tahun');
    const { page: p2 } = await b.open('/kalkulator/churn/?awal=50&hilang=0&arpu=10&margin=50');
    await hydrated(p2);
    await expect.poll(() => result(p2, 'umur')).toContain('Tidak terbatas');
    await expect.poll(() => result(p2, 'clv')).toBe('Tidak terbatas');
    expect(await p2.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });

  it('refuses more lost than at start, beside the field', async () => {
    const { page } = await b.open('/kalkulator/churn/');
    await hydrated(page);
    await page.fill('#awal', '10');
    await page.fill('#hilang', '12');
    await expect.poll(() => page.getAttribute('#hilang', 'aria-invalid')).toBe('true');
    expect(await page.locator('#hilang-error').innerText()).toMatch(/lebih/);
    expect(await page.locator('main').innerText()).not.toMatch(BAD_WORDS);
  });
});

describe('every calculator', () => {
  for (const path of ['/kalkulator/nps/', '/kalkulator/csat/', '/kalkulator/ces/', '/kalkulator/churn/']) {
    it(`${path} shows no NaN for nonsense in the address and says nothing is sent`, async () => {
      const { page, errors } = await b.open(`${path}?promotor=x&pasif=&detraktor=1e999&jumlah=a,b,,-1&skor=;;;&skala=4&awal=-1&hilang=zz&arpu=%&margin=200&periode=minggu`);
      await hydrated(page);
      const text = await page.locator('main').innerText();
      expect(text).not.toMatch(BAD_WORDS);
      expect(text).toContain('tidak dikirim');
      expect(errors).toEqual([]);
    });
  }
});
