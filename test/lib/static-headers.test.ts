import { describe, expect, it } from 'vitest';
import { formatHeaders, headerCsp, headersFor, inlineHashes, metaCsp, parseHeaders, trimHashes } from '../../src/lib/static-headers';

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

describe('the policy of a page', () => {
  const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc=';"></head>`;

  it('reads the <meta> policy, unescaping entities', () => {
    expect(metaCsp(html)).toBe("default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc=';");
    expect(metaCsp(html.replaceAll("'", '&#39;'))).toBe(metaCsp(html));
    expect(metaCsp('<head></head>')).toBeUndefined();
  });

  it('makes the header the same policy plus header-only directives', () => {
    expect(headerCsp(metaCsp(html)!, ["frame-ancestors 'none'"])).toBe(
      "default-src 'self'; object-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
  });
});

describe('trimming a policy to the page', () => {
  const html = `<script>one()</script><script type="module" src="/a.js"></script><style>b{}</style>`;
  const hashes = inlineHashes(html);

  it('hashes inline script and style bodies, not external scripts', () => {
    expect(hashes.size).toBe(2);
    // sha256("one()"), checked independently with openssl.
    expect(hashes).toContain("'sha256-HR7iaask9daLMRRskMI++QeJtjWDOjyPA6lGzYGzKW4='");
  });

  it('keeps the hashes of code on the page and drops the rest', () => {
    const [script, style] = [...hashes];
    const policy = `default-src 'self'; script-src 'self' ${script} 'sha256-ZWxzZXdoZXJl'; style-src 'self' 'sha512-b3RoZXI=' ${style};`;
    expect(trimHashes(policy, hashes)).toBe(`default-src 'self'; script-src 'self' ${script}; style-src 'self' ${style};`);
  });
});
