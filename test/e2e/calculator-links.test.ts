// Shared links that cannot be shown as sent: every problem is said beside its field, no result
// describes data nobody sent, and the address keeps what was sent until the visitor changes
// something. Also: a field's text too long for a link stays in the field, out of the address.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser } from './context';
import { hydrated, result } from './islands';

const b = useBrowser();

const issue = (param: string) => `[data-link-issue="${param}"]`;
const search = (page: Page) => page.evaluate(() => location.search);

/**
 * The address as it stands once any update the page had scheduled is done: src/stores/url-sync.ts
 * writes the address 250 ms after the input changes, and a timer of a longer delay set now in the
 * page fires after every such write that was already due, however slow the machine is (a wait in
 * Node could end before a starved page ran its timer).
 */
const settledSearch = (page: Page) => page.evaluate(() => new Promise<string>((done) => setTimeout(() => done(location.search), 300)));

describe('a link with problems', () => {
  it('CSAT: an unknown scale and a sixth count are both said, no result is shown, the address stays', async () => {
    const sent = '?skala=6&jumlah=1,2,3,4,5,6';
    const { page, errors } = await b.kept(`/kalkulator/csat/${sent}`);
    await hydrated(page);
    await expect.poll(() => page.locator(issue('skala')).innerText()).toMatch(/Skala “6”/);
    expect(await page.locator(issue('jumlah')).innerText()).toMatch(/6 angka.*ke-5 \(6\)/s);
    expect(await page.locator('[data-result="csat"]').count()).toBe(0);
    expect(await page.locator('.result-status').innerText()).toMatch(/tidak bisa dipakai apa adanya/);
    expect(await settledSearch(page)).toBe(sent);
    // The visitor picks a scale: the problems are settled, the result and the address follow.
    await page.getByLabel('1 sampai 7').check();
    await expect.poll(() => page.locator(issue('skala')).count()).toBe(0);
    await page.locator('#csat-skor-6').fill('6');
    await page.locator('#csat-skor-7').fill('7');
    await expect.poll(() => result(page, 'csat')).not.toBe('');
    await expect.poll(() => search(page)).toMatch(/skala=7/);
    expect(errors).toEqual([]);
  });

  it('churn: an unknown period is said beside the period, not silently read as a month', async () => {
    const sent = '?awal=100&hilang=5&periode=minggu';
    const { page } = await b.kept(`/kalkulator/churn/${sent}`);
    await hydrated(page);
    await expect.poll(() => page.locator(issue('periode')).innerText()).toMatch(/Periode “minggu”/);
    expect(await page.locator('[data-result="churn"]').count()).toBe(0);
    expect(await settledSearch(page)).toBe(sent);
  });

  const SCALES = ['1e1', '', '10,0', '-5'];
  it(`CSAT: no scale of ${SCALES.map((v) => `"${v}"`).join(', ')} is replaced without a word`, async () => {
    // One page, each link a first visit (b.visit empties the site's storage before going).
    const { page } = await b.kept();
    for (const value of SCALES) {
      await b.visit(page, `/kalkulator/csat/?skala=${encodeURIComponent(value)}&jumlah=1,2,3,4,5`);
      await hydrated(page);
      await expect.poll(() => page.locator(issue('skala')).innerText(), { message: value }).toContain(`Skala “${value}”`);
      expect(await page.locator('[data-result="csat"]').count(), value).toBe(0);
    }
  });

  it('NPS: thirteen counts for eleven scores are said; a repeated parameter is said', async () => {
    const { page } = await b.kept('/kalkulator/nps/?jumlah=1,1,1,1,1,1,1,1,1,1,1,7,8');
    await hydrated(page);
    await expect.poll(() => page.locator(issue('jumlah')).innerText()).toMatch(/13 angka/);
    await b.visit(page, '/kalkulator/nps/?promotor=5&promotor=9&pasif=1&detraktor=1');
    await hydrated(page);
    await expect.poll(() => page.locator(issue('promotor')).innerText()).toMatch(/“promotor” 2 kali.*\(5\)/);
    expect(await page.locator('[data-result="nps"]').count()).toBe(0);
  });

  const SECOND_FORMS = [
    ['/kalkulator/nps/?jumlah=1,1,1,1,1,1,1,1,1,1,1&skor=1,2,3', 'jumlah', 'skor'],
    ['/kalkulator/ces/?jumlah=1,2,3,4,5,6,7&skor=7,7', 'jumlah', 'skor'],
    ['/kalkulator/churn/?awal=100&hilang=5&akhir=90&baru=3', 'hilang', 'akhir'],
  ] as const;
  it(`a second form of data (${SECOND_FORMS.map(([path, used, unused]) => `${path.split('/')[2]}: ${unused}= beside ${used}=`).join('; ')}) is said at the data form choice, not dropped`, async () => {
    const { page } = await b.kept();
    for (const [path, used, unused] of SECOND_FORMS) {
      await b.visit(page, path);
      await hydrated(page);
      const note = page.locator(`fieldset.mode ${issue(unused)}`);
      await expect.poll(() => note.innerText(), { message: path }).toMatch(new RegExp(`dipakai “${used}”.*“${unused}” \\(.*\\) tidak dipakai`, 's'));
      expect(await page.locator('[data-result]').count(), path).toBe(0);
      expect(await settledSearch(page), path).toBe(path.slice(path.indexOf('?')));
    }
  });

  it('NPS: the planning figure is held back with the results while a link problem stands', async () => {
    const { page } = await b.kept('/kalkulator/nps/?jumlah=1,1,1,1,1,1,1,1,1,1,1,7,8');
    await hydrated(page);
    await expect.poll(() => page.locator(issue('jumlah')).count()).toBe(1);
    expect(await page.locator('[data-result="sampel"]').count()).toBe(0);
    expect(await page.locator('#rencana').locator('xpath=..').innerText()).not.toMatch(/Dibutuhkan sekitar/);
    // The visitor changes something: results and the planning figure come back together.
    await page.locator('#skor-0').fill('2');
    await expect.poll(() => page.locator('[data-result="sampel"]').count()).toBe(1);
    expect(await page.locator('[data-result="nps"]').count()).toBe(1);
  });

  it('NPS: letters in a long skor= stay as sent, not turned into counts of zero', async () => {
    // Longer than the 1,500 characters past which scores travel as counts (an address of
    // 100,000 letters is refused by the server itself before the page can load).
    const { page } = await b.kept(`/kalkulator/nps/?skor=${'a'.repeat(5_000)}`);
    await hydrated(page);
    await expect.poll(() => page.locator('#skor-error').innerText(), { timeout: 15_000 }).toMatch(/Tidak ada skor/);
    const now = await settledSearch(page);
    expect(now.startsWith('?skor=aaaa')).toBe(true);
    expect(now).not.toContain('jumlah=');
  });
});

describe('a field too long for a link', () => {
  it('stays in the field, out of the address, and the page says the link will not carry it', async () => {
    const { page } = await b.kept('/kalkulator/nps/');
    await hydrated(page);
    await page.locator('#promotor').fill('9'.repeat(20_000));
    await expect.poll(() => page.locator('#promotor').locator('xpath=../..').innerText()).toMatch(/terlalu panjang untuk ikut dalam tautan/);
    await page.locator('#pasif').fill('3');
    await expect.poll(() => search(page)).toContain('pasif=3');
    expect((await search(page)).length).toBeLessThan(200);
    expect(await page.inputValue('#promotor')).toHaveLength(20_000);
  });
});
