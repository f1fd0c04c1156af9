import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateOfDay, dayNumber, detectDateOrder, excelSerialDay, parseDay } from '../../../src/lib/report/dates';
import { granularityFor, isoWeek, periodKey, periodStart } from '../../../src/lib/report/periods';

// 2026-12-02 is day 20,789 after 1970-01-01 and Excel serial 46,358 (days after 1899-12-30).
const DEC_2 = 20_789;

describe('dates of survey exports', () => {
  it('reads Google Forms in Indonesian as day/month/year', () => {
    expect(parseDay('02/12/2026 10:31:25')).toBe(DEC_2);
    expect(parseDay('2/12/2026 9:01:05')).toBe(DEC_2);
  });
  it('reads Google Forms in English (year first, AM/PM and zone)', () => {
    expect(parseDay('2026/12/02 10:31:25 AM GMT+7')).toBe(DEC_2);
    expect(parseDay('2026/12/02 11:59:59 PM GMT+7')).toBe(DEC_2);
  });
  it('reads month/day/year when told so', () => {
    expect(parseDay('12/2/2026 10:31:25', 'mdy')).toBe(DEC_2);
  });
  it('reads ISO dates and Excel serials', () => {
    expect(parseDay('2026-12-02')).toBe(DEC_2);
    expect(parseDay('2026-12-02T10:31:25+07:00')).toBe(DEC_2);
    expect(parseDay('46358')).toBe(DEC_2);
    expect(parseDay('46358,4385')).toBe(DEC_2);
    expect(excelSerialDay(46_358.99)).toBe(DEC_2);
  });
  it('rejects impossible or ambiguous dates', () => {
    for (const text of ['31/02/2026', '02/13/2026 10:00', 'kemarin', '', '02/12/26', '12345', '2026-13-01']) {
      expect(parseDay(text), text).toBeNaN();
    }
    expect(parseDay('13/02/2026', 'mdy')).toBeNaN();
  });
  it('tells the day order from a column', () => {
    expect(detectDateOrder(['02/12/2026 10:00', '25/11/2026 08:00'])).toBe('dmy');
    expect(detectDateOrder(['12/2/2026 10:00', '11/25/2026 08:00'])).toBe('mdy');
    expect(detectDateOrder(['02/03/2026'])).toBe('dmy');
    expect(detectDateOrder(['13/02/2026', '02/13/2026'])).toBeNull();
  });
  it('day numbers round-trip through calendar dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 80_000 }), (day) => {
        const { year, month, day: d } = dateOfDay(day);
        return dayNumber(year, month, d) === day;
      }),
    );
  });
});

describe('periods', () => {
  it('writes ISO weeks, months and quarters', () => {
    expect(isoWeek(dayNumber(2026, 11, 23))).toBe('2026-W48');
    expect(isoWeek(DEC_2)).toBe('2026-W49');
    expect(isoWeek(dayNumber(2026, 12, 31))).toBe('2026-W53');
    expect(isoWeek(dayNumber(2027, 1, 1))).toBe('2026-W53');
    expect(isoWeek(dayNumber(2024, 12, 30))).toBe('2025-W01');
    expect(periodKey(DEC_2, 'month')).toBe('2026-12');
    expect(periodKey(DEC_2, 'quarter')).toBe('2026-Q4');
    expect(periodKey(dayNumber(2026, 3, 31), 'quarter')).toBe('2026-Q1');
  });
  it('starts weeks on Monday, months and quarters on their first day', () => {
    expect(periodStart(DEC_2, 'week')).toBe(dayNumber(2026, 11, 30));
    expect(periodStart(DEC_2, 'month')).toBe(dayNumber(2026, 12, 1));
    expect(periodStart(DEC_2, 'quarter')).toBe(dayNumber(2026, 10, 1));
  });
  it('every day of a week shares the key of its Monday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), (day) => isoWeek(day) === isoWeek(periodStart(day, 'week'))),
    );
  });
  it('chooses weeks, months or quarters from the span', () => {
    expect(granularityFor(0, 91)).toBe('week');
    expect(granularityFor(0, 92)).toBe('month');
    expect(granularityFor(0, 731)).toBe('month');
    expect(granularityFor(0, 732)).toBe('quarter');
  });
});

describe('months written as words', () => {
  it('reads Indonesian and English month names and their short forms', () => {
    const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
    expect(parseDay('2 Februari 2026')).toBe(day(2026, 2, 2));
    expect(parseDay('2 Februari 2026 10:31')).toBe(day(2026, 2, 2));
    expect(parseDay('Senin, 2 Feb 2026')).toBe(day(2026, 2, 2));
    expect(parseDay('1 Jan 2026')).toBe(day(2026, 1, 1));
    expect(parseDay('17 Agt 2026')).toBe(day(2026, 8, 17));
    expect(parseDay('17-Agustus-2026')).toBe(day(2026, 8, 17));
    expect(parseDay('02-Des-2026')).toBe(day(2026, 12, 2));
    expect(parseDay('3 Mei 2026')).toBe(day(2026, 5, 3));
    expect(parseDay('Feb 2, 2026')).toBe(day(2026, 2, 2));
    expect(parseDay('October 31 2026')).toBe(day(2026, 10, 31));
  });
  it('rejects what is not a date', () => {
    for (const text of ['31 Februari 2026', '2 Bulan 2026', '2 Feb', 'Februari 2026', 'Senin', 'Pelanggan 2 Feb 2026']) expect(parseDay(text), text).toBeNaN();
  });
});
