import { describe, expect, it } from 'vitest';
import { figureOf, moodOf } from '../../../src/lib/report/metric';
import { reportWords } from '../../../src/i18n/id-report';
import { translator } from '../../../src/i18n/translate';
import { presenter } from '../../../src/lib/report/present';
import { METRICS } from '../../../src/lib/report/metric-ids';
import { wilsonBounds } from '../../../src/lib/metrics/wilson';

const { cappedNote } = presenter(translator(reportWords));

describe('figures by the calculators\' methods', () => {
  it('CSAT: % in the top two boxes with the Wilson interval', () => {
    // Scores 3, 4, 5, 5 on 1–5: 3 of 4 satisfied.
    const f = figureOf(METRICS.csat5, [0, 0, 1, 1, 2])!;
    expect(f.value).toBe(75);
    expect([f.low, f.high]).toEqual([wilsonBounds(3, 4).low, wilsonBounds(3, 4).high]);
    // The split behind it: 4–5 satisfied, 3 neutral, 1–2 unhappy.
    expect([f.good, f.mid, f.bad]).toEqual([3, 1, 0]);
  });
  it("CES: the mean with Student's t interval, R's t.test(x)$conf.int (SciPy agrees)", () => {
    const f = figureOf(METRICS.ces, [2, 3, 5, 8, 12, 20, 10])!;
    expect(f.value).toBeCloseTo(5.083333333333333, 12);
    expect(f.low).toBeCloseTo(4.676153039726137, 10);
    expect(f.high).toBeCloseTo(5.490513626940529, 10);
    expect(f.capped).toBeNull();
  });
  it('CES: an interval past 7 is cut there, and the figure says so', () => {
    // 27 sevens, 2 sixes, 1 five: t.test gives 6.7045 to 7.0288.
    const f = figureOf(METRICS.ces, [0, 0, 0, 0, 1, 2, 27])!;
    expect(f.low).toBeCloseTo(6.704543996186138, 10);
    expect(f.high).toBe(7);
    expect(f.capped).toBe('high');
    expect(cappedNote(METRICS.ces, f)).toBe('batas atas dipotong di 7, ujung skala');
    // Thirty answers of 7: a zero-width interval at 7, nothing cut.
    expect(figureOf(METRICS.ces, [0, 0, 0, 0, 0, 0, 30])).toMatchObject({ low: 7, high: 7, capped: null });
    // One answer says nothing about the spread: the whole scale.
    const one = figureOf(METRICS.ces, [0, 0, 0, 1, 0, 0, 0])!;
    expect([one.low, one.high, one.capped]).toEqual([1, 7, 'both']);
    expect(cappedNote(METRICS.ces, one)).toBe('dipotong di 1 dan 7, kedua ujung skala');
    const scores4and7 = figureOf(METRICS.ces, [0, 0, 0, 1, 0, 0, 1])!;
    expect(scores4and7.value).toBe(5.5);
    expect([scores4and7.low, scores4and7.high, scores4and7.capped]).toEqual([1, 7, 'both']);
    expect([scores4and7.good, scores4and7.mid, scores4and7.bad]).toEqual([1, 1, 0]);
  });
  it('NPS: a capped adjusted-Wald interval says so; CSAT (Wilson) never needs to', () => {
    expect(figureOf(METRICS.nps, [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3])!.capped).toBe('high');
    expect(cappedNote(METRICS.nps, figureOf(METRICS.nps, [3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0])!)).toBe('batas bawah dipotong di −100, ujung skala');
    expect(figureOf(METRICS.nps, [10, 0, 0, 0, 0, 0, 0, 10, 0, 0, 10])!.capped).toBeNull();
    expect(figureOf(METRICS.csat5, [0, 0, 0, 0, 30])!.capped).toBeNull();
  });
  it('no answers, no figure', () => {
    expect(figureOf(METRICS.nps, new Array(11).fill(0))).toBeNull();
  });
  it('the split: NPS groups; CSAT satisfied (top two boxes), neutral, unhappy (below the midpoint); CES easy/neutral/hard', () => {
    expect([0, 6, 7, 8, 9, 10].map((s) => moodOf(METRICS.nps, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([1, 2, 3, 4, 5].map((s) => moodOf(METRICS.csat5, s))).toEqual(['bad', 'bad', 'mid', 'good', 'good']);
    expect([1, 3, 4, 5, 6, 7].map((s) => moodOf(METRICS.csat7, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([1, 5, 6, 8, 9, 10].map((s) => moodOf(METRICS.csat10, s))).toEqual(['bad', 'bad', 'mid', 'mid', 'good', 'good']);
    expect([3, 4, 5].map((s) => moodOf(METRICS.ces, s))).toEqual(['bad', 'mid', 'good']);
  });
});
