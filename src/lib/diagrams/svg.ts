/**
 * Small helpers for the diagrams the site draws as SVG text, at build time or as stand-alone
 * `.svg` files. Pure string work, no DOM.
 */

/** Escapes text for SVG/XML content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Breaks text into lines of at most `max` characters at spaces (a longer word gets its own line). */
export function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** `<text>` with one `<tspan>` per line, centred on (x, y) as a block. */
export function textBlock(lines: readonly string[], x: number, y: number, lineHeight: number, attrs = ''): string {
  const top = y - ((lines.length - 1) * lineHeight) / 2;
  const spans = lines.map((l, i) => `<tspan x="${x}" y="${round(top + i * lineHeight)}">${esc(l)}</tspan>`).join('');
  return `<text${attrs ? ` ${attrs}` : ''} text-anchor="middle" dominant-baseline="middle">${spans}</text>`;
}

export const round = (n: number): number => Math.round(n * 10) / 10;

/**
 * Colours of a stand-alone diagram file (shown through <img>, so the page's CSS variables do not
 * reach it): a light card of its own that reads on the light and the dark theme and prints.
 */
export const FILE_PALETTE = {
  bg: '#fdfcf9',
  border: '#cfcabd',
  ink: '#1d1f23',
  muted: '#52565e',
  accent: '#0b5d57',
  accentBg: '#e3f1ef',
  alt: '#0a5c8a',
  altBg: '#e4eef6',
} as const;

/** A complete stand-alone SVG document with its accessible name and description. */
export function svgDocument(opts: { width: number; height: number; title: string; desc: string; body: string }): string {
  const p = FILE_PALETTE;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${opts.width} ${opts.height}" width="${opts.width}" height="${opts.height}" role="img" aria-labelledby="t d" font-family="system-ui, sans-serif">` +
    `<title id="t">${esc(opts.title)}</title><desc id="d">${esc(opts.desc)}</desc>` +
    `<rect x="0.5" y="0.5" width="${opts.width - 1}" height="${opts.height - 1}" rx="10" fill="${p.bg}" stroke="${p.border}"/>` +
    opts.body +
    `</svg>\n`
  );
}
