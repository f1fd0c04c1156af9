import { describe, expect, it } from 'vitest';
import { metricFit } from '../../../src/lib/report/metric-fit';

/** A column of these whole scores, and `other` numbers beyond 0–10. */
function column(values: readonly number[], other = 0) {
  const counts = new Array<number>(11).fill(0);
  for (const v of values) counts[v]! += 1;
  return { counts, numeric: values.length + other };
}
const repeat = (values: readonly number[], n: number) => Array.from({ length: n }, (_, i) => values[i % values.length]!);

describe('does the chosen metric fit the scores', () => {
  it('fits when the scores use the scale', () => {
    expect(metricFit('nps', column([0, 3, 9, 10]))).toBeNull();
    expect(metricFit('nps', column([3, 5, 9]))).toBeNull();
    expect(metricFit('csat5', column([1, 2, 4, 5]))).toBeNull();
    expect(metricFit('ces', column([2, 5, 7]))).toBeNull();
  });
  it('says nothing of a handful of outliers in many answers: they are rejected and named in the report', () => {
    expect(metricFit('csat5', column([...repeat([1, 2, 3, 4, 5], 3000), 6]))).toBeNull();
  });
  it('warns when more than a small share lies outside the range', () => {
    // A Google Forms NPS column (0–10) read as CES 1–7.
    expect(metricFit('ces', column([0, 3, 7, 10]))).toEqual({ kind: 'outside', min: 1, max: 7, count: 2, total: 4 });
    expect(metricFit('csat5', column([...repeat([1, 2, 3, 4, 5], 95), 6, 7, 6, 7, 7]))).toEqual({ kind: 'outside', min: 1, max: 5, count: 5, total: 100 });
    // Numbers beyond 0–10 (a price, a year) count as outside too.
    expect(metricFit('nps', column([1, 9, 10], 2))).toEqual({ kind: 'outside', min: 0, max: 10, count: 2, total: 5 });
  });
  it('warns when no answer reaches the top group of the chosen scale', () => {
    // CSAT 1–5 read as NPS would be all detractors: −100, silently.
    expect(metricFit('nps', column([1, 2, 5]))).toEqual({ kind: 'narrow', max: 5, scaleMax: 10 });
    // CSAT 1–5 read as 1–7: 0 % satisfied.
    expect(metricFit('csat7', column([1, 3, 4, 5]))).toEqual({ kind: 'narrow', max: 5, scaleMax: 7 });
    expect(metricFit('csat10', column([1, 7]))).toEqual({ kind: 'narrow', max: 7, scaleMax: 10 });
    expect(metricFit('nps', column([1, 8]))).toEqual({ kind: 'narrow', max: 8, scaleMax: 10 });
  });
  it('says nothing without numbers', () => {
    expect(metricFit('nps', column([]))).toBeNull();
  });
});
