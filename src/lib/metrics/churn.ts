/**
 * Customer churn and retention for one period, its monthly↔yearly equivalent, average
 * customer lifetime and an optional simple CLV.
 *
 * Churn = lost ÷ customers at the start. When the user only knows start, end and new
 * customers, lost = start + new − end; that also counts new customers who left within the
 * period, so it can slightly overstate churn, which is the usual trade-off of this shortcut.
 */
import { message } from '../../i18n/message';
import { fail, fieldError, ok } from './result';
import type { FieldError, Result } from './result';
import { checkCount, checkNumberInRange } from './validate';

export type ChurnPeriod = 'month' | 'year';

export type ChurnInput =
  | { readonly kind: 'lost'; readonly start: number; readonly lost: number }
  | { readonly kind: 'flow'; readonly start: number; readonly end: number; readonly newCustomers: number };

export interface ChurnOptions {
  /** Length of the measured period; default month. */
  readonly period?: ChurnPeriod;
  /** Average revenue per customer per period (same period as churn); enables CLV. */
  readonly arpu?: number | null;
  /** Gross margin in percent (0–100); required with ARPU for CLV. */
  readonly marginPercent?: number | null;
}

/** "No churn" is a real answer, not an error: lifetime and CLV are then unbounded. */
export type Lifetime =
  | { readonly kind: 'finite'; readonly periods: number; readonly period: ChurnPeriod }
  | { readonly kind: 'no-churn' };

export type ClvResult =
  | { readonly kind: 'value'; readonly value: number; readonly arpu: number; readonly marginPercent: number }
  | { readonly kind: 'no-churn'; readonly arpu: number; readonly marginPercent: number };

export interface ChurnResult {
  readonly period: ChurnPeriod;
  readonly start: number;
  readonly lost: number;
  /** Given in flow mode, otherwise start − lost (customers kept, ignoring new ones). */
  readonly end: number;
  /** Given in flow mode, otherwise null. */
  readonly newCustomers: number | null;
  /** Churn in the measured period, 0–100. */
  readonly churnPercent: number;
  /** 100 − churn. */
  readonly retentionPercent: number;
  /** Monthly equivalent (equals churnPercent when period = month). */
  readonly monthlyChurnPercent: number;
  /** Yearly equivalent (equals churnPercent when period = year). */
  readonly yearlyChurnPercent: number;
  /** ≈ 1/churn periods of the measured length. */
  readonly lifetime: Lifetime;
  /** null when ARPU or margin was not given. */
  readonly clv: ClvResult | null;
}

/** yearly = 1 − (1 − monthly)^12, computed via log1p/expm1 to keep small rates exact. */
function monthlyToYearlyRate(monthly: number): number {
  if (monthly >= 1) return 1;
  return -Math.expm1(12 * Math.log1p(-monthly));
}

/** monthly = 1 − (1 − yearly)^(1/12). */
function yearlyToMonthlyRate(yearly: number): number {
  if (yearly >= 1) return 1;
  return -Math.expm1(Math.log1p(-yearly) / 12);
}

export interface ChurnConversion {
  readonly monthlyPercent: number;
  readonly yearlyPercent: number;
}

/** Converts a churn rate given per `from` period into both monthly and yearly percent. */
export function convertChurn(percent: number, from: ChurnPeriod): Result<ChurnConversion> {
  const error = checkNumberInRange(percent, 'churn', message('label.churn'), 0, 100, message('range.percent'));
  if (error) return fail([error]);
  const rate = percent / 100;
  const monthly = from === 'month' ? rate : yearlyToMonthlyRate(rate);
  const yearly = from === 'year' ? rate : monthlyToYearlyRate(rate);
  return ok({ monthlyPercent: 100 * monthly, yearlyPercent: 100 * yearly });
}

export interface ClvInput {
  readonly arpu: number;
  readonly marginPercent: number;
  /** Churn per period, 0–100, same period as ARPU. */
  readonly churnPercent: number;
}

/**
 * Highest ARPU accepted: a trillion per customer per period is beyond any real business, and
 * above it a CLV would print digits that floating point only pretends to know.
 */
export const MAX_ARPU = 1e12;

function checkArpu(value: number): FieldError | null {
  return checkNumberInRange(value, 'arpu', message('label.arpu'), 0, MAX_ARPU, message('range.arpu'));
}

function checkMargin(value: number): FieldError | null {
  return checkNumberInRange(value, 'margin', message('label.margin'), 0, 100, message('range.percent'));
}

