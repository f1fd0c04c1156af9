import { describe, expect, it } from 'vitest';
import { metricFit } from '../../../src/lib/report/metric-fit';

describe('does the chosen metric fit the scores', () => {
  it('fits when the scores use the scale', () => {
    expect(metricFit('nps', { min: 0, max: 10 })).toBeNull();
    expect(metricFit('nps', { min: 3, max: 9 })).toBeNull();
    expect(metricFit('csat5', { min: 1, max: 5 })).toBeNull();
    expect(metricFit('ces', { min: 2, max: 7 })).toBeNull();
  });
  it('warns when scores lie outside the range, which would be rejected', () => {
    // A Google Forms NPS column (0–10) read as CES 1–7.
    expect(metricFit('ces', { min: 0, max: 10 })).toEqual({ kind: 'outside', min: 1, max: 7 });
    expect(metricFit('csat5', { min: 1, max: 7 })).toEqual({ kind: 'outside', min: 1, max: 5 });
  });
  it('warns when 1–5 or 1–7 answers are read on a 0–10 scale', () => {
    // CSAT 1–5 read as NPS would be all detractors: −100, silently.
    expect(metricFit('nps', { min: 1, max: 5 })).toEqual({ kind: 'narrow', max: 5, scaleMax: 10 });
    expect(metricFit('csat10', { min: 1, max: 7 })).toEqual({ kind: 'narrow', max: 7, scaleMax: 10 });
    expect(metricFit('nps', { min: 1, max: 8 })).toBeNull();
  });
  it('says nothing without numbers', () => {
    expect(metricFit('nps', { min: Infinity, max: -Infinity })).toBeNull();
  });
});
