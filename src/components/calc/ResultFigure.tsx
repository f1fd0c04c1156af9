// The headline number of a calculator: large, labelled, and in an element tests can find.
import type { ComponentChildren } from 'preact';
import { message } from '../../i18n/message';
import { useT } from './translation';
import { bandKey, type Band as BandInfo, type BandIds, type BandWord } from '../../lib/metrics/bands';

interface Props {
  label: string;
  value: string;
  name: string;
  unit?: string;
  children?: ComponentChildren;
}

export function ResultFigure({ label, value, name, unit, children }: Props) {
  return (
    <div class="result-figure">
      <p class="result-label">{label}</p>
      <p class="result-value">
        <span data-result={name}>{value}</span>
        {unit && <span class="result-unit">{unit}</span>}
      </p>
      {children}
    </div>
  );
}

/** A smaller labelled number in a definition list. */
export function Stat({ label, value, name, note }: { label: string; value: string; name?: string; note?: string }) {
  return (
    <div class="stat">
      <dt>{label}</dt>
      <dd>
        <span data-result={name}>{value}</span>
        {note && <span class="stat-note"> {note}</span>}
      </dd>
    </div>
  );
}

/**
 * The figure's band in words, never colour alone. Callers pick it from the value as displayed
 * (`displayed` in format.ts), so "30,0" is never labelled with the band below 30. The words are
 * the page's (`npsBandWords`… in `id-<calculator>.ts`, in the island's translator).
 */
export function Band<M extends keyof BandIds>({ metric, band }: { metric: M; band: BandInfo<BandIds[M]> }) {
  const t = useT();
  const word = (w: BandWord) => t(message(bandKey(metric, band.id, w)));
  return (
    <p class="band" data-band={band.id}>
      <strong>{word('label')}</strong> ({t('result.bandRange', { range: word('range') })}). {word('reading')} <span class="band-note">{t('result.bandNote')}</span>
    </p>
  );
}
