/**
 * Labels of the segment chart: wide enough for what they say, wrapped rather than cut, so
 * "Cabang Jakarta Selatan" and "Cabang Jakarta Timur" stay told apart by their end. The SVG is
 * laid out before any font is measured, so widths are estimated on the generous side from the
 * shape of each character (12-unit text; a sans-serif's narrow, wide and capital letters).
 */

const NARROW = new Set("iljtfr.,:;'!|()[]{} ");
const WIDE = new Set('mwMW@%');

/** An upper bound of a text's width at `size` units, for common sans-serif faces. */
export function textWidth(text: string, size = 12): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.36;
    else if (WIDE.has(ch)) em += 0.95;
    else if (ch >= 'A' && ch <= 'Z') em += 0.74;
    else if (ch.charCodeAt(0) > 0x2e7f) em += 1.05; // CJK and emoji are about a square
    else em += 0.62;
  }
  return em * size;
}

/**
 * A label in lines no wider than `max` (words kept whole where they fit; a word wider than a
 * line is split), at most `maxLines` lines, the last ending in "…" only if even that is not enough.
 */
export function wrapLabel(text: string, max: number, maxLines = 3, size = 12): string[] {
  const lines: string[] = [];
  let line = '';
  const push = (word: string) => {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, size) <= max) {
      line = joined;
      return;
    }
    if (line) lines.push(line);
    line = '';
    // A word wider than a line: split it where the line is full.
    let rest = word;
    while (textWidth(rest, size) > max) {
      let cut = rest.length - 1;
      while (cut > 1 && textWidth(rest.slice(0, cut), size) > max) cut -= 1;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  };
  for (const word of text.split(/\s+/).filter(Boolean)) push(word);
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]} ${lines.slice(maxLines).join(' ')}`;
  while (last.length > 1 && textWidth(`${last}…`, size) > max) last = last.slice(0, -1).trimEnd();
  kept[maxLines - 1] = `${last}…`;
  return kept;
}
