import { describe, expect, it } from 'vitest';
import { say } from '../../support/all-words';
import * as ces from '../../../src/lib/calculators/ces-form';
import * as churn from '../../../src/lib/calculators/churn-form';
import * as csat from '../../../src/lib/calculators/csat-form';
import type { Evaluation } from '../../../src/lib/calculators/fields';
import * as nps from '../../../src/lib/calculators/nps-form';
import type { Message } from '../../../src/i18n/message';

// The forms return messages as keys with parameters; these tests read them as the visitor does.
const worded = (m: Message | null) => m && say(m);
function words<R>(e: Evaluation<R>) {
  const errors = Object.fromEntries(Object.entries(e.errors).map(([field, m]) => [field, say(m)])) as Record<string, string>;
  const result = e.result && typeof e.result === 'object' && 'comparisonMissing' in e.result
    ? { ...e.result, comparisonMissing: worded(e.result.comparisonMissing as Message | null) }
    : e.result;
  return { result: result as (R extends { comparisonMissing: unknown } ? Omit<R, 'comparisonMissing'> & { comparisonMissing: string | null } : R) | null, errors, missing: worded(e.missing) };
}
const { EMPTY_NPS_STATE, npsNextSteps } = nps;
const { EMPTY_CES_STATE } = ces;
const { EMPTY_CHURN_STATE } = churn;
const { emptyCsatState } = csat;
const evaluateNps = (...a: Parameters<typeof nps.evaluateNps>) => words(nps.evaluateNps(...a));
const evaluateCsat = (...a: Parameters<typeof csat.evaluateCsat>) => words(csat.evaluateCsat(...a));
const evaluateCes = (...a: Parameters<typeof ces.evaluateCes>) => words(ces.evaluateCes(...a));
const evaluateChurn = (...a: Parameters<typeof churn.evaluateChurn>) => words(churn.evaluateChurn(...a));
const npsSummaryText = (...a: Parameters<typeof nps.npsSummary>) => nps.npsSummary(...a).map((m) => say(m)).join('\n');
import { scanScores } from '../../../src/lib/parse/scores';
import { NPS_SCORE_SCALE } from '../../../src/lib/parse/score-tally';

const counts = (promoters: string, passives: string, detractors: string) => ({ ...EMPTY_NPS_STATE, counts: { promoters, passives, detractors } });

describe('NPS form: an untouched form', () => {
  it('shows no errors, only what is missing', () => {
    const e = evaluateNps(EMPTY_NPS_STATE, null);
    expect(e.result).toBeNull();
    expect(e.errors).toEqual({});
    expect(e.missing).toMatch(/promotor/);
  });
});

describe('NPS form: typing', () => {
  it('computes from Indonesian-written counts', () => {
    const e = evaluateNps(counts('1.000', '0', '500'), null);
    expect(e.result?.main.nps).toBeCloseTo(100 / 3, 10);
  });
  it('flags each bad field once a group is touched, keeping the others', () => {
    const e = evaluateNps(counts('12', '', 'x'), null);
    expect(e.result).toBeNull();
    expect(Object.keys(e.errors).sort()).toEqual(['detractors', 'passives']);
    expect(e.errors.passives).toMatch(/kosong/);
    expect(e.missing).toMatch(/ditandai/);
  });
  it('asks for the blank fields by name of the problem when nothing typed is wrong', () => {
    const e = evaluateNps(counts('12', '', ''), null);
    expect(e.missing).toBe('Isi juga kolom yang masih kosong untuk melihat NPS.');
  });
  it('reports a total of zero instead of dividing by it', () => {
    const e = evaluateNps(counts('0', '0', '0'), null);
    expect(e.result).toBeNull();
    expect(e.missing).toMatch(/nol/);
  });
  it('compares with a second period only when it is complete', () => {
    const s = { ...counts('40', '30', '30'), compare: { promoters: '50', passives: '30', detractors: '20' } };
    const e = evaluateNps(s, null);
    expect(e.result?.comparison?.pValue).toBeCloseTo(0.083, 3); // adjusted-Wald test
    const half = evaluateNps({ ...s, compare: { promoters: '50', passives: '', detractors: '20' } }, null);
    expect(half.result?.comparison).toBeNull();
    expect(half.errors.passives_b).toMatch(/kosong/);
    expect(half.result?.comparisonMissing).toMatch(/kolom yang masih kosong/);
  });
  it('says why a requested comparison is missing instead of dropping it silently', () => {
    const base = counts('40', '30', '30');
    const untouched = evaluateNps({ ...base, compare: { promoters: '', passives: '', detractors: '' } }, null);
    expect(untouched.errors).toEqual({});
    expect(untouched.result?.comparisonMissing).toMatch(/periode sebelumnya/);
    const zero = evaluateNps({ ...base, compare: { promoters: '0', passives: '0', detractors: '0' } }, null);
    expect(zero.result?.comparison).toBeNull();
    expect(zero.result?.comparisonMissing).toMatch(/0|nol/);
    const bad = evaluateNps({ ...base, compare: { promoters: '-1', passives: '0', detractors: '0' } }, null);
    expect(bad.result?.comparisonMissing).toMatch(/ditandai/);
    expect(evaluateNps({ ...base, compare: null }, null).result?.comparisonMissing).toBeNull();
  });
});

