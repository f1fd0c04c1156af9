/**
 * A quote that opens a field and never closes makes the rest of a file one cell. When the owner
 * chooses to read such a quote as text, its field is rewritten as a quoted field holding the
 * quote as a character (`"Bagus` → `"""Bagus"`) up to the next delimiter or line break, as the
 * text streams by; nothing else in the file changes.
 */

/** Where an unclosed quote opens: its offset in the decoded text, and its line (1 = the first). */
export interface QuotePlace {
  readonly offset: number;
  readonly line: number;
}

export interface QuoteFixer {
  /** The next piece of text, with the chosen quotes rewritten. */
  push(text: string): string;
  /** What is left to write at the end of the text (the closing quote of a field cut by it). */
  end(): string;
  /** The offset in the original text of `index` in the rewritten text (outside a rewritten field). */
  original(index: number): number;
}

export function quoteFixer(offsets: readonly number[], delimiter: string): QuoteFixer {
  const targets = [...offsets].sort((a, b) => a - b);
  let next = 0;
  /** Original offset of the next piece's first character, and the rewritten text's length so far. */
  let read = 0;
  let written = 0;
  let inField = false;
  let added = 0;
  /** [rewritten offset, characters added before it], after each rewritten field. */
  const shifts: [number, number][] = [];
  const close = () => {
    added += 1;
    written += 1;
    shifts.push([written, added]);
    inField = false;
    return '"';
  };
  return {
    push(text) {
      let out = '';
      let i = 0;
      while (i < text.length) {
        if (inField) {
          let j = i;
          while (j < text.length && text[j] !== delimiter && text[j] !== '\n' && text[j] !== '\r') j++;
          const part = text.slice(i, j).replaceAll('"', '""');
          added += part.length - (j - i);
          written += part.length;
          out += part;
          if (j < text.length) out += close();
          i = j;
          continue;
        }
        const target = targets[next];
        // A target already passed (inside a field rewritten before) is dropped.
        if (target !== undefined && target - read < i) {
          next++;
          continue;
        }
        const at = target === undefined ? text.length : target - read;
        if (at >= text.length) {
          out += text.slice(i);
          written += text.length - i;
          break;
        }
        out += `${text.slice(i, at)}"""`;
        written += at - i + 3;
        added += 2;
        inField = true;
        next++;
        i = at + 1;
      }
      read += text.length;
      return out;
    },
    end: () => (inField ? close() : ''),
    original(index) {
      let shift = 0;
      for (const [at, before] of shifts) if (at <= index) shift = before;
      return index - shift;
    },
  };
}

/** The line (1-based) of `offset` in `text`: \r\n, \r and \n each end a line. */
export function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** Lines after the one holding `offset` (a last line break ends the last line, it starts none). */
export function linesAfter(text: string, offset: number): number {
  const breaks = text.slice(offset).match(/\r\n|\r|\n/g)?.length ?? 0;
  return /[\r\n]$/.test(text) ? Math.max(0, breaks - 1) : breaks;
}
