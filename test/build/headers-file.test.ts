import { describe, expect, it } from 'vitest';
import { formatHeaders, headersFor, parseHeaders } from '../../src/build/headers-file';

const FILE = `# site-wide
/*
  X-Content-Type-Options: nosniff
  Referrer-Policy: same-origin

/_astro/*
  Cache-Control: public, max-age=31536000, immutable

/panduan/
  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'
`;

describe('reading a _headers file', () => {
  it('groups indented headers under their path and skips comments', () => {
    const rules = parseHeaders(FILE);
    expect(rules.map((r) => r.path)).toEqual(['/*', '/_astro/*', '/panduan/']);
    expect(rules[0]!.headers).toEqual([
      ['X-Content-Type-Options', 'nosniff'],
      ['Referrer-Policy', 'same-origin'],
    ]);
    // A value may itself hold colons and semicolons.
    expect(rules[2]!.headers[0]![1]).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('rejects a header line before any path, naming it', () => {
    expect(() => parseHeaders('  X-Test: 1\n')).toThrow(/X-Test: 1/);
    expect(() => parseHeaders('/a\n  no colon here\n')).toThrow(/no colon/);
  });

  it('writes back what it reads', () => {
    const rules = parseHeaders(FILE);
    expect(parseHeaders(formatHeaders(rules))).toEqual(rules);
  });
});

describe('headers for a request', () => {
  const rules = parseHeaders(FILE);
  it('applies every matching rule: splats by prefix, other paths exactly', () => {
    expect(headersFor(rules, '/_astro/a.js')).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'same-origin',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
    expect(Object.keys(headersFor(rules, '/panduan/'))).toContain('Content-Security-Policy');
    expect(Object.keys(headersFor(rules, '/panduan/lain/'))).not.toContain('Content-Security-Policy');
  });

  it('lets a later rule replace an earlier value of the same header', () => {
    const r = parseHeaders('/*\n  X-A: 1\n/b\n  x-a: 2\n');
    expect(headersFor(r, '/b')).toEqual({ 'x-a': '2' });
  });
});
