// While the worker reads: rows read and the share of the file, with a cancel button.
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { Progress as Read } from '../../workers/report-job';

export function Progress({ progress, onCancel }: { progress: Read | null; onCancel: () => void }) {
  return (
    <section class="report-progress" aria-labelledby="membaca">
      <h2 id="membaca">{t('report.readingTitle')}</h2>
      <label for="kemajuan">{progress ? t('report.progress', { rows: formatCount(progress.rows), pct: Math.floor(100 * progress.fraction) }) : t('report.progressStart')}</label>
      <progress id="kemajuan" max={1} value={progress?.fraction ?? 0} />
      <p><button type="button" onClick={onCancel}>{t('report.cancel')}</button></p>
    </section>
  );
}
