/**
 * Words and two-word phrases of comments, to show what unhappy customers talk about most.
 * Lower-cased, split on anything that is not a letter or digit; stopwords, one-letter tokens
 * and numbers are dropped. A phrase is two kept words that stood next to each other; a
 * negation ("gak", "tidak") counts only as the start of a phrase ("tidak ramah").
 */
import { NEGATIONS, STOPWORDS } from './stopwords';

/** What a token becomes: its negation's word, null if it is dropped, or itself. */
function keep(raw: string, numeric: boolean): string | null {
  const negation = NEGATIONS.get(raw);
  if (negation) return negation;
  return raw.length < 2 || numeric || STOPWORDS.has(raw) ? null : raw;
}

/**
 * Tokens of a comment that carry meaning, in order. `null` marks a break: a dropped word, or
 * punctuation between words ("Antrean lama, kasir kurang ramah" has no phrase "lama kasir").
 */
export function tokens(text: string): (string | null)[] {
  const lower = text.toLowerCase();
  const out: (string | null)[] = [];
  // Most comments are plain ASCII: split them by char codes, which is several times faster than
  // the Unicode regex below (a big survey has hundreds of thousands of unhappy comments).
  let start = -1;
  let letters = false;
  let punctuation = false;
  for (let i = 0; i <= lower.length; i += 1) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    if (c > 127) return unicodeTokens(lower);
    const letter = c >= 97 && c <= 122;
    if (letter || (c >= 48 && c <= 57)) {
      if (start < 0) {
        if (punctuation) (out.push(null), (punctuation = false));
        (start = i), (letters = false);
      }
      letters ||= letter;
    } else {
      if (start >= 0) {
        out.push(keep(lower.slice(start, i), !letters));
        start = -1;
      }
      // Anything but ASCII white space (tab to carriage return, space) breaks a phrase.
      if (c !== 32 && (c < 9 || c > 13)) punctuation = true;
    }
  }
  if (punctuation) out.push(null);
  return out;
}

function unicodeTokens(lower: string): (string | null)[] {
  const out: (string | null)[] = [];
  // Split with the separators kept: even places hold words, odd places what lies between.
  const parts = lower.split(/([^\p{L}\p{N}]+)/u);
  for (let i = 0; i < parts.length; i += 1) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      if (/\S/u.test(part)) out.push(null);
    } else if (part !== '') out.push(keep(part, /^\p{N}+$/u.test(part)));
  }
  return out;
}

/** Beyond this many distinct entries, the rarest are dropped (counts stay exact for frequent ones). */
const LIMIT = 20_000;

export interface Frequency {
  readonly text: string;
  readonly count: number;
}

export interface WordCounter {
  add(text: string): void;
  /** The `top` most frequent words and phrases (phrases seen at least twice), most frequent first. */
  top(top: number): { words: Frequency[]; phrases: Frequency[] };
}

/** Drops entries seen at most `floor` times until the map is back under the limit; returns the floor reached. */
function prune(map: Map<string, number>, floor: number): number {
  let level = floor;
  while (map.size > LIMIT) {
    for (const [key, count] of map) if (count <= level) map.delete(key);
    if (map.size > LIMIT) level += 1;
  }
  return level;
}

function best(map: Map<string, number>, top: number, least: number): Frequency[] {
  return [...map]
    .filter(([, count]) => count >= least)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, top)
    .map(([text, count]) => ({ text, count }));
}

/** Adds one to `key`, unless this comment already counted it (`seen`: what it counted so far). */
function countOnce(map: Map<string, number>, key: string, seen: string[]): void {
  // A comment holds a few dozen entries at most, so a list beats a Set made for every comment.
  if (seen.includes(key)) return;
  seen.push(key);
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** Counts each word and phrase once per comment, so one long rant does not outweigh ten customers. */
export function createWordCounter(): WordCounter {
  const words = new Map<string, number>();
  const phrases = new Map<string, number>();
  const seen: string[] = [];
  let wordFloor = 1;
  let phraseFloor = 1;
  return {
    add(text) {
      const list = tokens(text);
      seen.length = 0;
      for (let i = 0; i < list.length; i += 1) {
        const word = list[i];
        if (!word) continue;
        const next = list[i + 1];
        if (next && !NEGATIONS.has(next)) countOnce(phrases, `${word} ${next}`, seen);
        if (!NEGATIONS.has(word)) countOnce(words, word, seen);
      }
      if (words.size > LIMIT) wordFloor = prune(words, wordFloor);
      if (phrases.size > LIMIT) phraseFloor = prune(phrases, phraseFloor);
    },
    top: (top) => ({ words: best(words, top, 1), phrases: best(phrases, top, 2) }),
  };
}
