// Input for metrics answered on a 1…K scale: counts per score, or pasted/uploaded scores.
import { scoreField, type FieldErrors } from '../../lib/calculators/fields';
import type { ScoreSourceStore } from '../../stores/score-source';
import { Field } from './Field';
import { ScoresInput } from './ScoresInput';

interface Props {
  name: string;
  mode: 'counts' | 'scores';
  onMode: (mode: 'counts' | 'scores') => void;
  counts: readonly string[];
  onCount: (index: number, value: string) => void;
  /** Labels per score, e.g. "1 – Sangat tidak puas"; defaults to "Skor N". */
  labels?: readonly string[];
  scores: string;
  onScores: (text: string) => void;
  source: ScoreSourceStore;
  errors: FieldErrors;
}

export function ScoreCounts({ name, mode, onMode, counts, onCount, labels, scores, onScores, source, errors }: Props) {
  return (
    <>
      <fieldset class="mode">
        <legend>Bentuk data</legend>
        <label>
          <input type="radio" name={`${name}-mode`} checked={mode === 'counts'} onChange={() => onMode('counts')} /> Jumlah jawaban per skor
        </label>
        <label>
          <input type="radio" name={`${name}-mode`} checked={mode === 'scores'} onChange={() => onMode('scores')} /> Daftar skor atau berkas
        </label>
      </fieldset>
      {mode === 'counts' ? (
        <fieldset class="histogram-fields">
          <legend>Jumlah jawaban untuk tiap skor</legend>
          {counts.map((v, i) => (
            <Field key={i} id={`${name}-skor-${i + 1}`} label={labels?.[i] ?? `Skor ${i + 1}`} value={v} error={errors[scoreField(i + 1)]} onInput={(x) => onCount(i, x)} />
          ))}
        </fieldset>
      ) : (
        <ScoresInput id={`${name}-skor`} text={scores} onText={onScores} source={source} rangeLabel={`1 sampai ${counts.length}`} error={errors.scores} />
      )}
    </>
  );
}
