// Sharing the report: print (one A4, see report.css), the tables as CSV, a short text for
// WhatsApp. Copy falls back to a selectable text box where the clipboard is unavailable.
import { useState } from 'preact/hooks';
import { t } from './words';
import { bandWord } from './band-words';
import { summaryCsv, summaryText } from './present';
import type { Source } from './present';
import type { Report } from '../../lib/report/report';
import { downloadCsv } from './download';
import { copyText } from '../../scripts/copy-text';

export function ShareReport({ report, source, names }: { report: Report; source: Source; names: readonly string[] }) {
  const [status, setStatus] = useState('');
  const [manual, setManual] = useState(false);
  const text = report.headline ? summaryText(report, source.rejected, names, bandWord(report.metric, report.headline, 'label')) : '';

  function download() {
    downloadCsv(summaryCsv(report, names, source), t('report.csvFile'));
    setStatus(t('report.downloaded'));
  }

  async function copy() {
    const copied = await copyText(text);
    if (!copied) setManual(true);
    setStatus(t(copied ? 'report.copied' : 'report.copyFailed'));
  }

  return (
    <section class="share no-print" aria-labelledby="bagikan">
      <h3 id="bagikan">{t('report.shareTitle')}</h3>
      <div class="share-buttons">
        <button type="button" onClick={() => print()}>{t('report.print')}</button>
        <button type="button" onClick={download}>{t('report.downloadCsv')}</button>
        <button type="button" onClick={copy}>{t('report.copy')}</button>
      </div>
      <p role="status" class="share-status">{status}</p>
      {manual && <textarea readOnly rows={8} aria-label={t('report.copyBox')} value={text} />}
    </section>
  );
}
