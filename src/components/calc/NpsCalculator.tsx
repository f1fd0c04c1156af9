// The NPS calculator island: three ways to enter data, the result with its uncertainty,
// an optional second period, planning, next steps and sharing.
import { calc } from '../../i18n/id';
import { npsBandWords, npsWords } from '../../i18n/id-nps';
import { translator } from '../../i18n/translate';
import { scoreField, type FieldErrors } from '../../lib/calculators/fields';
import { NPS_COUNT_KEYS, npsNextSteps, npsSummary, planNps, type NpsCountFields, type NpsInputMode, type NpsState } from '../../lib/calculators/nps-form';
import { displayed, formatCount, formatNumber, formatPValue, formatRange, formatSigned } from '../../lib/format';
import { npsGroup, type NpsResult } from '../../lib/metrics/nps';
import { npsBand } from '../../lib/metrics/nps-bands';
import { NPS_COUNT_PARAM } from '../../lib/share/nps-link';
import { npsCalculator, setNpsCompare, setNpsCount, setNpsHistogram, setNpsMode, setNpsTarget } from '../../stores/nps';
import { CalculatorShell } from './CalculatorShell';
import { Histogram, StackedBar } from './Charts';
import { Field } from './Field';
import { LinkNote } from './LinkNote';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { LazyScoresInput } from './LazyScoresInput';
import { Words } from './Words';

const t = translator(calc, npsWords, npsBandWords);

const MODES: NpsInputMode[] = ['counts', 'histogram', 'scores'];
const tone = (s: number) => ({ promoter: 'good', passive: 'mid', detractor: 'bad' })[npsGroup(s)] as 'good' | 'mid' | 'bad';
const label = (key: keyof NpsCountFields) => t(`nps.${key}`);
const hint = (key: keyof NpsCountFields): string => t(`nps.${key}Hint` as const);

interface GroupProps {
  values: NpsCountFields;
  /** `_b` for the earlier period. */
  suffix: string;
  errors: FieldErrors;
  onInput: (key: keyof NpsCountFields, value: string) => void;
}

function GroupFields({ values, suffix, errors, onInput }: GroupProps) {
  return (
    <>
      {NPS_COUNT_KEYS.map((key) => (
        <Field key={key} id={`${NPS_COUNT_PARAM[key]}${suffix}`} label={suffix ? t('nps.previous', { label: label(key) }) : label(key)} hint={hint(key)} value={values[key]} error={errors[`${key}${suffix}`]} onInput={(v) => onInput(key, v)} />
      ))}
    </>
  );
}

function NpsForm({ input, errors }: { input: NpsState; errors: FieldErrors }) {
  return (
    <>
      <fieldset class="mode">
        <legend>{t('form.dataShape')}</legend>
        {MODES.map((mode) => (
          <label key={mode}>
            <input type="radio" name="nps-mode" value={mode} checked={input.mode === mode} onChange={() => setNpsMode(mode)} /> {t(`nps.mode.${mode}`)}
          </label>
        ))}
        <LinkNote params={['jumlah', 'skor']} forms />
      </fieldset>
      {input.mode === 'counts' && (
        <div class="field-row">
          <GroupFields values={input.counts} suffix="" errors={errors} onInput={(k, v) => setNpsCount(k, v)} />
        </div>
      )}
      {input.mode === 'histogram' && (
        <fieldset class="histogram-fields">
          <legend>{t('form.countsLegend')}</legend>
          <LinkNote params={['jumlah']} />
          {input.histogram.map((v, s) => (
            <Field key={s} id={`skor-${s}`} params={[]} label={t('form.score', { score: s })} value={v} error={errors[scoreField(s)]} onInput={(x) => setNpsHistogram(s, x)} />
          ))}
        </fieldset>
      )}
      {input.mode === 'scores' && (
        <LazyScoresInput id="skor" text={input.scores} onText={npsCalculator.setScores} source={npsCalculator.scores} range={t('form.range', { min: 0, max: 10 })} error={errors.scores} />
      )}
      <div class="field-check">
        <input id="bandingkan" type="checkbox" checked={input.compare !== null} onChange={(e) => setNpsCompare(e.currentTarget.checked)} />
        <label for="bandingkan">{t('nps.compare')}</label>
      </div>
      {input.compare && (
        <fieldset class="field-row">
          <legend>{t('nps.compareLegend')}</legend>
          <GroupFields values={input.compare} suffix="_b" errors={errors} onInput={(k, v) => setNpsCount(k, v, 'b')} />
        </fieldset>
      )}
    </>
  );
}

