/** Splits a content link like `loyalitas-pelanggan#empat-tanda` into guide id and `#hash` ('' if none). */
export function splitGuideLink(link: string): { guide: string; hash: string } {
  const i = link.indexOf('#');
  return i < 0 ? { guide: link, hash: '' } : { guide: link.slice(0, i), hash: link.slice(i) };
}

/** Paragraphs of a plain-text answer: blank lines separate them. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The first sentence of a text, with its full stop; the whole text if it has one sentence. */
export function firstSentence(text: string): string {
  const m = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
  return m ? m[0] : text.trim();
}
