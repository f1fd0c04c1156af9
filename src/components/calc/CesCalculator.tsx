// The CES calculator island (CES 2.0: agreement 1–7, 7 = very easy).
import { useHydratedStore } from './use-hydrated';
import { useLinkedState } from './use-linked-state';
import { displayed, formatCount, formatNumber, formatPercent } from '../../lib/format';
import { decodeCesLink, EMPTY_CES_STATE } from '../../lib/share/ces-link';
import { evaluateCes } from '../../lib/calculators/ces-form';
import { cesBand } from '../../lib/metrics/ces-bands';
import { $ces, $cesInput, $cesQuery, cesScores, clearCes, setCesCount, setCesMode, setCesScores } from '../../stores/ces';
import { Histogram, StackedBar } from './Charts';
import { NextSteps } from './NextSteps';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoreCounts } from './ScoreCounts';
import { ShareBar } from './ShareBar';

const SERVER_RESULT = evaluateCes(EMPTY_CES_STATE, null);

const LABELS = ['1 Sangat tidak setuju', '2 Tidak setuju', '3 Agak tidak setuju', '4 Netral', '5 Agak setuju', '6 Setuju', '7 Sangat setuju'];

export default function CesCalculator() {
  const input = useHydratedStore($cesInput, EMPTY_CES_STATE);
  const { result: r, errors, missing } = useHydratedStore($ces, SERVER_RESULT);
  const query = useHydratedStore($cesQuery, '');
  useLinkedState($cesInput, $cesQuery, decodeCesLink, cesScores);

  return (
    <div class="calculator">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="isian">
        <h2 id="isian">Data survei Anda</h2>
        <ScoreCounts name="ces" mode={input.mode} onMode={setCesMode} counts={input.counts} onCount={setCesCount} labels={LABELS} scores={input.scores} onScores={setCesScores} source={cesScores} errors={errors} />
        <p class="form-actions"><button type="button" onClick={clearCes}>Hapus semua isian</button></p>
      </form>
      <section class="calc-result" aria-labelledby="hasil">
        <h2 id="hasil">Hasil</h2>
        <div role="status" class="result-status">
          {r ? <p class="sr-only">{`CES rata-rata ${formatNumber(r.mean, 2)} dari 7.`}</p> : <p class="missing">{missing}</p>}
        </div>
        {r && (
          <>
            <ResultFigure label="CES: rata-rata kemudahan (1–7)" value={formatNumber(r.mean, 2)} name="ces">
              <p>Makin tinggi makin mudah.</p>
              <Band band={cesBand(displayed(r.mean, 2))} />
            </ResultFigure>
            <dl class="stats">
              <Stat label="Setuju urusannya mudah (5–7)" value={formatPercent(r.percentAgreeing)} name="setuju" />
              <Stat label="Jumlah jawaban" value={formatCount(r.total)} />
            </dl>
            <StackedBar title="Setuju, netral, tidak setuju" segments={[
              { key: 'a', label: 'Setuju (5–7)', value: r.agreeing, tone: 'good' },
              { key: 'n', label: 'Netral (4)', value: r.neutral, tone: 'mid' },
              { key: 'd', label: 'Tidak setuju (1–3)', value: r.disagreeing, tone: 'bad' },
            ]} />
            <Histogram title="Sebaran jawaban" caption="Jumlah dan persentase jawaban untuk tiap skor"
              bins={r.counts.map((value, i) => ({ label: String(i + 1), value, tone: i >= 4 ? 'good' : i === 3 ? 'mid' : 'bad' }))} />
            <NextSteps steps={[
              ...(r.mean < 5 ? [{ text: 'Kemudahan masih rendah. Kurangi langkah yang merepotkan pelanggan:', href: '/panduan/strategi-pelayanan/', link: 'strategi pelayanan' }] : []),
              ...(r.total < 100 ? [{ text: `Baru ${formatCount(r.total)} jawaban. Kumpulkan lebih banyak:`, href: '/panduan/umpan-balik-pelanggan/', link: 'cara mengumpulkan umpan balik' }] : []),
              { text: 'Cara membaca CES:', href: '/panduan/mengukur-kepuasan/#customer-effort-score-ces', link: 'panduan mengukur kepuasan' },
            ]} />
            <ShareBar query={query} text={[
              `CES (1–7, 7 = sangat mudah): rata-rata ${formatNumber(r.mean, 2)}`,
              `Setuju urusannya mudah (5–7): ${formatPercent(r.percentAgreeing)} dari ${formatCount(r.total)} jawaban`,
            ].join('\n')} />
          </>
        )}
      </section>
    </div>
  );
}