/** CLV = ARPU × gross margin ÷ churn; a tagged "no-churn" result instead of dividing by 0. */
export function customerLifetimeValue(input: ClvInput): Result<ClvResult> {
  const errors = [
    checkArpu(input.arpu),
    checkMargin(input.marginPercent),
    checkNumberInRange(input.churnPercent, 'churn', message('label.churn'), 0, 100, message('range.percent')),
  ].filter((error) => error !== null);
  if (errors.length > 0) return fail(errors);
  const { arpu, marginPercent, churnPercent } = input;
  if (churnPercent === 0) return ok({ kind: 'no-churn', arpu, marginPercent });
  const value = (arpu * (marginPercent / 100)) / (churnPercent / 100);
  if (!Number.isFinite(value)) {
    return fail([fieldError('arpu', 'too-large', 'err.arpuTooLarge')]);
  }
  return ok({ kind: 'value', value, arpu, marginPercent });
}

function resolveLost(input: ChurnInput): Result<{ lost: number; end: number | null; newCustomers: number | null }> {
  const errors: FieldError[] = [];
  const push = (error: FieldError | null): void => {
    if (error) errors.push(error);
  };
  push(checkCount(input.start, 'start', message('label.start')));
  if (input.kind === 'lost') {
    push(checkCount(input.lost, 'lost', message('label.lost')));
  } else {
    push(checkCount(input.end, 'end', message('label.end')));
    push(checkCount(input.newCustomers, 'newCustomers', message('label.newCustomers')));
  }
  if (errors.length > 0) return fail(errors);
  if (input.start === 0) {
    return fail([fieldError('start', 'zero-total', 'err.startZero')]);
  }
  if (input.kind === 'lost') {
    if (input.lost > input.start) {
      return fail([
        fieldError('lost', 'lost-exceeds-start', 'err.lostExceedsStart'),
      ]);
    }
    return ok({ lost: input.lost, end: null, newCustomers: null });
  }
  const lost = input.start + input.newCustomers - input.end;
  if (lost < 0) {
    return fail([
      fieldError('end', 'end-exceeds-available', 'err.endExceedsAvailable'),
    ]);
  }
  if (lost > input.start) {
    return fail([
      fieldError('end', 'lost-exceeds-start', 'err.flowLostExceedsStart', { lost }),
    ]);
  }
  return ok({ lost, end: input.end, newCustomers: input.newCustomers });
}

export function calculateChurn(input: ChurnInput, options: ChurnOptions = {}): Result<ChurnResult> {
  const period = options.period ?? 'month';
  const resolved = resolveLost(input);
  const errors: FieldError[] = resolved.ok ? [] : [...resolved.errors];
  const hasArpu = options.arpu !== undefined && options.arpu !== null;
  const hasMargin = options.marginPercent !== undefined && options.marginPercent !== null;
  if (hasArpu !== hasMargin) {
    errors.push(
      hasArpu
        ? fieldError('margin', 'empty', 'err.marginMissing')
        : fieldError('arpu', 'empty', 'err.arpuMissing'),
    );
  }
  const arpuError = hasArpu ? checkArpu(options.arpu as number) : null;
  const marginError = hasMargin ? checkMargin(options.marginPercent as number) : null;
  if (arpuError) errors.push(arpuError);
  if (marginError) errors.push(marginError);
  if (!resolved.ok || errors.length > 0) return fail(errors);
  const { lost, end, newCustomers } = resolved.value;
  const churnPercent = (100 * lost) / input.start;
  const conversion = convertChurn(churnPercent, period);
  if (!conversion.ok) return conversion;

  let clv: ClvResult | null = null;
  if (hasArpu && hasMargin) {
    const computed = customerLifetimeValue({
      arpu: options.arpu as number,
      marginPercent: options.marginPercent as number,
      churnPercent,
    });
    if (!computed.ok) return computed;
    clv = computed.value;
  }
  return ok({
    period,
    start: input.start,
    lost,
    end: end ?? input.start - lost,
    newCustomers,
    churnPercent,
    retentionPercent: 100 - churnPercent,
    monthlyChurnPercent: conversion.value.monthlyPercent,
    yearlyChurnPercent: conversion.value.yearlyPercent,
    lifetime: lost === 0 ? { kind: 'no-churn' } : { kind: 'finite', periods: input.start / lost, period },
    clv,
  });
}
