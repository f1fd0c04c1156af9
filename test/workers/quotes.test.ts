import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { lineAt, linesAfter, quoteFixer } from '../../src/workers/quotes';

const fixAll = (text: string, offsets: number[], pieces: number[] = []) => {
  const fixer = quoteFixer(offsets, ',');
  let out = '';
  let from = 0;
  for (const cut of [...pieces.filter((p) => p > 0 && p < text.length)].sort((a, b) => a - b)) {
    out += fixer.push(text.slice(from, cut));
    from = cut;
  }
  return { out: out + fixer.push(text.slice(from)) + fixer.end(), fixer };
};

describe('reading an unclosed quote as text', () => {
  const text = 'a,b,c\n1,2,"x "y" z\n3,4,w\n';
  const at = text.indexOf('"');

  it('keeps the quote as a character of its cell, and the rows after it apart', () => {
    expect(Papa.parse(text, { skipEmptyLines: true }).data).toHaveLength(2);
    expect(Papa.parse(fixAll(text, [at]).out, { skipEmptyLines: true }).data).toEqual([['a', 'b', 'c'], ['1', '2', '"x "y" z'], ['3', '4', 'w']]);
  });

  it('gives the same text however the stream is cut', () => {
    fc.assert(fc.property(fc.array(fc.nat(text.length), { maxLength: 5 }), (cuts) => fixAll(text, [at], cuts).out === fixAll(text, [at]).out));
  });

  it('closes a field the end of the text cuts', () => {
    expect(Papa.parse(fixAll('s\n"abc', [2]).out).data).toEqual([['s'], ['"abc']]);
  });

  it('maps offsets after a rewritten field back to the original text', () => {
    const two = 'a,b\n"x,1\n"y,2\n';
    const { out, fixer } = fixAll(two, [4]);
    const second = out.lastIndexOf('"y');
    expect(fixer.original(second)).toBe(two.lastIndexOf('"y'));
  });

  it('counts lines as an editor does', () => {
    expect(lineAt('a\r\nb\nc', 5)).toBe(3);
    expect(linesAfter('a\n"b\nc\nd\n', 2)).toBe(2);
    expect(linesAfter('a\n"b\nc\nd', 2)).toBe(2);
  });
});
