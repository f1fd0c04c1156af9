// The CSAT calculator island.
import { useHydratedStore } from './use-hydrated';
import { useLinkedState } from './use-linked-state';
import { displayed, formatCount, formatNumber, formatPercent } from '../../lib/format';
import { CSAT_SCALES, defaultCsatThreshold, type CsatScale } from '../../lib/metrics/csat';
import { csatBand } from '../../lib/metrics/csat-bands';
import { decodeCsatLink, emptyCsatState } from '../../lib/share/csat-link';
import { evaluateCsat } from '../../lib/calculators/csat-form';
import { $csat, $csatInput, $csatQuery, clearCsat, csatScores, setCsatCount, setCsatMode, setCsatScale, setCsatScores, setCsatThreshold } from '../../stores/csat';
import { Histogram, StackedBar } from './Charts';
import { Field } from './Field';
import { NextSteps } from './NextSteps';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoreCounts } from './ScoreCounts';
import { ShareBar } from './ShareBar';

const SERVER_RESULT = evaluateCsat(emptyCsatState(), null);

export default function CsatCalculator() {
  const input = useHydratedStore($csatInput, emptyCsatState());
  const { result: r, errors, missing } = useHydratedStore($csat, SERVER_RESULT);
  const query = useHydratedStore($csatQuery, '');
  useLinkedState($csatInput, $csatQuery, decodeCsatLink, csatScores);
  const threshold = r?.threshold ?? defaultCsatThreshold(input.scale);

  return (
    <div class="calculator">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="isian">
        <h2 id="isian">Data survei Anda</h2>
        <fieldset class="mode">
          <legend>Skala pertanyaan</legend>
          {CSAT_SCALES.map((k) => (
            <label key={k}>
              <input type="radio" name="csat-scale" checked={input.scale === k} onChange={() => setCsatScale(k as CsatScale)} /> 1 sampai {k}
            </label>
          ))}
        </fieldset>
        <ScoreCounts name="csat" mode={input.mode} onMode={setCsatMode} counts={input.counts} onCount={setCsatCount} scores={input.scores} onScores={setCsatScores} source={csatScores} errors={errors} />
        <Field id="puas" label="Skor terendah yang dihitung puas" value={input.threshold} onInput={setCsatThreshold} error={errors.threshold}
          hint={`Kosongkan untuk memakai dua skor teratas (${defaultCsatThreshold(input.scale)}–${input.scale}).`} />
        <p class="form-actions"><button type="button" onClick={clearCsat}>Hapus semua isian</button></p>
      </form>
      <section class="calc-result" aria-labelledby="hasil">
        <h2 id="hasil">Hasil</h2>
        <div role="status" class="result-status">
          {r ? <p class="sr-only">{`CSAT ${formatPercent(r.percentSatisfied)} pelanggan puas.`}</p> : <p class="missing">{missing}</p>}
        </div>
        {r && (
          <>
            <ResultFigure label="CSAT: pelanggan yang puas" value={formatNumber(r.percentSatisfied, 1)} unit="%" name="csat">
              <p>{formatCount(r.satisfied)} dari {formatCount(r.total)} jawaban memberi skor {threshold} atau lebih.</p>
              {threshold === defaultCsatThreshold(r.scale) ? (
                <Band band={csatBand(displayed(r.percentSatisfied, 1))} />
              ) : (
                <p class="band">Kategori (misalnya “Baik”) hanya dipakai bila yang dihitung puas adalah dua skor teratas ({defaultCsatThreshold(r.scale)}–{r.scale}).</p>
              )}
            </ResultFigure>
            <dl class="stats">
              <div class="stat">
                <dt>Rentang keyakinan 95% (Wilson)</dt>
                <dd><span data-result="ci-low">{formatNumber(r.interval.low, 1)}</span>% sampai <span data-result="ci-high">{formatNumber(r.interval.high, 1)}</span>%</dd>
              </div>
              <Stat label={`Rata-rata skor (1–${r.scale})`} value={formatNumber(r.mean, 2)} name="rata" note="bukan CSAT; ditampilkan terpisah" />
            </dl>
            <StackedBar title="Puas dan belum puas" segments={[
              { key: 'p', label: `Puas (${threshold}–${r.scale})`, value: r.satisfied, tone: 'good' },
              { key: 'n', label: `Belum puas (1–${threshold - 1})`, value: r.total - r.satisfied, tone: 'bad' },
            ]} />
            <Histogram title="Sebaran skor" caption="Jumlah dan persentase jawaban untuk tiap skor"
              bins={r.counts.map((value, i) => ({ label: String(i + 1), value, tone: i + 1 >= threshold ? 'good' : 'bad' }))} />
            <NextSteps steps={[
              ...(r.total < 100 ? [{ text: `Baru ${formatCount(r.total)} jawaban; rentangnya masih lebar. Kumpulkan lebih banyak:`, href: '/panduan/umpan-balik-pelanggan/', link: 'cara mengumpulkan umpan balik' }] : []),
              ...(r.percentSatisfied < 80 ? [{ text: 'Banyak yang belum puas. Tangani keluhannya satu per satu:', href: '/panduan/menghadapi-pelanggan-bermasalah/', link: 'menghadapi pelanggan bermasalah' }] : []),
              { text: 'Cara membaca CSAT:', href: '/panduan/mengukur-kepuasan/#customer-satisfaction-score-csat', link: 'panduan mengukur kepuasan' },
            ]} />
            <ShareBar query={query} text={[
              `CSAT: ${formatPercent(r.percentSatisfied)} puas (skor ${threshold}–${r.scale} dari skala 1–${r.scale})`,
              `Rentang keyakinan 95% (Wilson): ${formatNumber(r.interval.low, 1)}% sampai ${formatNumber(r.interval.high, 1)}%`,
              `Rata-rata skor: ${formatNumber(r.mean, 2)} dari ${formatCount(r.total)} jawaban`,
            ].join('\n')} />
          </>
        )}
      </section>
    </div>
  );
}
