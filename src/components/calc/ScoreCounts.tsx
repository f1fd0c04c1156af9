// Input for metrics answered on a 1…K scale: counts per score, or pasted/uploaded scores.
import { useT } from './translation';
import { scoreField, type FieldErrors } from '../../lib/calculators/fields';
import type { ScoreSourceStore } from '../../stores/score-source';
import { Field } from './Field';
import { LinkNote } from './LinkNote';
import { LazyScoresInput } from './LazyScoresInput';

interface Props {
  name: string;
  mode: 'counts' | 'scores';
  onMode: (mode: 'counts' | 'scores') => void;
  counts: readonly string[];
  onCount: (index: number, value: string) => void;
  /** Labels per score, e.g. "1 Sangat tidak setuju"; defaults to "Skor N". */
  labels?: readonly string[];
  scores: string;
  onScores: (text: string) => void;
  source: ScoreSourceStore;
  errors: FieldErrors;
}

export function ScoreCounts({ name, mode, onMode, counts, onCount, labels, scores, onScores, source, errors }: Props) {
  const t = useT();
  return (
    <>
      <fieldset class="mode">
        <legend>{t('form.dataShape')}</legend>
        <label>
          <input type="radio" name={`${name}-mode`} checked={mode === 'counts'} onChange={() => onMode('counts')} /> {t('form.countsPerScore')}
        </label>
        <label>
          <input type="radio" name={`${name}-mode`} checked={mode === 'scores'} onChange={() => onMode('scores')} /> {t('form.scoresOrFile')}
        </label>
        <LinkNote params={['skor']} forms />
      </fieldset>
      {mode === 'counts' ? (
        <fieldset class="histogram-fields">
          <legend>{t('form.countsLegend')}</legend>
          <LinkNote params={['jumlah']} />
          {counts.map((v, i) => (
            <Field key={i} id={`${name}-skor-${i + 1}`} params={[]} label={labels?.[i] ?? t('form.score', { score: i + 1 })} value={v} error={errors[scoreField(i + 1)]} onInput={(x) => onCount(i, x)} />
          ))}
        </fieldset>
      ) : (
        <LazyScoresInput id={`${name}-skor`} text={scores} onText={onScores} source={source} range={t('form.range', { min: 1, max: counts.length })} error={errors.scores} />
      )}
    </>
  );
}
