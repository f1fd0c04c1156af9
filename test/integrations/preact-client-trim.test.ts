import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { trimPreactClient } from '../../src/integrations/preact-client-trim';

const require = createRequire(import.meta.url);
const source = readFileSync(require.resolve('@astrojs/preact/client.js'), 'utf8');

describe('trimPreactClient', () => {
  it("drops the client's only dynamic import and keeps hydration as it was", () => {
    const code = trimPreactClient(source);
    expect(source).toContain('import("@preact/signals")');
    expect(code).not.toContain('import(');
    expect(code).toContain('islands take no signal props');
    expect(code.replace(/\n.*islands take no signal props.*\n/, '\n')).toBe(source.replace(/\n.*import\("@preact\/signals"\);\n/, '\n'));
  });

  it('stops the build, naming itself, when an Astro release changes that line', () => {
    expect(() => trimPreactClient(source.replace('await import("@preact/signals")', 'await loadSignals()'))).toThrow(/preact-client-trim: .*update src\/integrations\/preact-client-trim\.ts/);
  });
});
