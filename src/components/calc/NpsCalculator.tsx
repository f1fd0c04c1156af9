// The NPS calculator island: three ways to enter data, the result with its uncertainty,
// an optional second period, planning, next steps and sharing.
import { useHydratedStore } from './use-hydrated';
import { useLinkedState } from './use-linked-state';
import { displayed, formatCount, formatNumber, formatPValue, formatRange, formatSigned } from '../../lib/format';
import { scoreField } from '../../lib/calculators/fields';
import { npsNextSteps, npsSummaryText } from '../../lib/calculators/nps-text';
import { npsGroup } from '../../lib/metrics/nps';
import { npsBand } from '../../lib/metrics/nps-bands';
import { npsSampleSize } from '../../lib/metrics/nps-plan';
import { parseIdNumber } from '../../lib/parse/id-number';
import { decodeNpsLink, EMPTY_NPS_STATE, type NpsCountFields } from '../../lib/share/nps-link';
import { evaluateNps } from '../../lib/calculators/nps-form';
import { $nps, $npsInput, $npsQuery, clearNps, npsScores, setNpsCompare, setNpsCount, setNpsHistogram, setNpsMode, setNpsScores, setNpsTarget } from '../../stores/nps';
import { Histogram, StackedBar } from './Charts';
import { Field } from './Field';
import { NextSteps } from './NextSteps';
import { Band, ResultFigure, Stat } from './ResultFigure';
import { ScoresInput } from './ScoresInput';
import { ShareBar } from './ShareBar';

const SERVER_RESULT = evaluateNps(EMPTY_NPS_STATE, null);

const GROUP_FIELDS: { key: keyof NpsCountFields; label: string; hint: string }[] = [
  { key: 'promoters', label: 'Promotor', hint: 'Skor 9–10' },
  { key: 'passives', label: 'Pasif', hint: 'Skor 7–8' },
  { key: 'detractors', label: 'Detraktor', hint: 'Skor 0–6' },
];
const FIELD_NAME: Record<keyof NpsCountFields, string> = { promoters: 'promotor', passives: 'pasif', detractors: 'detraktor' };
const tone = (s: number) => ({ promoter: 'good', passive: 'mid', detractor: 'bad' }) [npsGroup(s)] as 'good' | 'mid' | 'bad';

