// The churn calculator island: churn and retention, monthly ↔ yearly, lifetime, optional CLV.
import { useHydratedStore } from './use-hydrated';
import { useLinkedState } from './use-linked-state';
import { formatCount, formatNumber, formatPercent } from '../../lib/format';
import type { ChurnResult } from '../../lib/metrics/churn';
import { decodeChurnLink, EMPTY_CHURN_STATE } from '../../lib/share/churn-link';
import { evaluateChurn } from '../../lib/calculators/churn-form';
import { $churn, $churnInput, $churnQuery, clearChurn, setChurnField } from '../../stores/churn';
import { StackedBar } from './Charts';
import { Field } from './Field';
import { NextSteps } from './NextSteps';
import { ResultFigure, Stat } from './ResultFigure';
import { ShareBar } from './ShareBar';

const SERVER_RESULT = evaluateChurn(EMPTY_CHURN_STATE);

const PERIOD = { month: 'bulan', year: 'tahun' } as const;

function lifetimeText(r: ChurnResult): string {
  if (r.lifetime.kind === 'no-churn') return 'Tidak terbatas (tidak ada yang berhenti)';
  return `${formatNumber(r.lifetime.periods, 1)} ${PERIOD[r.lifetime.period]}`;
}

function clvText(r: ChurnResult): string {
  if (!r.clv) return '';
  return r.clv.kind === 'no-churn' ? 'Tidak terbatas' : formatNumber(r.clv.value, 2);
}