describe('NPS form: three inputs agree', () => {
  it('gives the same NPS from counts, the 0–10 histogram and raw scores', () => {
    const fromCounts = evaluateNps(counts('3', '2', '1'), null).result!.main.nps;
    const histogram = ['1', '', '', '', '', '', '', '1', '1', '2', '1'].map((v) => v || '0');
    const fromHistogram = evaluateNps({ ...EMPTY_NPS_STATE, mode: 'histogram', histogram }, null).result!.main.nps;
    const tally = scanScores('0\n7\n8\n9\n9\n10', NPS_SCORE_SCALE);
    const fromScores = evaluateNps({ ...EMPTY_NPS_STATE, mode: 'scores', scores: 'x' }, tally).result!.main.nps;
    expect(fromHistogram).toBe(fromCounts);
    expect(fromScores).toBe(fromCounts);
  });
  it('says so when pasted text holds no valid score', () => {
    const tally = scanScores('halo, 11, 12', NPS_SCORE_SCALE);
    const e = evaluateNps({ ...EMPTY_NPS_STATE, mode: 'scores', scores: 'halo' }, tally);
    expect(e.errors.scores).toMatch(/Tidak ada skor/);
  });
});

describe('NPS words', () => {
  it('points many detractors and few answers to the right guides', () => {
    const r = evaluateNps(counts('10', '5', '15'), null).result!.main;
    const hrefs = npsNextSteps(r).map((s) => s.href);
    expect(hrefs).toContain('/panduan/menghadapi-pelanggan-bermasalah/');
    expect(hrefs).toContain('/panduan/umpan-balik-pelanggan/');
  });
  it('summarises with Indonesian numbers and no NaN', () => {
    const text = npsSummaryText(evaluateNps(counts('223', '150', '127'), null).result!.main, null);
    expect(text).toContain('NPS: 19,2 (Cukup)');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
  });
});

describe('CSAT, CES and churn forms', () => {
  it('CSAT uses the top two boxes unless a threshold is given', () => {
    const s = { ...emptyCsatState(5), counts: ['14', '9', '10', '32', '42'] };
    expect(evaluateCsat(s, null).result?.percentSatisfied).toBeCloseTo((74 / 107) * 100, 10);
    expect(evaluateCsat({ ...s, threshold: '5' }, null).result?.percentSatisfied).toBeCloseTo((42 / 107) * 100, 10);
    expect(evaluateCsat({ ...s, threshold: '6' }, null).errors.threshold).toBeTruthy();
    // Every wrong field has its message at once, the threshold too.
    const both = evaluateCsat({ ...s, counts: ['abc', '9', '10', '32', '42'], threshold: '9' }, null).errors;
    expect(both.skor1).toMatch(/bukan angka/);
    expect(both.threshold).toMatch(/antara 1 dan 5/);
  });
  it('CES gives the published mean', () => {
    const r = evaluateCes({ ...EMPTY_CES_STATE, counts: ['80', '210', '140', '110', '160', '180', '120'] }, null).result!;
    expect(r.mean).toBeCloseTo(4.08, 2);
  });
  it('churn refuses a start of zero and more lost than at start', () => {
    expect(evaluateChurn({ ...EMPTY_CHURN_STATE, start: '0', lost: '0' }).errors.start).toMatch(/lebih dari 0/);
    const e = evaluateChurn({ ...EMPTY_CHURN_STATE, start: '10', lost: '11' });
    expect(e.result).toBeNull();
    expect(Object.values(e.errors).join(' ')).toMatch(/lebih/);
  });
  it('churn asks for the margin when only ARPU is given, and gives CLV with both', () => {
    const base = { ...EMPTY_CHURN_STATE, start: '100', lost: '3' };
    expect(evaluateChurn({ ...base, arpu: '50' }).errors.margin).toBeTruthy();
    const clv = evaluateChurn({ ...base, arpu: '50', margin: '70%' }).result?.clv;
    expect(clv?.kind === 'value' && clv.value).toBeCloseTo(1166.67, 2);
  });
  it('churn still shows when the optional CLV fields are incomplete or wrong', () => {
    const base = { ...EMPTY_CHURN_STATE, start: '1000', lost: '30' };
    for (const extra of [{ margin: '70' }, { arpu: '50' }, { arpu: 'abc', margin: '70' }, { arpu: '2e12', margin: '70' }, { arpu: '50', margin: '170' }]) {
      const e = evaluateChurn({ ...base, ...extra });
      expect(e.result?.churnPercent).toBeCloseTo(3, 10);
      expect(e.result?.clv).toBeNull();
      expect(e.errors.arpu ?? e.errors.margin).toBeTruthy();
    }
  });
  it('churn caps ARPU at a trillion rather than print made-up digits', () => {
    const e = evaluateChurn({ ...EMPTY_CHURN_STATE, start: '100', lost: '3', arpu: '99999999999999999999', margin: '70' });
    expect(e.errors.arpu).toMatch(/1 triliun/);
    expect(evaluateChurn({ ...EMPTY_CHURN_STATE, start: '100', lost: '3', arpu: '1000000000000', margin: '70' }).result?.clv).not.toBeNull();
  });
  it('churn asks for the start without suggesting 0, which it would then refuse', () => {
    const e = evaluateChurn({ ...EMPTY_CHURN_STATE, lost: '3' });
    expect(e.errors.start).toBe('Isi jumlah pelanggan di awal periode.');
  });
});