/**
 * "How many answers are needed?": from the data's spread when there is a result. Held back with
 * the results while a shared link's problems stand: it would be worked out from that data too.
 */
function Planner({ input, main, held }: { input: NpsState; main: NpsResult | undefined; held: boolean }) {
  const plan = planNps(input, main);
  return (
    <section class="plan" aria-labelledby="rencana">
      <h3 id="rencana">{t('nps.plan')}</h3>
      <Field id="target-margin" params={['target']} label={t('nps.target')} suffix={t('nps.points')} inputMode="decimal" value={input.target} onInput={setNpsTarget}
        error={plan.ok ? undefined : plan.errors[0]?.message} hint={t('nps.targetHint')} />
      {plan.ok && !held && (
        <p aria-live="polite">
          <Words text={t({ key: 'nps.needed' })} n={<strong data-result="sampel">{formatCount(plan.value.required)}</strong>} />
          {t(plan.value.varianceSource === 'data' ? 'nps.neededData' : 'nps.neededTypical')}
        </p>
      )}
    </section>
  );
}

export default function NpsCalculator() {
  return (
    <CalculatorShell
      t={t}
      calculator={npsCalculator}
      form={(input, errors) => <NpsForm input={input} errors={errors} />}
      after={(input, evaluation, held) => <Planner input={input} main={evaluation.result?.main} held={held} />}
      status={({ main }) => t('nps.status', { nps: formatNumber(main.nps, 1), moe: formatNumber(main.marginOfError, 1) })}
      steps={({ main }) => npsNextSteps(main)}
      summary={({ main, comparison }) => npsSummary(main, comparison)}
    >
      {({ main, comparison: cmp, comparisonMissing }, input) => (
        <>
          <ResultFigure label={t('nps.figure')} value={formatNumber(main.nps, 1)} name="nps">
            <Band metric="nps" band={npsBand(displayed(main.nps, 1))} />
          </ResultFigure>
          <dl class="stats">
            <Stat label={t('nps.moe')} value={`± ${formatNumber(main.marginOfError, 1)}`} name="moe" note={t('nps.points')} />
            <div class="stat">
              <dt>{t('nps.ci')}</dt>
              <dd>
                <Words text={t({ key: 'result.range' })} low={<span data-result="ci-low">{formatNumber(main.interval.low, 1)}</span>} high={<span data-result="ci-high">{formatNumber(main.interval.high, 1)}</span>} />
              </dd>
            </div>
            <Stat label={t('result.answers')} value={formatCount(main.total)} />
          </dl>
          <p class="explain">
            {t('nps.explain', { n: formatCount(main.total), range: formatRange(main.interval.low, main.interval.high) })}
            {main.variance === 0 && t('nps.explainZero')}
            {main.total < 100 && t('nps.explainFew')}
          </p>
          <StackedBar
            title={t('nps.composition')}
            segments={[
              { key: 'p', label: t('nps.promotersBar'), value: main.counts.promoters, tone: 'good' },
              { key: 'pa', label: t('nps.passivesBar'), value: main.counts.passives, tone: 'mid' },
              { key: 'd', label: t('nps.detractorsBar'), value: main.counts.detractors, tone: 'bad' },
            ]}
          />
          {main.histogram && <Histogram title={t('nps.histogram')} bins={main.histogram.map((value, s) => ({ label: String(s), value, tone: tone(s) }))} />}
          {input.compare && (
            <section class="comparison-result" aria-labelledby="perbandingan">
              <h3 id="perbandingan">{t('nps.compared')}</h3>
              {cmp ? (
                <>
                  <dl class="stats">
                    <Stat label={t('nps.before')} value={formatNumber(cmp.second.nps, 1)} />
                    <Stat label={t('nps.difference')} value={formatSigned(cmp.difference, 1)} name="selisih" note={t('nps.points')} />
                    <Stat label={t('nps.p')} value={formatPValue(cmp.pValue)} name="p" />
                  </dl>
                  <p>{t(cmp.significant ? 'nps.significant' : 'nps.notSignificant')}</p>
                </>
              ) : (
                <p class="missing">{comparisonMissing && t(comparisonMissing)}</p>
              )}
            </section>
          )}
        </>
      )}
    </CalculatorShell>
  );
}
