// Copy the share link, copy the result as text, print. Copy falls back to selecting the text
// when the clipboard is unavailable (non-secure contexts, old browsers).
import { useState } from 'preact/hooks';

interface Props {
  /** Query string of the current state, without "?"; empty when there is nothing to share. */
  query: string;
  /** Plain-text summary of the result. */
  text: string;
}

export function ShareBar({ query, text }: Props) {
  const [status, setStatus] = useState('');
  const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  const run = async (value: string, done: string) => {
    try {
      // Throws, too, where `navigator.clipboard` is missing.
      await navigator.clipboard.writeText(value);
    } catch {
      done = 'Tidak bisa menyalin otomatis. Salin teks di bawah secara manual.';
    }
    setStatus(done);
  };
  return (
    <div class="share no-print">
      <div class="share-buttons">
        <button type="button" onClick={() => run(link, 'Tautan disalin. Siapa pun yang membukanya melihat angka yang sama.')}>Salin tautan</button>
        <button type="button" onClick={() => run(text, 'Hasil disalin sebagai teks.')}>Salin hasil</button>
        <button type="button" onClick={() => print()}>Cetak</button>
      </div>
      <p role="status" class="share-status">{status}</p>
      {status.startsWith('Tidak bisa') && <textarea readOnly rows={4} aria-label="Teks untuk disalin" value={`${text}\n${link}`} />}
    </div>
  );
}
