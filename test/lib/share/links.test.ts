import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_CES_STATE, type CesState as CesLinkState } from '../../../src/lib/calculators/ces-form';
import { EMPTY_CHURN_STATE, type ChurnState as ChurnLinkState } from '../../../src/lib/calculators/churn-form';
import { emptyCsatState, type CsatState as CsatLinkState } from '../../../src/lib/calculators/csat-form';
import { EMPTY_NPS_STATE, type NpsState as NpsLinkState } from '../../../src/lib/calculators/nps-form';
import { say } from '../../support/all-words';
import { decodeCesLink, encodeCesLink } from '../../../src/lib/share/ces-link';
import { decodeChurnLink, encodeChurnLink } from '../../../src/lib/share/churn-link';
import { decodeCsatLink, encodeCsatLink } from '../../../src/lib/share/csat-link';
import { linkQuery } from '../../../src/lib/share/link';
import { decodeNpsLink, encodeNpsLink } from '../../../src/lib/share/nps-link';

const q = (query: string) => new URLSearchParams(query);
/** Field text as a user might type it: no commas (they separate list items), not blank. */
const field = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => !s.includes(',') && s.trim() !== '');
const fieldOrEmpty = fc.oneof(field, fc.constant(''));
const list = (length: number) => fc.array(fieldOrEmpty, { minLength: length, maxLength: length });

/** Through the URL text too, as a browser would. */
const viaUrl = (params: URLSearchParams) => new URLSearchParams(linkQuery(params));

describe('NPS link', () => {
  it('decodes counts, keeping invalid text for the form to explain', () => {
    const { state, issues, hasData } = decodeNpsLink(q('promotor=40&pasif=3o&detraktor=-2'));
    expect(state.mode).toBe('counts');
    expect(state.counts).toEqual({ promoters: '40', passives: '3o', detractors: '-2' });
    expect(state.compare).toBeNull();
    expect(issues).toEqual([]);
    expect(hasData).toBe(true);
  });

  it('decodes a histogram, raw scores and a second period', () => {
    const histogram = decodeNpsLink(q('jumlah=1,2,3,4,5,6,7,8,9,10,11&promotor_b=5&pasif_b=&detraktor_b=1'));
    expect(histogram.state.mode).toBe('histogram');
    expect(histogram.state.histogram).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(histogram.state.compare).toEqual({ promoters: '5', passives: '', detractors: '1' });
    const scores = decodeNpsLink(q('skor=9,10,8,3'));
    expect(scores.state.mode).toBe('scores');
    expect(scores.state.scores).toBe('9,10,8,3');
  });

  it('pads short lists and explains truncated long ones', () => {
    expect(decodeNpsLink(q('jumlah=1,2')).state.histogram).toEqual(['1', '2', '', '', '', '', '', '', '', '', '']);
    const long = decodeNpsLink(q(`jumlah=${'1,'.repeat(12)}1`));
    expect(long.state.histogram).toHaveLength(11);
    expect(long.issues).toHaveLength(1);
    expect(long.issues[0]?.param).toBe('jumlah');
    expect(long.issues[0] && say(long.issues[0].message)).toMatch(/13 angka/);
  });

  it('gives an empty state for an empty link', () => {
    expect(decodeNpsLink(q(''))).toEqual({ state: EMPTY_NPS_STATE, issues: [], hasData: false });
  });

  it('encodes only the active mode and omits empty fields', () => {
    const state: NpsLinkState = {
      ...EMPTY_NPS_STATE,
      counts: { promoters: '40', passives: '', detractors: '30' },
      scores: 'ignored',
    };
    expect(linkQuery(encodeNpsLink(state))).toBe('promotor=40&detraktor=30');
    expect(linkQuery(encodeNpsLink({ ...state, mode: 'scores', scores: '9,10' }))).toBe('skor=9,10');
    expect(encodeNpsLink(EMPTY_NPS_STATE).toString()).toBe('');
  });

  it('carries the planning margin when it is not the default, even blank', () => {
    expect(decodeNpsLink(q('target=2,5'))).toEqual({ state: { ...EMPTY_NPS_STATE, target: '2,5' }, issues: [], hasData: true });
    expect(linkQuery(encodeNpsLink({ ...EMPTY_NPS_STATE, target: '2,5' }))).toBe('target=2,5');
    expect(linkQuery(encodeNpsLink({ ...EMPTY_NPS_STATE, target: '5' }))).toBe('');
    expect(linkQuery(encodeNpsLink({ ...EMPTY_NPS_STATE, target: '' }))).toBe('target=');
    expect(decodeNpsLink(q('target=')).state.target).toBe('');
  });

  it('round-trips', () => {
    const counts = fc.record({ promoters: fieldOrEmpty, passives: fieldOrEmpty, detractors: fieldOrEmpty });
    const stateArb: fc.Arbitrary<NpsLinkState> = fc.oneof(
      fc.record({ mode: fc.constant('counts' as const), counts: counts.filter((c) => Object.values(c).some(Boolean)) }).map(
        (s) => ({ ...EMPTY_NPS_STATE, ...s }),
      ),
      list(11)
        .filter((h) => h.some(Boolean))
        .map((histogram) => ({ ...EMPTY_NPS_STATE, mode: 'histogram' as const, histogram })),
      field.map((scores) => ({ ...EMPTY_NPS_STATE, mode: 'scores' as const, scores })),
    );
    fc.assert(
      fc.property(stateArb, fc.option(counts.filter((c) => Object.values(c).some(Boolean)), { nil: null }), fieldOrEmpty, (base, compare, target) => {
        const state = { ...base, compare: compare === null ? null : compare, target };
        expect(decodeNpsLink(viaUrl(encodeNpsLink(state))).state).toEqual(state);
      }),
    );
  });
});

