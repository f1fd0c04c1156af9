// The CSAT calculator island.
import { csatBandWords, csatWords } from '../../i18n/id-csat';
import { calc } from '../../i18n/id';
import { translator } from '../../i18n/translate';
import { csatNextSteps, csatSummary, type CsatState } from '../../lib/calculators/csat-form';
import type { FieldErrors } from '../../lib/calculators/fields';
import { displayed, formatCount, formatNumber, formatPercent } from '../../lib/format';
import { CSAT_SCALES, defaultCsatThreshold } from '../../lib/metrics/csat';
import { csatBand } from '../../lib/metrics/csat-bands';
import { csatCalculator, setCsatCount, setCsatMode, setCsatScale, setCsatThreshold } from '../../stores/csat';
import { CalculatorShell } from './CalculatorShell';
import { Histogram, StackedBar } from './Charts';
import { Field } from './Field';
import { LinkNote } from './LinkNote';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoreCounts } from './ScoreCounts';
import { Words } from './Words';

const t = translator(calc, csatWords, csatBandWords);

function CsatForm({ input, errors }: { input: CsatState; errors: FieldErrors }) {
  const top = defaultCsatThreshold(input.scale);
  return (
    <>
      <fieldset class="mode">
        <legend>{t('csat.scale')}</legend>
        {CSAT_SCALES.map((k) => (
          <label key={k}>
            <input type="radio" name="csat-scale" checked={input.scale === k} onChange={() => setCsatScale(k)} /> {t('csat.scaleOption', { k })}
          </label>
        ))}
        <LinkNote params={['skala']} />
      </fieldset>
      <ScoreCounts name="csat" mode={input.mode} onMode={setCsatMode} counts={input.counts} onCount={setCsatCount} scores={input.scores}
        onScores={csatCalculator.setScores} source={csatCalculator.scores} errors={errors} />
      <Field id="puas" label={t('csat.threshold')} value={input.threshold} onInput={setCsatThreshold} error={errors.threshold}
        hint={t('csat.thresholdHint', { low: top, high: input.scale })} />
    </>
  );
}

export default function CsatCalculator() {
  return (
    <CalculatorShell
      t={t}
      calculator={csatCalculator}
      form={(input, errors) => <CsatForm input={input} errors={errors} />}
      status={(r) => t('csat.status', { pct: formatPercent(r.percentSatisfied) })}
      steps={csatNextSteps}
      summary={csatSummary}
    >
      {(r) => {
        const high = defaultCsatThreshold(r.scale);
        return (
          <>
            <ResultFigure label={t('csat.figure')} value={formatNumber(r.percentSatisfied, 1)} unit="%" name="csat">
              <p>{t('csat.satisfied', { n: formatCount(r.satisfied), total: formatCount(r.total), threshold: r.threshold })}</p>
              {r.threshold === high ? <Band metric="csat" band={csatBand(displayed(r.percentSatisfied, 1))} /> : <p class="band">{t('csat.noBand', { low: high, high: r.scale })}</p>}
            </ResultFigure>
            <dl class="stats">
              <div class="stat">
                <dt>{t('csat.ci')}</dt>
                <dd>
                  <Words text={t({ key: 'result.range' })} low={<><span data-result="ci-low">{formatNumber(r.interval.low, 1)}</span>%</>} high={<><span data-result="ci-high">{formatNumber(r.interval.high, 1)}</span>%</>} />
                </dd>
              </div>
              <Stat label={t('csat.mean', { scale: r.scale })} value={formatNumber(r.mean, 2)} name="rata" note={t('csat.meanNote')} />
            </dl>
            <StackedBar title={t('csat.split')} segments={[
              { key: 'p', label: t('csat.satisfiedBar', { low: r.threshold, high: r.scale }), value: r.satisfied, tone: 'good' },
              { key: 'n', label: t('csat.unsatisfiedBar', { high: r.threshold - 1 }), value: r.total - r.satisfied, tone: 'bad' },
            ]} />
            <Histogram title={t('csat.histogram')} bins={r.counts.map((value, i) => ({ label: String(i + 1), value, tone: i + 1 >= r.threshold ? 'good' : 'bad' }))} />
          </>
        );
      }}
    </CalculatorShell>
  );
}
