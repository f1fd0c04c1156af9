import { describe, expect, it } from 'vitest';
import { withoutIndexOnly } from '../../src/build/search-index';

describe('search-only attributes', () => {
  it('are taken out of a page once indexed, and nothing else is', () => {
    const page =
      '<main id="isi" tabindex="-1" data-pagefind-body data-pagefind-meta="kata_lain:komplain, review jelek">' +
      '<h3 id="keluhan" data-kata-lain="komplain WA, chat" data-pagefind-index-attrs="data-kata-lain">Keluhan</h3>' +
      '<section data-guide-check data-pagefind-ignore><span data-pagefind-filter="kategori">Melayani</span></section></main>';
    expect(withoutIndexOnly(page)).toBe(
      '<main id="isi" tabindex="-1" data-pagefind-body><h3 id="keluhan">Keluhan</h3>' +
        '<section data-guide-check data-pagefind-ignore><span data-pagefind-filter="kategori">Melayani</span></section></main>',
    );
  });
});
