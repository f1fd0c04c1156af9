// The churn calculator island: churn and retention, monthly ↔ yearly, lifetime, optional CLV.
import { churnWords } from '../../i18n/id-churn';
import { addWords, say } from '../../i18n/say';
import { churnClv, churnLifetime, churnNextSteps, churnSummary, PERIOD_WORD, type ChurnState } from '../../lib/calculators/churn-form';
import type { FieldErrors } from '../../lib/calculators/fields';
import { formatCount, formatNumber, formatPercent } from '../../lib/format';
import { churnCalculator, setChurnField } from '../../stores/churn';
import { CalculatorShell } from './CalculatorShell';
import { StackedBar } from './Charts';
import { Field } from './Field';
import { LinkNote } from './LinkNote';
import { ResultFigure, Stat } from './ResultFigure';

addWords(churnWords);

function ChurnForm({ input, errors }: { input: ChurnState; errors: FieldErrors }) {
  const per = PERIOD_WORD[input.period];
  return (
    <>
      <fieldset class="mode">
        <legend>{say('churn.period')}</legend>
        <label><input type="radio" name="periode" checked={input.period === 'month'} onChange={() => setChurnField('period', 'month')} /> {say('churn.month')}</label>
        <label><input type="radio" name="periode" checked={input.period === 'year'} onChange={() => setChurnField('period', 'year')} /> {say('churn.year')}</label>
        <LinkNote params={['periode']} />
      </fieldset>
      <fieldset class="mode">
        <legend>{say('churn.data')}</legend>
        <label><input type="radio" name="churn-mode" checked={input.mode === 'lost'} onChange={() => setChurnField('mode', 'lost')} /> {say('churn.mode.lost')}</label>
        <label><input type="radio" name="churn-mode" checked={input.mode === 'flow'} onChange={() => setChurnField('mode', 'flow')} /> {say('churn.mode.flow')}</label>
        <LinkNote params={['akhir']} forms />
      </fieldset>
      <div class="field-row">
        <Field id="awal" label={say('churn.start', { per })} value={input.start} error={errors.start} onInput={(v) => setChurnField('start', v)} />
        {input.mode === 'lost' ? (
          <Field id="hilang" label={say('churn.lost', { per })} value={input.lost} error={errors.lost} onInput={(v) => setChurnField('lost', v)} />
        ) : (
          <>
            <Field id="akhir" label={say('churn.end', { per })} value={input.end} error={errors.end} onInput={(v) => setChurnField('end', v)} />
            <Field id="baru" label={say('churn.new', { per })} value={input.newCustomers} error={errors.newCustomers} onInput={(v) => setChurnField('newCustomers', v)} />
          </>
        )}
      </div>
      <fieldset>
        <legend>{say('churn.value')}</legend>
        <div class="field-row">
          <Field id="arpu" label={say('churn.arpu', { per })} inputMode="decimal" value={input.arpu} error={errors.arpu} onInput={(v) => setChurnField('arpu', v)} hint={say('churn.arpuHint')} />
          <Field id="margin" label={say('churn.margin')} suffix="%" inputMode="decimal" value={input.margin} error={errors.margin} onInput={(v) => setChurnField('margin', v)} hint={say('churn.marginHint')} />
        </div>
      </fieldset>
    </>
  );
}

export default function ChurnCalculator() {
  return (
    <CalculatorShell
      calculator={churnCalculator}
      heading="form.headingChurn"
      form={(input, errors) => <ChurnForm input={input} errors={errors} />}
      status={(r, input) => say('churn.status', { pct: formatPercent(r.churnPercent), per: PERIOD_WORD[input.period] })}
      steps={churnNextSteps}
      summary={(r, input) => churnSummary(r, input.period)}
    >
      {(r, input) => {
        const per = PERIOD_WORD[input.period];
        const clv = churnClv(r);
        return (
          <>
            <ResultFigure label={say('churn.figure', { per })} value={formatNumber(r.churnPercent, 1)} unit="%" name="churn">
              <p>{say('churn.lostOf', { lost: formatCount(r.lost), start: formatCount(r.start), per })}</p>
            </ResultFigure>
            <dl class="stats">
              <Stat label={say('churn.retention')} value={formatPercent(r.retentionPercent)} name="retensi" />
              {input.period === 'month' ? (
                <Stat label={say('churn.yearly')} value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note={say('churn.yearlyNote')} />
              ) : (
                <>
                  <Stat label={say('churn.monthly')} value={formatPercent(r.monthlyChurnPercent, 2)} name="churn-bulanan" note={say('churn.monthlyNote')} />
                  <Stat label={say('churn.perYear')} value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note={say('churn.perYearNote')} />
                </>
              )}
              <Stat label={say('churn.lifetime')} value={say(churnLifetime(r))} name="umur" note={say('churn.lifetimeNote')} />
              {clv !== null && <Stat label={say('churn.clv')} value={typeof clv === 'string' ? clv : say(clv)} name="clv" note={say('churn.clvNote')} />}
            </dl>
            {clv === null && (input.arpu.trim() || input.margin.trim()) && <p class="missing">{say('churn.clvPending')}</p>}
            <StackedBar title={say('churn.bar')} segments={[
              { key: 'k', label: say('churn.stayed'), value: r.start - r.lost, tone: 'good' },
              { key: 'h', label: say('churn.left'), value: r.lost, tone: 'bad' },
            ]} />
          </>
        );
      }}
    </CalculatorShell>
  );
}
