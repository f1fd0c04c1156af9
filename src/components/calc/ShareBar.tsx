// Copy the share link, copy the result as text, print. Copy falls back to selecting the text
// when the clipboard is unavailable (non-secure contexts, old browsers). The one place that does
// not call src/scripts/copy-text.ts: the NPS page is within bytes of its 25 KB budget before
// interaction, and the import costs more than these lines (docs/decisions.md, one clipboard helper).
import { useState } from 'preact/hooks';
import { useT } from './translation';

interface Props {
  /** Query string of the current state, without "?"; empty when there is nothing to share. */
  query: string;
  /** Plain-text summary of the result. */
  text: string;
}

export function ShareBar({ query, text }: Props) {
  const t = useT();
  const [status, setStatus] = useState('');
  const failed = status === t('share.failed');
  const link = `${location.origin}${location.pathname}${query ? `?${query}` : ''}`;
  const run = async (value: string, done: string) => {
    try {
      // Throws, too, where `navigator.clipboard` is missing.
      await navigator.clipboard.writeText(value);
    } catch {
      done = t('share.failed');
    }
    setStatus(done);
  };
  return (
    <div class="share no-print">
      <div class="share-buttons">
        <button type="button" onClick={() => run(link, t('share.linkDone'))}>{t('share.link')}</button>
        <button type="button" onClick={() => run(text, t('share.resultDone'))}>{t('share.result')}</button>
        <button type="button" onClick={() => print()}>{t('share.print')}</button>
      </div>
      <p role="status" class="share-status">{status}</p>
      {failed && <textarea readOnly rows={4} aria-label={t('share.textLabel')} value={`${text}\n${link}`} />}
    </div>
  );
}
