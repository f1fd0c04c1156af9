import { describe, expect, it } from 'vitest';
import { firstSentence, paragraphs, splitGuideLink } from '../../src/lib/links';
import { readingMinutes } from '../../src/lib/site';

describe('content links', () => {
  it('splits a guide link into id and hash', () => {
    expect(splitGuideLink('loyalitas-pelanggan#empat-tanda')).toEqual({ guide: 'loyalitas-pelanggan', hash: '#empat-tanda' });
    expect(splitGuideLink('jenis-pelanggan/berdasarkan-posisi')).toEqual({ guide: 'jenis-pelanggan/berdasarkan-posisi', hash: '' });
  });
});

describe('plain text helpers', () => {
  it('splits answers into paragraphs on blank lines and joins wrapped lines', () => {
    expect(paragraphs('Satu\nbaris.\n\n  Dua.  \n\n\n')).toEqual(['Satu baris.', 'Dua.']);
  });
  it('takes the first sentence without doubling its full stop', () => {
    expect(firstSentence('Ini satu. Ini dua.')).toBe('Ini satu.');
    expect(firstSentence('Tanpa titik')).toBe('Tanpa titik');
    expect(firstSentence('Nilai 1.5 bukan akhir kalimat. Lalu.')).toBe('Nilai 1.5 bukan akhir kalimat.');
  });
  it('estimates reading time at 200 words a minute, at least one', () => {
    expect(readingMinutes('')).toBe(1);
    expect(readingMinutes('kata '.repeat(1000))).toBe(5);
  });
});
