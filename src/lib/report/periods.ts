/**
 * Periods of a report: ISO weeks (`2026-W48`), months (`2026-11`) and quarters (`2026-Q4`),
 * from day numbers (see dates.ts), and the granularity that suits a date span.
 */
import { dateOfDay } from './dates';

export type Granularity = 'week' | 'month' | 'quarter';
export const GRANULARITIES: readonly Granularity[] = ['week', 'month', 'quarter'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * ISO 8601 week: weeks start on Monday and belong to the year of their Thursday, so
 * 2026-12-31 (a Thursday) is 2026-W53 and 2027-01-01 (Friday) too.
 */
export function isoWeek(day: number): string {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  const weekday = (((day + 3) % 7) + 7) % 7;
  const thursday = day - weekday + 3;
  const { year } = dateOfDay(thursday);
  const jan1 = Date.UTC(year, 0, 1) / 86_400_000;
  return `${year}-W${pad(Math.floor((thursday - jan1) / 7) + 1)}`;
}

export function periodKey(day: number, granularity: Granularity): string {
  if (granularity === 'week') return isoWeek(day);
  const { year, month } = dateOfDay(day);
  return granularity === 'month' ? `${year}-${pad(month)}` : `${year}-Q${Math.ceil(month / 3)}`;
}

/** First day of the period holding `day` (Monday for weeks), for placing it on a time axis. */
export function periodStart(day: number, granularity: Granularity): number {
  if (granularity === 'week') return day - ((((day + 3) % 7) + 7) % 7);
  const { year, month } = dateOfDay(day);
  const first = granularity === 'month' ? month : 3 * Math.floor((month - 1) / 3) + 1;
  return Date.UTC(year, first - 1, 1) / 86_400_000;
}

/**
 * Weeks for up to 13 weeks of answers, months for up to two years, quarters beyond: enough
 * periods to see a trend, few enough for each to hold answers.
 */
export function granularityFor(firstDay: number, lastDay: number): Granularity {
  const span = lastDay - firstDay;
  if (span <= 91) return 'week';
  if (span <= 731) return 'month';
  return 'quarter';
}
