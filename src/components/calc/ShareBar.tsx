// Copy the share link, copy the result as text, print. Copy falls back to selecting the text
// when the clipboard is unavailable (non-secure contexts, old browsers). The one place that does
// not call src/scripts/copy-text.ts: the NPS page is within bytes of its 25 KB budget before
// interaction, and the import costs more than these lines (docs/decisions.md, one clipboard helper).
import { useState } from 'preact/hooks';
import { say } from '../../i18n/say';

interface Props {
  /** Query string of the current state, without "?"; empty when there is nothing to share. */
  query: string;
  /** Plain-text summary of the result. */
  text: string;
}

export function ShareBar({ query, text }: Props) {
  const [status, setStatus] = useState('');
  const failed = status === say('share.failed');
  const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  const run = async (value: string, done: string) => {
    try {
      // Throws, too, where `navigator.clipboard` is missing.
      await navigator.clipboard.writeText(value);
    } catch {
      done = say('share.failed');
    }
    setStatus(done);
  };
  return (
    <div class="share no-print">
      <div class="share-buttons">
        <button type="button" onClick={() => run(link, say('share.linkDone'))}>{say('share.link')}</button>
        <button type="button" onClick={() => run(text, say('share.resultDone'))}>{say('share.result')}</button>
        <button type="button" onClick={() => print()}>{say('share.print')}</button>
      </div>
      <p role="status" class="share-status">{status}</p>
      {failed && <textarea readOnly rows={4} aria-label={say('share.textLabel')} value={`${text}\n${link}`} />}
    </div>
  );
}