describe('CSAT link', () => {
  it('decodes scale, counts and threshold', () => {
    const { state, issues, hasData } = decodeCsatLink(q('skala=7&jumlah=1,2,3,4,5,6,7&puas=6'));
    expect(state).toEqual({ scale: 7, mode: 'counts', counts: ['1', '2', '3', '4', '5', '6', '7'], scores: '', threshold: '6' });
    expect(issues).toEqual([]);
    expect(hasData).toBe(true);
  });

  it('defaults to scale 5 and explains unknown scales', () => {
    expect(decodeCsatLink(q('skor=5,4')).state).toMatchObject({ scale: 5, mode: 'scores', scores: '5,4' });
    const odd = decodeCsatLink(q('skala=6&jumlah=1,2,3'));
    expect(odd.state.scale).toBe(5);
    expect(odd.state.counts).toEqual(['1', '2', '3', '', '']);
    expect(odd.issues[0]).toMatchObject({ param: 'skala', value: '6' });
    expect(odd.issues[0] && say(odd.issues[0].message)).toMatch(/tidak dikenal/);
  });

  it('encodes with the scale and without empty fields', () => {
    expect(linkQuery(encodeCsatLink(emptyCsatState(10)))).toBe('skala=10');
    const state: CsatLinkState = { ...emptyCsatState(5), counts: ['14', '9', '10', '32', '42'], threshold: '5' };
    expect(linkQuery(encodeCsatLink(state))).toBe('skala=5&jumlah=14,9,10,32,42&puas=5');
  });

  it('round-trips', () => {
    const stateArb = fc.constantFrom(5 as const, 7 as const, 10 as const).chain((scale) =>
      fc.record({
        scale: fc.constant(scale),
        mode: fc.constant('counts' as const),
        counts: list(scale).filter((c) => c.some(Boolean)),
        scores: fc.constant(''),
        threshold: fieldOrEmpty,
      }),
    );
    const scoresArb = fc.record({
      scale: fc.constantFrom(5 as const, 7 as const, 10 as const),
      mode: fc.constant('scores' as const),
      scores: field,
      threshold: fieldOrEmpty,
    }).map((s) => ({ ...s, counts: new Array<string>(s.scale).fill('') }));
    fc.assert(
      fc.property(fc.oneof(stateArb, scoresArb), (state: CsatLinkState) => {
        expect(decodeCsatLink(viaUrl(encodeCsatLink(state))).state).toEqual(state);
      }),
    );
  });
});

describe('CES link', () => {
  it('decodes and encodes', () => {
    const { state } = decodeCesLink(q('jumlah=80,210,140,110,160,180,120'));
    expect(state.counts).toEqual(['80', '210', '140', '110', '160', '180', '120']);
    expect(linkQuery(encodeCesLink(state))).toBe('jumlah=80,210,140,110,160,180,120');
    expect(decodeCesLink(q('skor=7,6,5')).state).toEqual({ ...EMPTY_CES_STATE, mode: 'scores', scores: '7,6,5' });
    expect(decodeCesLink(q('')).hasData).toBe(false);
  });

  it('round-trips', () => {
    const stateArb: fc.Arbitrary<CesLinkState> = fc.oneof(
      list(7)
        .filter((c) => c.some(Boolean))
        .map((counts) => ({ ...EMPTY_CES_STATE, counts })),
      field.map((scores) => ({ ...EMPTY_CES_STATE, mode: 'scores' as const, scores })),
    );
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeCesLink(viaUrl(encodeCesLink(state))).state).toEqual(state);
      }),
    );
  });
});

