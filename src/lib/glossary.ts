/**
 * The other names a glossary entry shows after its headword: every alias except those the
 * headword already contains as a whole word or phrase, so "Net Promoter Score (NPS)" with the
 * alias "NPS" reads "Net Promoter Score (NPS)", not "Net Promoter Score (NPS) (NPS)".
 * The full alias list still serves search and structured data.
 */
export function shownAliases(term: string, aka: readonly string[]): string[] {
  const words = (s: string) => s.toLocaleLowerCase('id').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const headword = ` ${words(term).join(' ')} `;
  return aka.filter((alias) => {
    const phrase = words(alias).join(' ');
    return phrase === '' || !headword.includes(` ${phrase} `);
  });
}
