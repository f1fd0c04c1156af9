import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertChurn } from '../../../src/lib/metrics/churn';
import { npsFromCounts, npsFromHistogram, npsFromScores } from '../../../src/lib/metrics/nps';
import { compareNps } from '../../../src/lib/metrics/nps-compare';
import { wilsonInterval } from '../../../src/lib/metrics/wilson';
import { expectAllFinite, value } from './helpers';

const count = fc.nat({ max: 100_000 });
const npsCounts = fc
  .record({ promoters: count, passives: count, detractors: count })
  .filter((c) => c.promoters + c.passives + c.detractors > 0);
const histogram = fc.array(fc.nat({ max: 50 }), { minLength: 11, maxLength: 11 }).filter((h) => h.some((c) => c > 0));
const scores = fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 300 });

describe('NPS properties', () => {
  it('NPS lies within −100…100 and every number is finite', () => {
    fc.assert(
      fc.property(npsCounts, (c) => {
        const r = value(npsFromCounts(c));
        expect(r.nps).toBeGreaterThanOrEqual(-100);
        expect(r.nps).toBeLessThanOrEqual(100);
        expect(r.variance).toBeGreaterThanOrEqual(0);
        expect(r.variance).toBeLessThanOrEqual(1);
        expectAllFinite(r);
      }),
    );
  });

  it('the adjusted-Wald interval contains the adjusted centre and lies in −100…100', () => {
    fc.assert(
      fc.property(npsCounts, (c) => {
        const { interval } = value(npsFromCounts(c));
        expect(interval.low).toBeGreaterThanOrEqual(-100);
        expect(interval.high).toBeLessThanOrEqual(100);
        expect(interval.low).toBeLessThanOrEqual(interval.centre);
        expect(interval.centre).toBeLessThanOrEqual(interval.high);
      }),
    );
  });

  it('the order of responses is irrelevant', () => {
    fc.assert(
      fc.property(scores, fc.integer(), (list, seed) => {
        const shuffled = list
          .map((score, index) => ({ score, key: Math.sin(seed + index * 7919) }))
          .sort((a, b) => a.key - b.key)
          .map((entry) => entry.score);
        expect(value(npsFromScores(shuffled))).toEqual(value(npsFromScores(list)));
        expect(value(npsFromScores([...list].reverse()))).toEqual(value(npsFromScores(list)));
      }),
    );
  });

  it('counts, histogram and raw scores agree', () => {
    fc.assert(
      fc.property(histogram, (h) => {
        const fromHistogram = value(npsFromHistogram(h));
        const fromScores = value(npsFromScores(h.flatMap((c, score) => new Array<number>(c).fill(score))));
        const fromCounts = value(npsFromCounts(fromHistogram.counts));
        expect(fromScores).toEqual(fromHistogram);
        expect({ ...fromHistogram, histogram: null }).toEqual(fromCounts);
        const groups = fromCounts.counts;
        expect(groups.promoters + groups.passives + groups.detractors).toBe(h.reduce((s, c) => s + c, 0));
      }),
    );
  });

  it('comparison p-values are probabilities and the test is antisymmetric', () => {
    fc.assert(
      fc.property(npsCounts, npsCounts, (a, b) => {
        const ab = value(compareNps(a, b));
        const ba = value(compareNps(b, a));
        expect(ab.difference).toBeCloseTo(-ba.difference, 9);
        expect(ab.pValue).toBeGreaterThanOrEqual(0);
        expect(ab.pValue).toBeLessThanOrEqual(1);
        expect(ab.pValue).toBeCloseTo(ba.pValue, 12);
        expect(ab.standardError).toBeGreaterThan(0);
        expectAllFinite(ab);
      }),
    );
  });

  it('a detractor of the better, non-negative period turned promoter never raises p', () => {
    // The gap widens and that period's variance, pP + pD − (pP − pD)², shrinks: z can only grow.
    fc.assert(
      fc.property(npsCounts, npsCounts, (a, b) => {
        const before = value(compareNps(a, b));
        if (a.detractors === 0 || before.adjustedDifference < 0 || a.promoters < a.detractors) return;
        const after = value(compareNps({ ...a, promoters: a.promoters + 1, detractors: a.detractors - 1 }, b));
        expect(after.adjustedDifference).toBeGreaterThan(before.adjustedDifference);
        expect(after.pValue).toBeLessThanOrEqual(before.pValue + 1e-15);
      }),
    );
  });
});

describe('Wilson properties', () => {
  const trial = fc.integer({ min: 1, max: 1_000_000 }).chain((total) =>
    fc.record({ total: fc.constant(total), successes: fc.integer({ min: 0, max: total }) }),
  );

  it('lies within 0…100 and contains p̂', () => {
    fc.assert(
      fc.property(trial, ({ successes, total }) => {
        const r = value(wilsonInterval(successes, total));
        expect(r.low).toBeGreaterThanOrEqual(0);
        expect(r.high).toBeLessThanOrEqual(100);
        expect(r.low).toBeLessThanOrEqual(r.estimate);
        expect(r.estimate).toBeLessThanOrEqual(r.high);
      }),
    );
  });
});

describe('churn properties', () => {
  it('monthly → yearly → monthly round-trips (rates up to 75 % a month)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 75, noNaN: true }), (monthly) => {
        const yearly = value(convertChurn(monthly, 'month')).yearlyPercent;
        expect(yearly).toBeGreaterThanOrEqual(monthly - 1e-12);
        expect(yearly).toBeLessThanOrEqual(100);
        expect(value(convertChurn(yearly, 'year')).monthlyPercent).toBeCloseTo(monthly, 7);
      }),
    );
  });

  it('yearly → monthly → yearly round-trips', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 99.9, noNaN: true }), (yearly) => {
        const monthly = value(convertChurn(yearly, 'year')).monthlyPercent;
        expect(value(convertChurn(monthly, 'month')).yearlyPercent).toBeCloseTo(yearly, 7);
      }),
    );
  });
});