export default function NpsCalculator() {
  const input = useHydratedStore($npsInput, EMPTY_NPS_STATE);
  const { result, errors, missing } = useHydratedStore($nps, SERVER_RESULT);
  const query = useHydratedStore($npsQuery, '');

  useLinkedState($npsInput, $npsQuery, decodeNpsLink, npsScores);

  const main = result?.main;
  const cmp = result?.comparison;
  const targetValue = parseIdNumber(input.target, { field: 'target' });
  const plan = targetValue.ok ? npsSampleSize({ marginOfError: targetValue.value, variance: main?.variance ?? null }) : targetValue;

  return (
    <div class="calculator">
      <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-labelledby="isian">
        <h2 id="isian">Data survei Anda</h2>
        <fieldset class="mode">
          <legend>Bentuk data</legend>
          {(
            [
              ['counts', 'Jumlah per kelompok'],
              ['histogram', 'Jumlah per skor 0–10'],
              ['scores', 'Daftar skor atau berkas'],
            ] as const
          ).map(([mode, label]) => (
            <label key={mode}>
              <input type="radio" name="nps-mode" value={mode} checked={input.mode === mode} onChange={() => setNpsMode(mode)} /> {label}
            </label>
          ))}
        </fieldset>

        {input.mode === 'counts' && (
          <div class="field-row">
            {GROUP_FIELDS.map((f) => (
              <Field key={f.key} id={FIELD_NAME[f.key]} label={f.label} hint={f.hint} value={input.counts[f.key]} error={errors[f.key]} onInput={(v) => setNpsCount(f.key, v)} />
            ))}
          </div>
        )}
        {input.mode === 'histogram' && (
          <fieldset class="histogram-fields">
            <legend>Jumlah jawaban untuk tiap skor</legend>
            {input.histogram.map((v, s) => (
              <Field key={s} id={`skor-${s}`} label={`Skor ${s}`} value={v} error={errors[scoreField(s)]} onInput={(x) => setNpsHistogram(s, x)} />
            ))}
          </fieldset>
        )}
        {input.mode === 'scores' && (
          <ScoresInput id="skor" text={input.scores} onText={setNpsScores} source={npsScores} rangeLabel="0 sampai 10" error={errors.scores} />
        )}

        <div class="field-check">
          <input id="bandingkan" type="checkbox" checked={input.compare !== null} onChange={(e) => setNpsCompare(e.currentTarget.checked)} />
          <label for="bandingkan">Bandingkan dengan periode sebelumnya</label>
        </div>
        {input.compare && (
          <fieldset class="field-row">
            <legend>Periode sebelumnya (jumlah per kelompok)</legend>
            {GROUP_FIELDS.map((f) => (
              <Field key={f.key} id={`${FIELD_NAME[f.key]}_b`} label={`${f.label} (sebelumnya)`} hint={f.hint} value={input.compare?.[f.key] ?? ''} error={errors[`${f.key}_b`]} onInput={(v) => setNpsCount(f.key, v, 'b')} />
            ))}
          </fieldset>
        )}
        <p class="form-actions">
          <button type="button" onClick={clearNps}>Hapus semua isian</button>
        </p>
      </form>

      <section class="calc-result" aria-labelledby="hasil">
        <h2 id="hasil">Hasil</h2>
        <div role="status" class="result-status">
          {main ? <p class="sr-only">{`NPS ${formatNumber(main.nps, 1)}, margin kesalahan ± ${formatNumber(main.marginOfError, 1)} poin.`}</p> : <p class="missing">{missing}</p>}
        </div>
        {main && (
          <>
            <ResultFigure label="Net Promoter Score" value={formatNumber(main.nps, 1)} name="nps">
              <Band band={npsBand(displayed(main.nps, 1))} />
            </ResultFigure>
            <dl class="stats">
              <Stat label="Margin kesalahan (95%)" value={`± ${formatNumber(main.marginOfError, 1)}`} name="moe" note="poin" />
              <div class="stat">
                <dt>Rentang keyakinan 95% (adjusted-Wald)</dt>
                <dd><span data-result="ci-low">{formatNumber(main.interval.low, 1)}</span> sampai <span data-result="ci-high">{formatNumber(main.interval.high, 1)}</span></dd>
              </div>
              <Stat label="Jumlah jawaban" value={formatCount(main.total)} />
            </dl>
            <p class="explain">
              Dengan {formatCount(main.total)} jawaban, NPS yang sebenarnya kemungkinan besar berada antara {formatRange(main.interval.low, main.interval.high)}.
              {main.variance === 0 && ' Semua jawaban ada di satu kelompok, jadi rumus margin kesalahan memberi ± 0; rentang itu lebih tepat menggambarkan ketidakpastiannya.'}
              {main.total < 100 && ' Jawabannya masih sedikit, jadi rentangnya lebar; kumpulkan lebih banyak jawaban sebelum mengambil keputusan besar.'}
            </p>
            <StackedBar
              title="Komposisi jawaban"
              segments={[
                { key: 'p', label: 'Promotor (9–10)', value: main.counts.promoters, tone: 'good' },
                { key: 'pa', label: 'Pasif (7–8)', value: main.counts.passives, tone: 'mid' },
                { key: 'd', label: 'Detraktor (0–6)', value: main.counts.detractors, tone: 'bad' },
              ]}
            />
            {main.histogram && (
              <Histogram
                title="Sebaran skor 0–10"
                caption="Jumlah dan persentase jawaban untuk tiap skor"
                bins={main.histogram.map((value, s) => ({ label: String(s), value, tone: tone(s) }))}
              />
            )}
            {input.compare && (
              <section class="comparison-result" aria-labelledby="perbandingan">
                <h3 id="perbandingan">Dibandingkan dengan periode sebelumnya</h3>
                {cmp ? (
                  <>
                    <dl class="stats">
                      <Stat label="NPS sebelumnya" value={formatNumber(cmp.second.nps, 1)} />
                      <Stat label="Selisih" value={formatSigned(cmp.difference, 1)} name="selisih" note="poin" />
                      <Stat label="Nilai p (dua sisi)" value={formatPValue(cmp.pValue)} name="p" />
                    </dl>
                    <p>
                      {cmp.significant === null
                        ? 'Perubahan ini tidak bisa diuji karena semua jawaban di kedua periode sama.'
                        : cmp.significant
                          ? 'Perubahan ini cukup besar untuk dianggap nyata (p di bawah 0,05), bukan sekadar kebetulan sampel.'
                          : 'Perubahan ini masih bisa terjadi karena kebetulan sampel (p 0,05 atau lebih); kumpulkan lebih banyak jawaban sebelum menyimpulkan.'}
                    </p>
                  </>
                ) : (
                  <p class="missing">{result?.comparisonMissing}</p>
                )}
              </section>
            )}
            <NextSteps steps={npsNextSteps(main)} />
          </>
        )}
        <section class="plan" aria-labelledby="rencana">
          <h3 id="rencana">Berapa jawaban yang dibutuhkan?</h3>
          <Field id="target-margin" label="Margin kesalahan yang diinginkan" suffix="poin" inputMode="decimal" value={input.target} onInput={setNpsTarget}
            error={!plan.ok ? plan.errors[0]?.message : undefined} hint="Misalnya 5 untuk hasil ± 5 poin." />
          {plan.ok && (
            <p aria-live="polite">
              Dibutuhkan sekitar <strong data-result="sampel">{formatCount(plan.value.required)}</strong> jawaban
              {plan.value.varianceSource === 'data' ? ' (dihitung dari sebaran jawaban Anda).' : ' (memakai sebaran umum, s² = 0,67).'}
            </p>
          )}
        </section>
        {main && <ShareBar query={query} text={npsSummaryText(main, cmp ?? null)} />}
      </section>
    </div>
  );
}


