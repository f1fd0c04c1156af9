// The churn calculator island: churn and retention, monthly ↔ yearly, lifetime, optional CLV.
import { churnWords } from '../../i18n/id-churn';
import { calc } from '../../i18n/id';
import { translator } from '../../i18n/translate';
import { churnClv, churnLifetime, churnNextSteps, churnSummary, PERIOD_WORD, type ChurnState } from '../../lib/calculators/churn-form';
import type { FieldErrors } from '../../lib/calculators/fields';
import { formatCount, formatNumber, formatPercent } from '../../lib/format';
import { churnCalculator, setChurnField } from '../../stores/churn';
import { CalculatorShell } from './CalculatorShell';
import { StackedBar } from './Charts';
import { Field } from './Field';
import { LinkNote } from './LinkNote';
import { ResultFigure, Stat } from './ResultFigure';

const t = translator(calc, churnWords);

function ChurnForm({ input, errors }: { input: ChurnState; errors: FieldErrors }) {
  const per = PERIOD_WORD[input.period];
  return (
    <>
      <fieldset class="mode">
        <legend>{t('churn.period')}</legend>
        <label><input type="radio" name="periode" checked={input.period === 'month'} onChange={() => setChurnField('period', 'month')} /> {t('churn.month')}</label>
        <label><input type="radio" name="periode" checked={input.period === 'year'} onChange={() => setChurnField('period', 'year')} /> {t('churn.year')}</label>
        <LinkNote params={['periode']} />
      </fieldset>
      <fieldset class="mode">
        <legend>{t('churn.data')}</legend>
        <label><input type="radio" name="churn-mode" checked={input.mode === 'lost'} onChange={() => setChurnField('mode', 'lost')} /> {t('churn.mode.lost')}</label>
        <label><input type="radio" name="churn-mode" checked={input.mode === 'flow'} onChange={() => setChurnField('mode', 'flow')} /> {t('churn.mode.flow')}</label>
        <LinkNote params={['akhir']} forms />
      </fieldset>
      <div class="field-row">
        <Field id="awal" label={t('churn.start', { per })} value={input.start} error={errors.start} onInput={(v) => setChurnField('start', v)} />
        {input.mode === 'lost' ? (
          <Field id="hilang" label={t('churn.lost', { per })} value={input.lost} error={errors.lost} onInput={(v) => setChurnField('lost', v)} />
        ) : (
          <>
            <Field id="akhir" label={t('churn.end', { per })} value={input.end} error={errors.end} onInput={(v) => setChurnField('end', v)} />
            <Field id="baru" label={t('churn.new', { per })} value={input.newCustomers} error={errors.newCustomers} onInput={(v) => setChurnField('newCustomers', v)} />
          </>
        )}
      </div>
      <fieldset>
        <legend>{t('churn.value')}</legend>
        <div class="field-row">
          <Field id="arpu" label={t('churn.arpu', { per })} inputMode="decimal" value={input.arpu} error={errors.arpu} onInput={(v) => setChurnField('arpu', v)} hint={t('churn.arpuHint')} />
          <Field id="margin" label={t('churn.margin')} suffix="%" inputMode="decimal" value={input.margin} error={errors.margin} onInput={(v) => setChurnField('margin', v)} hint={t('churn.marginHint')} />
        </div>
      </fieldset>
    </>
  );
}

export default function ChurnCalculator() {
  return (
    <CalculatorShell
      t={t}
      calculator={churnCalculator}
      heading={t('form.headingChurn')}
      form={(input, errors) => <ChurnForm input={input} errors={errors} />}
      status={(r, input) => t('churn.status', { pct: formatPercent(r.churnPercent), per: PERIOD_WORD[input.period] })}
      steps={churnNextSteps}
      summary={(r, input) => churnSummary(r, input.period)}
    >
      {(r, input) => {
        const per = PERIOD_WORD[input.period];
        const clv = churnClv(r);
        return (
          <>
            <ResultFigure label={t('churn.figure', { per })} value={formatNumber(r.churnPercent, 1)} unit="%" name="churn">
              <p>{t('churn.lostOf', { lost: formatCount(r.lost), start: formatCount(r.start), per })}</p>
            </ResultFigure>
            <dl class="stats">
              <Stat label={t('churn.retention')} value={formatPercent(r.retentionPercent)} name="retensi" />
              {input.period === 'month' ? (
                <Stat label={t('churn.yearly')} value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note={t('churn.yearlyNote')} />
              ) : (
                <>
                  <Stat label={t('churn.monthly')} value={formatPercent(r.monthlyChurnPercent, 2)} name="churn-bulanan" note={t('churn.monthlyNote')} />
                  <Stat label={t('churn.perYear')} value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note={t('churn.perYearNote')} />
                </>
              )}
              <Stat label={t('churn.lifetime')} value={t(churnLifetime(r))} name="umur" note={t('churn.lifetimeNote')} />
              {clv !== null && <Stat label={t('churn.clv')} value={typeof clv === 'string' ? clv : t(clv)} name="clv" note={t('churn.clvNote')} />}
            </dl>
            {clv === null && (input.arpu.trim() || input.margin.trim()) && <p class="missing">{t('churn.clvPending')}</p>}
            <StackedBar title={t('churn.bar')} segments={[
              { key: 'k', label: t('churn.stayed'), value: r.start - r.lost, tone: 'good' },
              { key: 'h', label: t('churn.left'), value: r.lost, tone: 'bad' },
            ]} />
          </>
        );
      }}
    </CalculatorShell>
  );
}
