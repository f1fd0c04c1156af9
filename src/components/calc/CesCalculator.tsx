// The CES calculator island (CES 2.0: agreement 1–7, 7 = very easy).
import { calc } from '../../i18n/id';
import { cesBandWords, cesWords } from '../../i18n/id-ces';
import { translator } from '../../i18n/translate';
import { cesNextSteps, cesSummary } from '../../lib/calculators/ces-form';
import { displayed, formatCount, formatNumber, formatPercent } from '../../lib/format';
import { cesBand } from '../../lib/metrics/ces-bands';
import { cesCalculator, setCesCount, setCesMode } from '../../stores/ces';
import { CalculatorShell } from './CalculatorShell';
import { Histogram, StackedBar } from './Charts';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoreCounts } from './ScoreCounts';

const t = translator(calc, cesWords, cesBandWords);

const LABELS = ([1, 2, 3, 4, 5, 6, 7] as const).map((s) => t(`ces.${s}` as const));

export default function CesCalculator() {
  return (
    <CalculatorShell
      t={t}
      calculator={cesCalculator}
      form={(input, errors) => (
        <ScoreCounts name="ces" mode={input.mode} onMode={setCesMode} counts={input.counts} onCount={setCesCount} labels={LABELS} scores={input.scores}
          onScores={cesCalculator.setScores} source={cesCalculator.scores} errors={errors} />
      )}
      status={(r) => t('ces.status', { mean: formatNumber(r.mean, 2) })}
      steps={cesNextSteps}
      summary={cesSummary}
    >
      {(r) => (
        <>
          <ResultFigure label={t('ces.figure')} value={formatNumber(r.mean, 2)} name="ces">
            <p>{t('ces.higher')}</p>
            <Band metric="ces" band={cesBand(displayed(r.mean, 2))} />
          </ResultFigure>
          <dl class="stats">
            <Stat label={t('ces.agree')} value={formatPercent(r.percentAgreeing)} name="setuju" />
            <Stat label={t('result.answers')} value={formatCount(r.total)} />
          </dl>
          <StackedBar title={t('ces.split')} segments={[
            { key: 'a', label: t('ces.agreeBar'), value: r.agreeing, tone: 'good' },
            { key: 'n', label: t('ces.neutralBar'), value: r.neutral, tone: 'mid' },
            { key: 'd', label: t('ces.disagreeBar'), value: r.disagreeing, tone: 'bad' },
          ]} />
          <Histogram title={t('ces.histogram')} bins={r.counts.map((value, i) => ({ label: String(i + 1), value, tone: i >= 4 ? 'good' : i === 3 ? 'mid' : 'bad' }))} />
        </>
      )}
    </CalculatorShell>
  );
}