describe('churn link', () => {
  it('decodes both forms, the period and CLV inputs', () => {
    expect(decodeChurnLink(q('awal=200&hilang=10')).state).toEqual({ ...EMPTY_CHURN_STATE, start: '200', lost: '10' });
    const flow = decodeChurnLink(q('awal=1.000&akhir=1.020&baru=50&periode=tahun&arpu=50&margin=70'));
    expect(flow.state).toEqual({
      mode: 'flow',
      start: '1.000',
      lost: '',
      end: '1.020',
      newCustomers: '50',
      period: 'year',
      arpu: '50',
      margin: '70',
    });
    expect(flow.hasData).toBe(true);
  });

  it('explains an unknown period', () => {
    const weekly = decodeChurnLink(q('awal=10&hilang=1&periode=minggu'));
    expect(weekly.state.period).toBe('month');
    expect(weekly.issues[0]).toMatchObject({ param: 'periode', value: 'minggu' });
  });

  it('encodes only the active form and omits empty fields', () => {
    const state: ChurnLinkState = { ...EMPTY_CHURN_STATE, start: '200', lost: '10', end: '5', arpu: '50' };
    expect(linkQuery(encodeChurnLink(state))).toBe('awal=200&hilang=10&periode=bulan&arpu=50');
    expect(linkQuery(encodeChurnLink({ ...state, mode: 'flow', newCustomers: '7', period: 'year' }))).toBe(
      'awal=200&akhir=5&baru=7&periode=tahun&arpu=50',
    );
  });

  it('round-trips', () => {
    const common = {
      start: fieldOrEmpty,
      period: fc.constantFrom('month' as const, 'year' as const),
      arpu: fieldOrEmpty,
      margin: fieldOrEmpty,
    };
    const lostArb = fc
      .record({ ...common, lost: fieldOrEmpty })
      .map((s): ChurnLinkState => ({ ...EMPTY_CHURN_STATE, ...s, mode: 'lost' }));
    const flowArb = fc
      .record({ ...common, end: fieldOrEmpty, newCustomers: fieldOrEmpty })
      .filter((s) => s.end !== '' || s.newCustomers !== '')
      .map((s): ChurnLinkState => ({ ...EMPTY_CHURN_STATE, ...s, mode: 'flow' }));
    fc.assert(
      fc.property(fc.oneof(lostArb, flowArb), (state) => {
        expect(decodeChurnLink(viaUrl(encodeChurnLink(state))).state).toEqual(state);
      }),
    );
  });
});

describe('a second form of data in one link', () => {
  const said = (issues: readonly { param: string; message: Parameters<typeof say>[0] }[]) => issues.map((i) => [i.param, say(i.message)]);

  it('NPS: says which form is used and that the other is not', () => {
    const both = decodeNpsLink(q('jumlah=1,1,1,1,1,1,1,1,1,1,1&skor=1,2,3'));
    expect(both.state.mode).toBe('histogram');
    expect(said(both.issues)).toEqual([['skor', expect.stringMatching(/yang dipakai “jumlah”.*“skor” \(1,2,3\) tidak dipakai/is)]]);
    const three = decodeNpsLink(q('promotor=5&pasif=1&detraktor=1&jumlah=1,2&skor=9'));
    expect(three.state.mode).toBe('counts');
    expect(said(three.issues)).toEqual([['jumlah', expect.stringMatching(/“promotor”, “pasif”, “detraktor”.*“jumlah” \(1,2\) dan “skor” \(9\) tidak dipakai/is)]]);
    // One form alone, or a second period beside the first, is no second form.
    expect(decodeNpsLink(q('skor=9,10')).issues).toEqual([]);
    expect(decodeNpsLink(q('jumlah=1,2&promotor_b=3')).issues).toEqual([]);
  });

  it('CSAT and CES: skor= beside jumlah= is said', () => {
    expect(said(decodeCsatLink(q('skala=5&jumlah=1,2,3,4,5&skor=5,5')).issues)).toEqual([['skor', expect.stringMatching(/“jumlah”.*“skor” \(5,5\) tidak dipakai/is)]]);
    expect(said(decodeCesLink(q('jumlah=1,2,3,4,5,6,7&skor=7')).issues)).toEqual([['skor', expect.stringMatching(/“jumlah”.*“skor” \(7\) tidak dipakai/is)]]);
  });

  it('churn: akhir= and baru= beside hilang= are said', () => {
    const both = decodeChurnLink(q('awal=100&hilang=5&akhir=90&baru=3'));
    expect(both.state.mode).toBe('lost');
    expect(said(both.issues)).toEqual([['akhir', expect.stringMatching(/yang dipakai “hilang”.*“akhir” \(90\) dan “baru” \(3\) tidak dipakai/is)]]);
    expect(decodeChurnLink(q('awal=100&akhir=90&baru=3')).issues).toEqual([]);
  });
});

describe('linkQuery', () => {
  it('keeps commas readable and decodes identically', () => {
    const params = new URLSearchParams({ jumlah: '1,2,3', skor: 'a b&c' });
    const text = linkQuery(params);
    expect(text).toBe('jumlah=1,2,3&skor=a+b%26c');
    expect([...new URLSearchParams(text)]).toEqual([...params]);
  });
});