export default function ChurnCalculator() {
  const input = useHydratedStore($churnInput, EMPTY_CHURN_STATE);
  const { result: r, errors, missing } = useHydratedStore($churn, SERVER_RESULT);
  const query = useHydratedStore($churnQuery, '');
  useLinkedState($churnInput, $churnQuery, decodeChurnLink);
  const per = PERIOD[input.period];

  return (
    <div class="calculator">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="isian">
        <h2 id="isian">Data pelanggan Anda</h2>
        <fieldset class="mode">
          <legend>Lama periode</legend>
          <label><input type="radio" name="periode" checked={input.period === 'month'} onChange={() => setChurnField('period', 'month')} /> Satu bulan</label>
          <label><input type="radio" name="periode" checked={input.period === 'year'} onChange={() => setChurnField('period', 'year')} /> Satu tahun</label>
        </fieldset>
        <fieldset class="mode">
          <legend>Data yang Anda punya</legend>
          <label><input type="radio" name="churn-mode" checked={input.mode === 'lost'} onChange={() => setChurnField('mode', 'lost')} /> Pelanggan awal dan yang hilang</label>
          <label><input type="radio" name="churn-mode" checked={input.mode === 'flow'} onChange={() => setChurnField('mode', 'flow')} /> Pelanggan awal, akhir, dan baru</label>
        </fieldset>
        <div class="field-row">
          <Field id="awal" label={`Pelanggan di awal ${per}`} value={input.start} error={errors.start} onInput={(v) => setChurnField('start', v)} />
          {input.mode === 'lost' ? (
            <Field id="hilang" label={`Pelanggan yang berhenti selama ${per} itu`} value={input.lost} error={errors.lost} onInput={(v) => setChurnField('lost', v)} />
          ) : (
            <>
              <Field id="akhir" label={`Pelanggan di akhir ${per}`} value={input.end} error={errors.end} onInput={(v) => setChurnField('end', v)} />
              <Field id="baru" label={`Pelanggan baru selama ${per} itu`} value={input.newCustomers} error={errors.newCustomers} onInput={(v) => setChurnField('newCustomers', v)} />
            </>
          )}
        </div>
        <fieldset>
          <legend>Nilai pelanggan (opsional)</legend>
          <div class="field-row">
            <Field id="arpu" label={`Pendapatan rata-rata per pelanggan per ${per} (ARPU)`} inputMode="decimal" value={input.arpu} error={errors.arpu} onInput={(v) => setChurnField('arpu', v)} hint="Misalnya 150.000" />
            <Field id="margin" label="Margin kotor" suffix="%" inputMode="decimal" value={input.margin} error={errors.margin} onInput={(v) => setChurnField('margin', v)} hint="Misalnya 40 atau 37,5" />
          </div>
        </fieldset>
        <p class="form-actions"><button type="button" onClick={clearChurn}>Hapus semua isian</button></p>
      </form>
      <section class="calc-result" aria-labelledby="hasil">
        <h2 id="hasil">Hasil</h2>
        <div role="status" class="result-status">
          {r ? <p class="sr-only">{`Churn ${formatPercent(r.churnPercent)} per ${per}.`}</p> : <p class="missing">{missing}</p>}
        </div>
        {r && (
          <>
            <ResultFigure label={`Churn rate per ${per}`} value={formatNumber(r.churnPercent, 1)} unit="%" name="churn">
              <p>{formatCount(r.lost)} dari {formatCount(r.start)} pelanggan berhenti selama {per} ini.</p>
            </ResultFigure>
            <dl class="stats">
              <Stat label="Retensi" value={formatPercent(r.retentionPercent)} name="retensi" />
              {input.period === 'month' ? (
                <Stat label="Setara per tahun" value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note="1 − (1 − churn bulanan)¹²" />
              ) : (
                <>
                  <Stat label="Setara per bulan" value={formatPercent(r.monthlyChurnPercent, 2)} name="churn-bulanan" note="1 − (1 − churn tahunan)^(1/12)" />
                  <Stat label="Churn per tahun" value={formatPercent(r.yearlyChurnPercent, 2)} name="churn-tahunan" note="sama dengan angka utama, karena data Anda setahun" />
                </>
              )}
              <Stat label="Rata-rata lama berlangganan" value={lifetimeText(r)} name="umur" note="≈ 1 ÷ churn" />
              {r.clv && <Stat label="Nilai seumur pelanggan (CLV)" value={clvText(r)} name="clv" note="ARPU × margin ÷ churn" />}
            </dl>
            {!r.clv && (input.arpu.trim() || input.margin.trim()) && <p class="missing">CLV muncul setelah ARPU dan margin kotor terisi dengan benar.</p>}
            <StackedBar title="Pelanggan awal" segments={[
              { key: 'k', label: 'Bertahan', value: r.start - r.lost, tone: 'good' },
              { key: 'h', label: 'Berhenti', value: r.lost, tone: 'bad' },
            ]} />
            <NextSteps steps={[
              ...(r.monthlyChurnPercent >= 5 ? [{ text: 'Churn cukup tinggi. Cari tahu alasan pelanggan berhenti dan bangun loyalitas:', href: '/panduan/loyalitas-pelanggan/', link: 'loyalitas pelanggan' }] : []),
              { text: 'Tanyakan langsung kepada pelanggan yang berhenti:', href: '/panduan/umpan-balik-pelanggan/', link: 'mengumpulkan umpan balik' },
              { text: 'Cara membaca churn:', href: '/panduan/mengukur-kepuasan/#churn-rate', link: 'panduan mengukur kepuasan' },
            ]} />
            <ShareBar query={query} text={[
              `Churn: ${formatPercent(r.churnPercent)} per ${per} (${formatCount(r.lost)} dari ${formatCount(r.start)})`,
              `Retensi: ${formatPercent(r.retentionPercent)}`,
              input.period === 'month' ? `Setara per tahun: ${formatPercent(r.yearlyChurnPercent, 2)}` : `Setara per bulan: ${formatPercent(r.monthlyChurnPercent, 2)}`,
              `Rata-rata lama berlangganan: ${lifetimeText(r)}`,
              ...(r.clv ? [`CLV: ${clvText(r)}`] : []),
            ].join('\n')} />
          </>
        )}
      </section>
    </div>
  );
}
