import { describe, expect, it } from 'vitest';
import { shownAliases } from '../../src/lib/glossary';

describe('shownAliases', () => {
  it('drops an alias the headword already spells out', () => {
    expect(shownAliases('Net Promoter Score (NPS)', ['NPS'])).toEqual([]);
    expect(shownAliases('Customer Effort Score (CES)', ['CES', 'skor kemudahan pelanggan'])).toEqual(['skor kemudahan pelanggan']);
    expect(shownAliases('Customer lifetime value (CLV)', ['CLV', 'LTV', 'nilai seumur hidup pelanggan'])).toEqual(['LTV', 'nilai seumur hidup pelanggan']);
  });

  it('compares whole words, ignoring case and punctuation', () => {
    expect(shownAliases('Churn rate', ['churn rate', 'tingkat churn'])).toEqual(['tingkat churn']);
    // "CE" is inside "CES" but is not one of the headword's words.
    expect(shownAliases('Customer Effort Score (CES)', ['CE'])).toEqual(['CE']);
    expect(shownAliases('Omnichannel', ['omni-channel'])).toEqual(['omni-channel']);
  });

  it('keeps every alias of a headword that contains none of them', () => {
    expect(shownAliases('Pelanggan', ['customer'])).toEqual(['customer']);
    expect(shownAliases('Six Sigma', ['6σ'])).toEqual(['6σ']);
  });
});
