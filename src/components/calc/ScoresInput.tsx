// Pasted scores or an uploaded CSV/TSV/TXT/.xlsx file, with a report of what was used and rejected.
import { useEffect, useRef, useState } from 'preact/hooks';
import { scoresWords } from '../../i18n/id-scores';
import { calc } from '../../i18n/id';
import { translator } from '../../i18n/translate';
import { formatCount, formatPercent } from '../../lib/format';
import type { Message } from '../../i18n/message';
import { COLUMNS_SHOWN, offerColumns } from '../../lib/parse/table';
import type { ScoreSourceStore } from '../../stores/score-source';
import { useStore } from '../../stores/use-store';
import { LinkNote } from './LinkNote';
import { Words } from './Words';

// This input loads on use, with its own words: its translator is the shared words and these.
const t = translator(calc, scoresWords);
/** A column without a header, by its 1-based number. */
const unnamed = (n: number) => t('columns.number', { n });
/** The same words with the number left as `{n}`, for the column search (`offerColumns`). */
const UNNAMED = t('columns.number', { n: '{n}' });

export interface ScoresInputProps {
  id: string;
  text: string;
  onText: (text: string) => void;
  source: ScoreSourceStore;
  /** "0 sampai 10" */
  range: string;
  error?: Message | undefined;
}

/**
 * Text longer than this is kept out of the text box: Chromium itself spends 150–800 ms on each
 * key typed into a box of 94,000 characters (measured with no script on the page at all), and
 * half a minute laying out a million lines, while the worker reads them in well under a second.
 * Such lists are edited in the spreadsheet they came from; the box takes a new paste.
 */
const LARGE_TEXT = 20_000;

/**
 * Typed text longer than this is read (and stored, and put in the link) once typing pauses, not
 * on every key.
 */
const TYPING_TEXT = 5_000;
const TYPING_PAUSE_MS = 400;

