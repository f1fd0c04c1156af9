import { describe, expect, it } from 'vitest';
import { MAX_BUSINESS_NAME, SURVEY_QUESTIONS, cleanBusinessName, entryHref, groupEntryHref, questionParts, questionText, scaleOf } from '../../src/lib/survey-kit';
import { decodeNpsLink } from '../../src/lib/share/nps-link';
import { decodeCsatLink } from '../../src/lib/share/csat-link';
import { decodeCesLink } from '../../src/lib/share/ces-link';
import { npsSampleSize } from '../../src/lib/metrics/nps-plan';

const query = (href: string) => new URLSearchParams(href.slice(href.indexOf('?') + 1));

describe('survey kit', () => {
  it('has the calculators’ scales: NPS 0–10, CSAT 1–5, CES 1–7', () => {
    expect(scaleOf(SURVEY_QUESTIONS.nps)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(scaleOf(SURVEY_QUESTIONS.csat)).toEqual([1, 2, 3, 4, 5]);
    expect(scaleOf(SURVEY_QUESTIONS.ces)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('names every point where the scale has labels, ends matching the anchors', () => {
    for (const q of Object.values(SURVEY_QUESTIONS)) {
      if (!q.labels) continue;
      expect(q.labels).toHaveLength(scaleOf(q).length);
      expect([q.labels[0], q.labels.at(-1)]).toEqual([q.low, q.high]);
    }
  });

  it('fills in the business name', () => {
    expect(questionText(SURVEY_QUESTIONS.ces, 'Toko Maju')).toBe('Toko Maju memudahkan saya menyelesaikan urusan saya.');
    expect(questionText(SURVEY_QUESTIONS.nps, 'Toko Maju')).toContain('merekomendasikan Toko Maju kepada');
  });

  it('marks where the business name goes: one place in NPS and in CES, none in CSAT', () => {
    // The name goes between consecutive parts; the cards print a fillable slot there.
    expect(questionParts(SURVEY_QUESTIONS.nps)).toEqual(['Seberapa besar kemungkinan Anda merekomendasikan ', ' kepada teman atau kerabat?']);
    expect(questionParts(SURVEY_QUESTIONS.ces)).toEqual(['', ' memudahkan saya menyelesaikan urusan saya.']);
    expect(questionParts(SURVEY_QUESTIONS.csat)).toEqual([SURVEY_QUESTIONS.csat.text]);
  });

  it('prints a business name as typed, spaces tidied, and says when a long one is cut', () => {
    expect(cleanBusinessName('  Warung   Bu Sri \n')).toEqual({ name: 'Warung Bu Sri', cut: false });
    expect(cleanBusinessName('   ')).toEqual({ name: '', cut: false });
    // Markup is only text here: the page sets textContent.
    expect(cleanBusinessName('<b>Toko</b> & Co')).toEqual({ name: '<b>Toko</b> & Co', cut: false });
    const long = 'Toko Sembako dan Alat Tulis Sumber Rezeki Abadi Jaya Makmur Sentosa Selalu';
    const cut = cleanBusinessName(long);
    expect(cut.cut).toBe(true);
    expect(Array.from(cut.name).length).toBeLessThanOrEqual(MAX_BUSINESS_NAME);
    expect(long.startsWith(cut.name)).toBe(true);
    // Whole characters: an emoji at the limit is kept or dropped, never split into half a pair.
    const emoji = `${'a'.repeat(MAX_BUSINESS_NAME - 1)}😀😀`;
    expect(cleanBusinessName(emoji)).toEqual({ name: `${'a'.repeat(MAX_BUSINESS_NAME - 1)}😀`, cut: true });
  });

  it('opens each calculator in its counts-per-score mode with every field empty and no issue', () => {
    const nps = decodeNpsLink(query(entryHref('nps')));
    expect(nps.state.mode).toBe('histogram');
    expect(nps.state.histogram).toEqual(new Array(11).fill(''));
    expect(nps.issues).toEqual([]);

    const csat = decodeCsatLink(query(entryHref('csat')));
    expect([csat.state.scale, csat.state.mode]).toEqual([5, 'counts']);
    expect(csat.state.counts).toEqual(new Array(5).fill(''));
    expect(csat.issues).toEqual([]);

    const ces = decodeCesLink(query(entryHref('ces')));
    expect(ces.state.mode).toBe('counts');
    expect(ces.state.counts).toEqual(new Array(7).fill(''));
    expect(ces.issues).toEqual([]);
  });

  it('opens the NPS calculator in its per-group mode with the three group fields empty, for the tally sheet’s group totals', () => {
    const nps = decodeNpsLink(query(groupEntryHref()));
    expect(nps.state.mode).toBe('counts');
    expect(nps.state.counts).toEqual({ promoters: '', passives: '', detractors: '' });
    expect(nps.issues).toEqual([]);
  });

  it('quotes the NPS planner’s figures in the survey guide: 258 answers for ±10 points, 1,030 for ±5', () => {
    // ceil(1.96² · 0.67 / 0.10²) = 258 and ceil(1.96² · 0.67 / 0.05²) = 1030, by hand.
    const need = (m: number) => { const r = npsSampleSize({ marginOfError: m }); return r.ok ? r.value.required : NaN; };
    expect([need(10), need(5)]).toEqual([258, 1030]);
  });
});
