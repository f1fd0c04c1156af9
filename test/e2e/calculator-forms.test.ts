// The calculator forms as a first-time visitor meets them: no scolding before typing, a file's
// columns that can be chosen and changed by keyboard, a shared link that leaves the visitor's
// own saved input alone, optional fields that never hide the main result, readable charts.
import { describe, expect, it } from 'vitest';
import { useBrowser } from './context';
import { hydrated, result } from './islands';

const b = useBrowser();

describe('blank fields', () => {
  it('are not marked while the visitor is still on their way to them, only once left blank', async () => {
    const { page, errors } = await b.kept('/kalkulator/ces/');
    await hydrated(page);
    await page.focus('#ces-skor-1');
    await page.keyboard.type('80');
    await expect.poll(() => page.locator('.result-status').innerText()).toContain('Isi juga kolom yang masih kosong');
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(0);
    // Tab through score 2 without typing: now it is marked, and only it.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.getAttribute('#ces-skor-2', 'aria-invalid')).toBe('true');
    expect(await page.locator('#ces-skor-2-error').innerText()).toMatch(/kosong/);
    expect(await page.locator('[aria-invalid="true"]').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe('a file with several numeric columns', () => {
  const CSV = 'Nama,NPS,Puas\nAni,10,4\nBudi,9,5\nCitra,2,1\nDodi,10,3\n';

  it('shows no earlier result until a column is picked, keeps the choice open and focus in place', async () => {
    const { page, errors } = await b.kept('/kalkulator/nps/');
    await hydrated(page);
    await page.locator('input[name="nps-mode"] >> nth=2').check();
    await page.locator('#skor').fill('0 0 0');
    await expect.poll(() => result(page, 'nps')).toBe('−100,0');
    await page.setInputFiles('#skor-file', { name: 'survei.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    const column = (name: string) => page.locator('fieldset.columns').getByRole('button', { name });
    await column('NPS').waitFor();
    // The typed scores no longer pass for the file's.
    expect(await page.locator('[data-result="nps"]').count()).toBe(0);

    await column('NPS').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => result(page, 'nps')).toBe('50,0');
    expect(await column('NPS').getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('NPS');

    // A wrong pick can be changed without choosing the file again.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => result(page, 'nps')).toBe('−100,0');
    expect(await column('Puas').getAttribute('aria-pressed')).toBe('true');
    expect(await column('NPS').getAttribute('aria-pressed')).toBe('false');
    expect(errors).toEqual([]);
  });
});

describe('a shared link', () => {
  it('shows its data without replacing what the visitor saved', async () => {
    const { page, errors } = await b.kept('/kalkulator/csat/');
    await hydrated(page);
    for (const [i, v] of ['1', '2', '3', '4', '5'].entries()) await page.fill(`#csat-skor-${i + 1}`, v);
    await expect.poll(() => result(page, 'csat')).toBe('60,0');

    await page.goto(`${b.baseUrl}/kalkulator/csat/?skala=5&jumlah=14,9,10,32,42`);
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('69,2');

    await page.goto(`${b.baseUrl}/kalkulator/csat/`);
    await hydrated(page);
    await expect.poll(() => result(page, 'csat')).toBe('60,0');
    expect(await page.inputValue('#csat-skor-5')).toBe('5');
    expect(errors).toEqual([]);
  });
});

describe('optional CLV fields', () => {
  it('never hide the churn result: the problem is shown beside them', async () => {
    const { page, errors } = await b.kept('/kalkulator/churn/?awal=1000&hilang=30&margin=70');
    await hydrated(page);
    await expect.poll(() => result(page, 'churn')).toBe('3,0');
    expect(await page.locator('[data-result="clv"]').count()).toBe(0);
    expect(await page.locator('.calc-result').innerText()).toContain('CLV muncul setelah ARPU dan margin kotor terisi');
    await page.fill('#arpu', '99999999999999999999');
    await expect.poll(() => page.getAttribute('#arpu', 'aria-invalid')).toBe('true');
    expect(await page.locator('#arpu-error').innerText()).toMatch(/1 triliun/);
    expect(await result(page, 'churn')).toBe('3,0');
    expect(errors).toEqual([]);
  });
});

describe('charts on a narrow phone', () => {
  it('keep score labels readable and under their bars at 320 px', async () => {
    const { page, errors } = await b.kept('/kalkulator/nps/?jumlah=3,2,4,5,6,8,9,20,25,30,28', { viewport: { width: 320, height: 800 } });
    await hydrated(page);
    await page.locator('svg.histogram').waitFor();
    const layout = await page.evaluate(() => {
      const bars = [...document.querySelectorAll('svg.histogram > rect')].map((r) => r.getBoundingClientRect());
      const labels = [...document.querySelectorAll('.histogram-chart .axis span')];
      return labels.map((l, i) => {
        const box = l.getBoundingClientRect();
        const bar = bars[i]!;
        return { size: parseFloat(getComputedStyle(l).fontSize), offset: Math.abs(box.left + box.width / 2 - (bar.left + bar.width / 2)) };
      });
    });
    expect(layout).toHaveLength(11);
    for (const { size, offset } of layout) {
      expect(size).toBeGreaterThanOrEqual(12);
      expect(offset).toBeLessThan(1);
    }
    expect(errors).toEqual([]);
  });
});

describe('waking up', () => {
  it('with nothing stored and no link, the form waits for the browser to idle or the visitor: the first focus wakes it and the first keystroke counts', async () => {
    const { page, errors } = await b.kept();
    // This browser never idles, so only the visitor can wake the calculator (the next kept() removes the script).
    await page.addInitScript(() => {
      window.requestIdleCallback = () => 0;
    });
    await page.goto(`${b.baseUrl}/kalkulator/ces/`);
    await page.waitForLoadState('networkidle');
    expect(await page.locator('[data-calculator][data-hydrated]').count()).toBe(0);
    await page.focus('#ces-skor-1');
    expect(await page.locator('[data-calculator][data-hydrated]').count()).toBe(1);
    await page.keyboard.type('80');
    expect(await page.inputValue('#ces-skor-1')).toBe('80');
    await expect.poll(() => page.locator('.result-status').innerText()).toContain('Isi juga kolom yang masih kosong');
    expect(errors).toEqual([]);
  });
});
