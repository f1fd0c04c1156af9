import { describe, expect, it } from 'vitest';
import { inlineHashes, metaCsp, sitePolicy, trimHashes } from '../../src/build/csp';

describe('the policy of a page', () => {
  const html = `<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc=';"></head>`;

  it('reads the <meta> policy, unescaping entities', () => {
    expect(metaCsp(html)).toBe("default-src 'self';object-src 'none'; script-src 'self' 'sha256-abc=';");
    expect(metaCsp(html.replaceAll("'", '&#39;'))).toBe(metaCsp(html));
    expect(metaCsp('<head></head>')).toBeUndefined();
  });

  it('makes the header the same policy plus header-only directives', () => {
    expect(sitePolicy([metaCsp(html)!], ["frame-ancestors 'none'"])).toBe(
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

describe("the site's policy, for every address", () => {
  it('allows what any page allows, each source once, plus header-only directives', () => {
    const pages = [
      "default-src 'self'; script-src 'self' 'sha256-a='; style-src 'self' 'sha256-s='",
      "default-src 'self'; script-src 'self' 'sha256-b=' 'sha256-a='; style-src 'self'",
    ];
    expect(sitePolicy(pages, ["frame-ancestors 'none'"])).toBe(
      "default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self' 'sha256-s='; frame-ancestors 'none'",
    );
  });

  it('refuses pages whose policies differ in more than their hashes', () => {
    expect(() => sitePolicy(["default-src 'self'", "default-src 'self'; object-src 'none'"], [])).toThrow(/object-src/);
  });
});
