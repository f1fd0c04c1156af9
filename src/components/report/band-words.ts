// The reading bands' words as the report's view shows them. They are the calculators' words
// (`npsBandWords` in src/i18n/id-nps.ts…), which travel in each calculator's own script, so that a
// calculator page carries only its own bands; the report shows any metric's, so its page hands the
// three over in its HTML (`data-band-words`, src/pages/kalkulator/laporan.astro) instead of loading
// three calculators' dictionaries. Read when the view first words a band (the view loads on use).
import type { cesBandWords } from '../../i18n/id-ces';
import type { csatBandWords } from '../../i18n/id-csat';
import type { npsBandWords } from '../../i18n/id-nps';
import { translator, type Translate } from '../../i18n/translate';
import { bandKey, type BandWord } from '../../lib/metrics/bands';
import type { Figure } from '../../lib/report/metric';
import type { Metric } from '../../lib/report/metric-ids';

/** The three metrics' band words, as the page writes them into `data-band-words`. */
export type ReportBandWords = typeof npsBandWords & typeof csatBandWords & typeof cesBandWords;

let t: Translate<ReportBandWords> | undefined;

/** A word of the figure's reading band: its name, its range, or what it means. */
export function bandWord(metric: Metric, figure: Figure, word: BandWord): string {
  t ??= translator(JSON.parse(document.querySelector<HTMLElement>('[data-band-words]')?.dataset.bandWords ?? '{}') as ReportBandWords);
  return t(bandKey(metric.kind, figure.band.id, word));
}
