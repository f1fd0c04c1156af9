// The CES calculator island (CES 2.0: agreement 1–7, 7 = very easy).
import type { CalcKey } from '../../i18n/id';
import { cesWords } from '../../i18n/id-ces';
import { addWords, say } from '../../i18n/say';
import { cesNextSteps, cesSummary } from '../../lib/calculators/ces-form';
import { displayed, formatCount, formatNumber, formatPercent } from '../../lib/format';
import { cesBand } from '../../lib/metrics/ces-bands';
import { cesCalculator, setCesCount, setCesMode } from '../../stores/ces';
import { CalculatorShell } from './CalculatorShell';
import { Histogram, StackedBar } from './Charts';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoreCounts } from './ScoreCounts';

addWords(cesWords);

const LABELS = [1, 2, 3, 4, 5, 6, 7].map((s) => say(`ces.${s}` as CalcKey));

export default function CesCalculator() {
  return (
    <CalculatorShell
      calculator={cesCalculator}
      form={(input, errors) => (
        <ScoreCounts name="ces" mode={input.mode} onMode={setCesMode} counts={input.counts} onCount={setCesCount} labels={LABELS} scores={input.scores}
          onScores={cesCalculator.setScores} source={cesCalculator.scores} errors={errors} />
      )}
      status={(r) => say('ces.status', { mean: formatNumber(r.mean, 2) })}
      steps={cesNextSteps}
      summary={cesSummary}
    >
      {(r) => (
        <>
          <ResultFigure label={say('ces.figure')} value={formatNumber(r.mean, 2)} name="ces">
            <p>{say('ces.higher')}</p>
            <Band band={cesBand(displayed(r.mean, 2))} />
          </ResultFigure>
          <dl class="stats">
            <Stat label={say('ces.agree')} value={formatPercent(r.percentAgreeing)} name="setuju" />
            <Stat label={say('result.answers')} value={formatCount(r.total)} />
          </dl>
          <StackedBar title={say('ces.split')} segments={[
            { key: 'a', label: say('ces.agreeBar'), value: r.agreeing, tone: 'good' },
            { key: 'n', label: say('ces.neutralBar'), value: r.neutral, tone: 'mid' },
            { key: 'd', label: say('ces.disagreeBar'), value: r.disagreeing, tone: 'bad' },
          ]} />
          <Histogram title={say('ces.histogram')} bins={r.counts.map((value, i) => ({ label: String(i + 1), value, tone: i >= 4 ? 'good' : i === 3 ? 'mid' : 'bad' }))} />
        </>
      )}
    </CalculatorShell>
  );
}
