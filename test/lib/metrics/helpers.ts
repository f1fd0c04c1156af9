import { expect } from 'vitest';
import type { Result } from '../../../src/lib/metrics/result';

/** Unwraps an ok result, failing the test with the errors otherwise. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result.errors)}`);
  return result.value;
}

/** The error codes of a failed result, by field. */
export function codes<T>(result: Result<T>): Record<string, string> {
  expect(result.ok).toBe(false);
  if (result.ok) return {};
  return Object.fromEntries(result.errors.map((error) => [error.field, error.code]));
}

/** Asserts no NaN/Infinity anywhere in a (nested) result value. */
export function expectAllFinite(input: unknown): void {
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'number') {
      expect(Number.isFinite(node), `${path} = ${node}`).toBe(true);
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => walk(item, `${path}[${index}]`));
    } else if (node && typeof node === 'object') {
      for (const [key, item] of Object.entries(node)) walk(item, `${path}.${key}`);
    }
  };
  walk(input, 'value');
}