export function ScoresInput({ id, text, onText, source, range, error }: ScoresInputProps) {
  const [draft, setDraft] = useState(text);
  /** Typed into the box while it holds a large paste: not used until the visitor chooses. */
  const [over, setOver] = useState<string | null>(null);
  /** The large paste the visitor's last choice replaced, for "Urungkan". */
  const [undo, setUndo] = useState<string | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout>>();
  /** The next change of `text` is this box's own (a commit), not one from outside. */
  const own = useRef(false);
  // Text set from outside (cleared, restored, a link) replaces the draft and forgets the undo.
  useEffect(() => {
    clearTimeout(pending.current);
    pending.current = undefined;
    setDraft(text);
    setOver(null);
    if (!own.current) setUndo(null);
    own.current = false;
  }, [text]);
  const commit = (value: string) => {
    clearTimeout(pending.current);
    pending.current = undefined;
    if (value !== text) own.current = true;
    onText(value);
  };
  const large = draft.length > LARGE_TEXT;
  /** A choice that replaces a large paste keeps it for "Urungkan". */
  const replace = (value: string) => {
    if (large) setUndo(draft);
    setDraft(value);
    commit(value);
  };
  const typed = (value: string) => {
    // A key is not a choice to throw away tens of thousands of pasted scores: ask first.
    if (large) return setOver(value === '' ? null : value);
    setDraft(value);
    if (value.length <= TYPING_TEXT) return commit(value);
    clearTimeout(pending.current);
    pending.current = setTimeout(() => commit(value), TYPING_PAUSE_MS);
  };
  const waiting = draft !== text;
  const job = useStore(source.$job);
  const tally = useStore(source.$tally);
  const origin = useStore(source.$origin);
  const reasons: [number, 'scores.outOfRange' | 'scores.notWhole' | 'scores.notNumber'][] = tally
    ? [
        [tally.rejected.outOfRange, 'scores.outOfRange'],
        [tally.rejected.notWhole, 'scores.notWhole'],
        [tally.rejected.notANumber, 'scores.notNumber'],
      ]
    : [];
  return (
    <div>
      <div class={`field${error ? ' has-error' : ''}`}>
        <label for={id}>{t('scores.label')}</label>
        <p class="field-hint" id={`${id}-hint`}>{t('scores.hint', { range })}</p>
        {large && (
          <p class="large-paste">
            {t('scores.large', { n: formatCount(draft.length) })} <button type="button" onClick={() => replace('')}>{t('scores.clearLarge')}</button>
          </p>
        )}
        {undo !== null && (
          <p class="large-paste" role="status">
            {t('scores.replaced', { n: formatCount(undo.length) })}{' '}
            <button type="button" onClick={() => (setUndo(null), setDraft(undo), commit(undo))}>{t('scores.undo')}</button>
          </p>
        )}
        <textarea
          id={id}
          rows={5}
          value={large ? (over ?? '') : draft}
          placeholder={large ? t('scores.replace') : undefined}
          onPaste={(e) => {
            // Pasting over a large paste is the replacement its placeholder offers (and can be undone).
            const pasted = e.clipboardData?.getData('text') ?? '';
            if (pasted.length > LARGE_TEXT || large) {
              e.preventDefault();
              replace(pasted);
            }
          }}
          spellcheck={false}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint ${id}-error ${id}-status`}
          onInput={(e) => typed(e.currentTarget.value)}
          onBlur={() => pending.current !== undefined && commit(draft)}
        />
        {large && over !== null && (
          <div class="large-choice" role="group" aria-labelledby={`${id}-over`}>
            <p id={`${id}-over`} aria-live="polite">{t('scores.typedOver', { n: formatCount(draft.length) })}</p>
            <button type="button" onClick={() => replace(over)}>{t('scores.useTyped')}</button>{' '}
            <button type="button" onClick={() => setOver(null)}>{t('scores.keepLarge')}</button>
          </div>
        )}
        <p class="field-error" id={`${id}-error`} aria-live="polite">
          {error && !waiting && [<span aria-hidden>{t('field.warn')}</span>, t(error)]}
        </p>
        <LinkNote params={['skor']} />
      </div>
      <div class="field">
        <label for={`${id}-file`}>{t('scores.file')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) source.readFile(file);
          }}
        />
        <p class="field-hint">{t('scores.fileHint')}</p>
      </div>
      <div id={`${id}-status`} role="status" class="scores-status">
        {waiting && <p>{t('scores.waiting')}</p>}
        {!waiting && job.state === 'working' && (
          <p>
            {t('scores.reading')} {job.fraction !== null ? formatPercent(job.fraction * 100, 0) : job.rows > 0 ? t('scores.rows', { n: formatCount(job.rows) }) : ''}
          </p>
        )}
        {!waiting && job.state === 'error' && <p class="message-bad">{t(job.message)}</p>}
        {!waiting && job.state === 'idle' && tally && (
          <p>
            <Words
              text={t({ key: 'scores.used' })}
              n={<strong data-testid="scores-used">{formatCount(tally.used)}</strong>}
              source={origin.file === null ? t('scores.fromText') : origin.column === null ? origin.file : t('scores.fromColumn', { file: origin.file, column: origin.column })}
            />
            {tally.rejectedTotal > 0 && ' '}
            {tally.rejectedTotal > 0 && (
              <Words
                text={t({ key: 'scores.rejected' })}
                n={<strong data-testid="scores-rejected">{formatCount(tally.rejectedTotal)}</strong>}
                reasons={reasons
                  .filter(([n]) => n > 0)
                  .map(([n, key]) => t(key, { n: formatCount(n), range }))
                  .join(', ')}
              />
            )}
            {tally.rejected.empty > 0 && ` ${t('scores.empty', { n: formatCount(tally.rejected.empty) })}`}
          </p>
        )}
      </div>
      {job.state === 'idle' && tally && tally.examples.length > 0 && (
        <p class="field-hint">{t('scores.examples', { list: tally.examples.map((x) => `“${x.text}” (${t(`scores.reason.${x.reason}` as const)})`).join(', ') })}</p>
      )}
      {job.state === 'idle' && tally && origin.file !== null && (
        <p class="file-note" data-testid="file-note">{t('scores.fileNote')}</p>
      )}
      <ColumnChoice id={id} source={source} />
    </div>
  );
}

/** Which numeric column of a file holds the scores: a few buttons, and a search for the rest. */
function ColumnChoice({ id, source }: { id: string; source: ScoreSourceStore }) {
  const choice = useStore(source.$columns);
  const [query, setQuery] = useState('');
  if (!choice) return null;
  const { shown, total } = offerColumns(choice.analysis, query, UNNAMED);
  const all = choice.analysis.numericCount;
  return (
    <fieldset class="columns">
      <legend>{t('columns.legend')}</legend>
      {all > shown.length && !query && <p class="field-hint">{t('columns.more', { n: formatCount(all), shown: shown.length })}</p>}
      {all > shown.length || query ? (
        <div class="field">
          <label for={`${id}-column-search`}>{t('columns.search')}</label>
          <input id={`${id}-column-search`} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} autoComplete="off" />
        </div>
      ) : null}
      {total === 0 && <p class="field-hint" role="status">{t('columns.noMatch', { q: query })}</p>}
      {shown.map((c) => {
        const number = unnamed(c.index + 1);
        return (
          <button key={c.index} type="button" aria-pressed={choice.chosen === c.index} onClick={() => source.readFile(choice.file, c.index)}>
            {c.name || number}
            {all > COLUMNS_SHOWN && c.name && c.name !== number ? ` (${number})` : ''}
          </button>
        );
      })}
    </fieldset>
  );
}
