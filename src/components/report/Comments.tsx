// Comments by mood (NPS promoters/passives/detractors, CSAT satisfied or not, CES easy/neutral/
// hard), filtered by segment, period and a text search, shown 50 at a time so a long list never
// blocks the page. Above them, the words and phrases the unhappy group uses most.
import { useMemo, useState } from 'preact/hooks';
import { t } from './words';
import { formatCount } from '../../lib/format';
import type { Aggregate } from '../../lib/report/aggregate';
import { COMMENT_CAP } from '../../lib/report/aggregate';
import type { Mood } from '../../lib/report/metric';
import type { Metric } from '../../lib/report/metric-ids';
import { periodKey } from '../../lib/report/periods';
import type { Granularity } from '../../lib/report/periods';
import { dayText, moodLabel, periodLabel, periodName, segmentLabel } from './present';

const PAGE = 50;
/** Comments a printed report holds (report.css hides the rest on paper). */
const PRINTED = 10;
const ALL = '\u0000all';

interface Props {
  metric: Metric;
  data: Aggregate;
  names: readonly string[];
  granularity: Granularity | null;
}

/** Unhappy first: their comments say what to fix. */
const MOOD_ORDER: readonly Mood[] = ['bad', 'mid', 'good'];

export function Comments({ metric, data, names, granularity }: Props) {
  const [mood, setMood] = useState<Mood>('bad');
  const [segments, setSegments] = useState<string[]>(names.map(() => ALL));
  const [period, setPeriod] = useState(ALL);
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(PAGE);
  const keyOf = (day: number | null) => (day === null || !granularity ? '' : periodKey(day, granularity));
  // Each period's key (sorted, so they list in time order) with a day of it, for its label.
  const periodDays = useMemo(() => new Map(data.comments.flatMap((c) => (c.day === null ? [] : [[keyOf(c.day), c.day] as const]))), [data, granularity]);
  const periods = useMemo(() => [...periodDays.keys()].filter(Boolean).sort(), [periodDays]);
  const values = useMemo(() => names.map((_, i) => [...new Set(data.comments.map((c) => c.segments[i] ?? ''))].sort()), [data, names]);
  const needle = query.trim().toLowerCase();
  const matching = data.comments.filter(
    (c) =>
      c.mood === mood &&
      segments.every((s, i) => s === ALL || c.segments[i] === s) &&
      (period === ALL || keyOf(c.day) === period) &&
      (!needle || c.text.toLowerCase().includes(needle)),
  );
  const capped = (Object.keys(data.commentTotals) as Mood[]).some((m) => data.commentTotals[m] > COMMENT_CAP);
  const reset = () => setShown(PAGE);
  const { words, phrases } = data.words;

  return (
    <section class="comments" aria-labelledby="komentar">
      <h3 id="komentar">{t('report.commentsTitle')}</h3>
      {(words.length > 0 || phrases.length > 0) && (
        <div class="frequent">
          <h4>{t('report.frequentTitle', { group: moodLabel(metric, 'bad') })}</h4>
          <p class="muted">{t('report.frequentHint')}</p>
          <div class="frequent-lists">
            {phrases.length > 0 && (
              <div><h5>{t('report.phrases')}</h5><ol>{phrases.map((p) => <li key={p.text}>{p.text} <span class="muted">({formatCount(p.count)})</span></li>)}</ol></div>
            )}
            <div><h5>{t('report.words')}</h5><ol>{words.map((w) => <li key={w.text}>{w.text} <span class="muted">({formatCount(w.count)})</span></li>)}</ol></div>
          </div>
        </div>
      )}
      <fieldset class="mood no-print">
        <legend>{t('report.moodLegend')}</legend>
        {MOOD_ORDER.map((m) => (
          <label key={m}>
            <input type="radio" name="suasana" value={m} checked={mood === m} onChange={() => (setMood(m), reset())} />
            {moodLabel(metric, m)}: {t('report.commentsInGroup', { n: formatCount(data.commentTotals[m]) })}
          </label>
        ))}
      </fieldset>
      <div class="comment-filters field-row no-print">
        {names.map((n, i) => (
          <div class="field" key={n}>
            <label for={`saring-${i}`}>{n}</label>
            <select id={`saring-${i}`} value={segments[i]} onChange={(e) => (setSegments(segments.map((s, j) => (j === i ? e.currentTarget.value : s))), reset())}>
              <option value={ALL}>{t('report.all')}</option>
              {values[i]!.map((v) => <option key={v} value={v}>{segmentLabel(v)}</option>)}
            </select>
          </div>
        ))}
        {granularity && periods.length > 0 && (
          <div class="field">
            <label for="saring-periode">{periodName(granularity)}</label>
            <select id="saring-periode" value={period} onChange={(e) => (setPeriod(e.currentTarget.value), reset())}>
              <option value={ALL}>{t('report.all')}</option>
              {periods.map((p) => <option key={p} value={p}>{periodLabel(periodDays.get(p)!, granularity)}</option>)}
            </select>
          </div>
        )}
        <div class="field">
          <label for="cari-komentar">{t('report.search')}</label>
          <input type="search" id="cari-komentar" value={query} onInput={(e) => (setQuery(e.currentTarget.value), reset())} />
        </div>
      </div>
      <p role="status" data-testid="comment-count">{t(matching.length ? 'report.commentCount' : 'report.commentNone', { n: formatCount(matching.length), group: moodLabel(metric, mood) })}</p>
      {capped && <p class="muted">{t('report.commentsCapped', { cap: formatCount(COMMENT_CAP) })}</p>}
      <ul class="comment-list">
        {matching.slice(0, shown).map((c, i) => (
          <li key={i}>
            <p>{c.text}</p>
            <p class="comment-meta">{[t('report.score', { score: c.score }), c.day === null ? '' : dayText(c.day), ...c.segments.map(segmentLabel)].filter(Boolean).join(' · ')}</p>
          </li>
        ))}
      </ul>
      {Math.min(shown, matching.length) > PRINTED && <p class="print-only muted">{t('report.printedComments', { n: PRINTED })}</p>}
      {matching.length > shown && <p class="no-print"><button type="button" onClick={() => setShown(shown + PAGE)}>{t('report.more', { n: Math.min(PAGE, matching.length - shown) })}</button></p>}
    </section>
  );
}
