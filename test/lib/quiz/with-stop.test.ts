import { describe, expect, it } from 'vitest';
import { withStop } from '../../../src/lib/quiz/with-stop';

describe('withStop', () => {
  it('ends a text with one full stop', () => {
    expect(withStop('Pelanggan internal')).toBe('Pelanggan internal.');
    expect(withStop('Kirim unit pengganti.')).toBe('Kirim unit pengganti.');
    expect(withStop('Apakah ia datang lagi?')).toBe('Apakah ia datang lagi?');
    expect(withStop('Katakan "Terima kasih."')).toBe('Katakan "Terima kasih."');
  });
});
