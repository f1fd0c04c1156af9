import { describe, expect, it } from 'vitest';
import { esc, svgDocument, wrap } from '../../src/lib/diagrams/svg';
import { HEARD, LAST_BY_ROW, recoveryStepsSvg } from '../../src/lib/diagrams/recovery-steps';
import { GRIFFIN_STAGES, loyaltyCycleSvg } from '../../src/lib/diagrams/loyalty-cycle';
import { customerRolesSvg } from '../../src/lib/diagrams/customer-roles';

/** Crude well-formedness: every opened element is closed in order (the files have no CDATA or comments). */
function balanced(svg: string): boolean {
  const stack: string[] = [];
  for (const m of svg.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) { if (stack.pop() !== m[2]) return false; } else stack.push(m[2]!);
  }
  return stack.length === 0;
}

describe('diagram helpers', () => {
  it('escapes markup in text', () => {
    expect(esc('a < b & "c" > d')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });

  it('wraps at spaces within the limit, a long word on its own line', () => {
    expect(wrap('3. Evaluasi pascapembelian', 17)).toEqual(['3. Evaluasi', 'pascapembelian']);
    expect(wrap('Keputusan membeli kembali', 12)).toEqual(['Keputusan', 'membeli', 'kembali']);
    expect(wrap('pascapembelianpanjang sekali', 5)).toEqual(['pascapembelianpanjang', 'sekali']);
  });

  it('gives every file a name and a description for assistive technology', () => {
    const svg = svgDocument({ width: 10, height: 10, title: 'Judul <x>', desc: 'Isi', body: '' });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="t d"/);
    expect(svg).toContain('<title id="t">Judul &lt;x&gt;</title><desc id="d">Isi</desc>');
  });
});

describe('stand-alone diagrams', () => {
  const files = { 'heard-last': recoveryStepsSvg(), 'siklus-griffin': loyaltyCycleSvg(), 'peran-pelanggan': customerRolesSvg() };

  it('are well formed, with a title and a description', () => {
    for (const [name, svg] of Object.entries(files)) {
      expect(balanced(svg), name).toBe(true);
      expect(svg, name).toMatch(/<title id="t">[^<]+<\/title><desc id="d">[^<]+<\/desc>/);
    }
  });

  it('draw every HEARD step and LAST’s four beside their HEARD match', () => {
    const svg = files['heard-last'];
    for (const s of HEARD) expect(svg).toContain(`>${s.word}</text>`);
    expect(LAST_BY_ROW.map((s) => s?.word ?? null)).toEqual(['Listen', null, 'Apologize', 'Solve', 'Thank']);
  });

  it('draw Griffin’s five stages in order, in the picture and in its description', () => {
    const desc = /<desc id="d">([^<]+)</.exec(files['siklus-griffin'])![1]!;
    expect(desc.startsWith(GRIFFIN_STAGES.map((s, i) => `${i + 1}. ${s}`).join(', '))).toBe(true);
  });
});
