// The home page is built around what people come to do, in their words: four tasks, each with one
// clear first link, readable on a phone's first screen and accessible in both themes.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeBothThemes } from '../support/axe';
import { useBrowser } from './context';

// Every test takes the file's kept page (a first visit's state, at the width it asks for).
const b = useBrowser();

/** The tasks in order: name, first link, and links the task must offer. */
const TASKS = [
  {
    name: 'Ada keluhan sekarang?',
    first: '/panduan/pemulihan-layanan/#template-balasan-siap-salin',
    offers: ['/panduan/pelanggan-mengancam-melapor/', '/panduan/hak-konsumen/'],
  },
  { name: 'Latih staf', first: '/kuis/#buat-kuis-tim', offers: ['/kuis/'] },
  {
    name: 'Ukur kepuasan',
    first: '/kalkulator/nps/',
    offers: [
      '/panduan/mengukur-kepuasan/#net-promoter-score-nps',
      '/kalkulator/csat/',
      '/kalkulator/ces/',
      '/kalkulator/churn/',
      '/kalkulator/laporan/',
      '/panduan/survei-pelanggan/',
      '/panduan/survei-pelanggan/kartu/',
      '/panduan/survei-pelanggan/rekap/',
    ],
  },
  { name: 'Kenali pelanggan', first: '/panduan/jenis-pelanggan/', offers: ['/panduan/', '/kuis/kenali-pelanggan/'] },
];

/** Each task section on the page: its heading, its first link, every link in it. */
function tasksOn(page: Page) {
  return page.locator('main section[data-task]').evaluateAll((sections) =>
    sections.map((s) => ({
      name: s.querySelector('h2')?.textContent?.trim() ?? '',
      first: [...s.querySelectorAll('a[data-first]')].map((a) => a.getAttribute('href')),
      links: [...s.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    })),
  );
}

describe('home page by task', () => {
  it('offers four tasks in owners\u2019 words, each with one first link and the pages it needs', async () => {
    const { page, errors } = await b.kept('/');
    const shown = await tasksOn(page);
    expect(shown.map((t) => t.name)).toEqual(TASKS.map((t) => t.name));
    for (const [i, task] of TASKS.entries()) {
      expect(shown[i]!.first, task.name).toEqual([task.first]);
      for (const href of task.offers) expect(shown[i]!.links, task.name).toContain(href);
    }
    expect(errors).toEqual([]);
  });

  it('names the four tasks on a phone\u2019s first screen', async () => {
    const { page } = await b.kept('/', { viewport: { width: 390, height: 844 } });
    for (const task of TASKS) {
      const box = await page.getByRole('link', { name: task.name, exact: true }).or(page.getByRole('heading', { name: task.name, exact: true })).first().boundingBox();
      expect(box, task.name).not.toBeNull();
      expect(box!.y + box!.height, task.name).toBeLessThanOrEqual(844);
    }
  });

  // All rules in light, the colour rules in dark, on one load per width (test/support/axe.ts).
  it('passes axe in both themes at 320, 390 and 1280 px', async () => {
    const failures: string[] = [];
    for (const width of [320, 390, 1280]) {
      const { page } = await b.kept('/', { viewport: { width, height: 844 } });
      for (const v of await axeBothThemes(page)) failures.push(`${width}px: ${v}`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) failures.push(`${width}px: scrolls sideways by ${overflow}px`);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
