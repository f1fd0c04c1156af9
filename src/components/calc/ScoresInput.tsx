// Pasted scores or an uploaded CSV/TSV/TXT file, with a report of what was used and rejected.
import { useStore } from '../../stores/use-store';
import { formatCount, formatPercent } from '../../lib/format';
import { REJECT_REASON_TEXT } from '../../lib/parse/score-tally';
import type { ScoreSourceStore } from '../../stores/score-source';

export interface ScoresInputProps {
  id: string;
  text: string;
  onText: (text: string) => void;
  source: ScoreSourceStore;
  /** "0 sampai 10" */
  rangeLabel: string;
  error?: string | undefined;
}

/**
 * Text longer than this is kept out of the text box: laying out a million lines in a textarea
 * takes Chromium half a minute, while the worker reads them in well under a second.
 */
const LARGE_TEXT = 100_000;

export function ScoresInput({ id, text, onText, source, rangeLabel, error }: ScoresInputProps) {
  const large = text.length > LARGE_TEXT;
  const job = useStore(source.$job);
  const tally = useStore(source.$tally);
  const origin = useStore(source.$origin);
  const choice = useStore(source.$columns);
  return (
    <div>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for={id}>Tempel skor dari spreadsheet</label>
        <p class="field-hint" id={`${id}-hint`}>
          Satu skor ({rangeLabel}) per sel atau baris. Pemisah boleh baris baru, tab, koma, titik koma, atau spasi.
        </p>
        {large && (
          <p class="large-paste">
            Data besar ditempel ({formatCount(text.length)} karakter). Isinya tidak ditampilkan di kotak agar halaman tetap ringan. <button type="button" onClick={() => onText('')}>Kosongkan</button>
          </p>
        )}
        <textarea
          id={id}
          rows={5}
          value={large ? '' : text}
          placeholder={large ? 'Tempel lagi untuk mengganti data di atas' : undefined}
          onPaste={(e) => {
            const pasted = e.clipboardData?.getData('text') ?? '';
            if (pasted.length > LARGE_TEXT) {
              e.preventDefault();
              onText(pasted);
            }
          }}
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint ${id}-error ${id}-status`}
          onInput={(e) => onText(e.currentTarget.value)}
        />
        <p class="field-error" id={`${id}-error`} aria-live="polite">{error}</p>
      </div>
      <div class="field">
        <label for={`${id}-file`}>Atau unggah berkas CSV, TSV, atau TXT</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) source.readFile(file);
          }}
        />
        <p class="field-hint">Berkas dibaca di perangkat Anda dan tidak diunggah ke mana pun.</p>
      </div>
      <div id={`${id}-status`} role="status" class="scores-status">
        {job.state === 'working' && (
          <p>
            Membaca data… {job.fraction !== null ? formatPercent(job.fraction * 100, 0) : job.rows > 0 ? `${formatCount(job.rows)} baris` : ''}
          </p>
        )}
        {job.state === 'error' && <p class="message-bad">{job.message}</p>}
        {job.state === 'idle' && tally && (
          <p>
            Dipakai <strong data-testid="scores-used">{formatCount(tally.used)}</strong> skor dari {origin.file === null ? 'kotak teks' : origin.column === null ? origin.file : `${origin.file}, kolom “${origin.column}”`}.
            {tally.rejectedTotal > 0 && (
              <> Ditolak <strong data-testid="scores-rejected">{formatCount(tally.rejectedTotal)}</strong>: {[
                  tally.rejected.outOfRange > 0 && `${formatCount(tally.rejected.outOfRange)} di luar rentang ${rangeLabel}`,
                  tally.rejected.notWhole > 0 && `${formatCount(tally.rejected.notWhole)} bukan bilangan bulat`,
                  tally.rejected.notANumber > 0 && `${formatCount(tally.rejected.notANumber)} bukan angka`,
                ]
                  .filter(Boolean)
                  .join(', ')}
                .
              </>
            )}
            {tally.rejected.empty > 0 && ` ${formatCount(tally.rejected.empty)} sel kosong dilewati.`}
          </p>
        )}
      </div>
      {job.state === 'idle' && tally && tally.examples.length > 0 && (
        <p class="field-hint">
          Contoh yang ditolak: {tally.examples.map((x) => `“${x.text}” (${REJECT_REASON_TEXT[x.reason]})`).join(', ')}.
        </p>
      )}
      {job.state === 'idle' && tally && origin.file !== null && (
        <p class="file-note" data-testid="file-note">
          Yang disimpan di peramban ini dan ikut dalam tautan adalah jumlah jawaban per skor, bukan berkasnya; hasilnya sama. Saat halaman dibuka
          lagi, data ini tampil sebagai jumlah per skor.
        </p>
      )}
      {choice && (
        <fieldset class="columns">
          <legend>Berkas ini punya beberapa kolom angka. Kolom mana yang berisi skor?</legend>
          {choice.analysis.candidates.map((c) => (
            <button key={c.index} type="button" aria-pressed={choice.chosen === c.index} onClick={() => source.readFile(choice.file, c.index)}>
              {c.name}
            </button>
          ))}
        </fieldset>
      )}
    </div>
  );
}
