// "Rekap kelas": the trainer pastes the class's result messages; the page reads them
// (src/lib/quiz/class-paste.ts), scores them against the answer keys the page carries
// (`<script type="application/json" data-class-keys>`, written at build time) and shows one
// summary per link (src/lib/quiz/class-summary.ts).
// Nothing is sent or stored: the paste lives in this component's state only.
import { useState } from 'preact/hooks';
import { fmt } from '../../i18n/fill';
import type { ClassWords } from '../../i18n/id-class';
import { readPaste } from '../../lib/quiz/class-paste';
import { classSummary, type ClassGroup, type ClassSummary as Summary, type ItemKey } from '../../lib/quiz/class-summary';

interface Props {
  topicNames: Record<string, string>;
  W: ClassWords;
}

const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

/** The answer keys in the page; empty only when the build wrote none (then every message names an unknown item). */
function readKeys(): Map<string, ItemKey> {
  try {
    const keys = JSON.parse(document.querySelector('script[data-class-keys]')?.textContent ?? '[]') as ItemKey[];
    return new Map(keys.map((k) => [k.id, k]));
  } catch {
    return new Map();
  }
}

function Group({ group, n, keys, topicNames, W }: { group: ClassGroup; n: number; keys: Map<string, ItemKey>; topicNames: Record<string, string>; W: ClassWords }) {
  const [status, setStatus] = useState('');
  const name = (t: string) => topicNames[t] ?? t;
  const id = `rekap-${n}`;
  const download = async () => {
    // Loaded on use: most visits print or read the tables and never download.
    const { classCsv } = await import('../../lib/quiz/class-csv');
    const url = URL.createObjectURL(new Blob([classCsv(group, keys, topicNames, W, location.origin)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fmt(W['class.csvFile'], { seed: group.link.seed });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(W['class.csvDone']);
  };
  const weakest = group.topics[0];
  return (
    <section class="rekap-group" data-group={group.key} aria-labelledby={id}>
      <h2 id={id}>{fmt(W['class.group'], { n, topics: group.link.topics.map(name).join(', ') })}</h2>
      <p>{fmt(W['class.groupAbout'], { size: group.link.size, seed: group.link.seed, count: group.trainees.length })}</p>

      <h3 id={`${id}-peserta`}>{W['class.trainees']}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-peserta`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{W['class.colName']}</th>
              <th scope="col">{W['class.colScore']}</th>
              <th scope="col">{W['class.colWhen']}</th>
              <th scope="col">{W['class.colTopics']}</th>
            </tr>
          </thead>
          <tbody>
            {group.trainees.map((t) => (
              <tr key={t.name} data-trainee={t.name}>
                <th scope="row">{t.name}</th>
                <td>{fmt(W['class.score'], { correct: t.correct, total: t.total, pct: pct(t.correct, t.total) })}</td>
                <td>{t.when}</td>
                <td>{t.topics.map((s) => fmt(W['class.topicScore'], { topic: name(s.topic), correct: s.correct, total: s.total })).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id={`${id}-soal`}>{W['class.items']}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-soal`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{W['class.colItem']}</th>
              <th scope="col">{W['class.colMissed']}</th>
              <th scope="col">{W['class.colWrong']}</th>
              <th scope="col">{W['class.colGuide']}</th>
            </tr>
          </thead>
          <tbody>
            {group.items.map((item) => {
              const key = keys.get(item.id);
              return (
                <tr key={item.id} data-item={item.id} data-missed={item.missed}>
                  <th scope="row">
                    <span class="rekap-topic">{name(item.topic)}</span> “{key?.scenario}” <span class="rekap-id">[{item.id}]</span>
                  </th>
                  <td>{fmt(W['class.missed'], { missed: item.missed, asked: item.asked })}</td>
                  <td>{item.commonWrong ? fmt(W['class.wrongPick'], { text: item.commonWrong.text, count: item.commonWrong.count }) : W['class.noWrong']}</td>
                  <td>{key?.guide ? <a href={key.guide.href}>{key.guide.label}</a> : W['class.noGuide']}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{W['class.weak']}</h3>
      <ol class="rekap-weak" data-weak-topics>
        {group.topics.map((t) => (
          <li key={t.topic} data-topic={t.topic}>
            {fmt(W['class.weakTopic'], { topic: name(t.topic), correct: t.correct, total: t.total, pct: pct(t.correct, t.total) })}
            {t === weakest && group.topics.length > 1 && <strong> ({W['class.weakest']})</strong>}
          </li>
        ))}
      </ol>

      <div class="quiz-actions no-print">
        <button type="button" onClick={() => void download()}>
          {W['class.csv']}
        </button>
        <button type="button" onClick={() => window.print()}>
          {W['class.print']}
        </button>
      </div>
      <p role="status" class="quiz-hint no-print">
        {status}
      </p>
    </section>
  );
}

function Unread({ unread, W }: { unread: Summary['unread']; W: ClassWords }) {
  return (
    <section class="rekap-unread" data-unread aria-labelledby="rekap-tidak-terbaca">
      <h2 id="rekap-tidak-terbaca">{W['class.unread']}</h2>
      <p>{W['class.unreadAbout']}</p>
      <ul>
        {unread.map((u, i) => (
          <li key={i} data-reason={u.reason}>
            <strong>{u.who || W['class.unknownWho']}</strong>
            {u.when && ` (${u.when})`}: {W[`class.reason.${u.reason}`]}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ClassSummary({ topicNames, W }: Props) {
  const [paste, setPaste] = useState('');
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<{ summary: Summary; keys: Map<string, ItemKey> } | null>(null);

  function read() {
    if (paste.trim() === '') {
      setResult(null);
      return setStatus(W['class.empty']);
    }
    const reading = readPaste(paste);
    const keys = readKeys();
    const summary = classSummary(reading, keys);
    const read = summary.groups.reduce((n, g) => n + g.trainees.length, 0);
    setResult({ summary, keys });
    setStatus(read === 0 && summary.unread.length === 0 ? W['class.none'] : fmt(W['class.status'], { read, unread: summary.unread.length, links: summary.groups.length }));
  }

  return (
    <div class="rekap">
      <div class="rekap-input no-print">
        <label for="rekap-tempel">{W['class.pasteLabel']}</label>
        <p id="rekap-tempel-petunjuk" class="quiz-hint">
          {W['class.pasteHint']}
        </p>
        <textarea id="rekap-tempel" rows={10} spellcheck={false} aria-describedby="rekap-tempel-petunjuk" value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
        <div class="quiz-actions">
          <button type="button" class="button-primary" onClick={read}>
            {W['class.read']}
          </button>
        </div>
      </div>
      <p role="status" class="quiz-hint" data-class-status>
        {status}
      </p>
      {result && result.summary.unread.length > 0 && <Unread unread={result.summary.unread} W={W} />}
      {result && result.summary.groups.length > 1 && <p>{W['class.separate']}</p>}
      {result?.summary.groups.map((group, i) => <Group key={group.key} group={group} n={i + 1} keys={result.keys} topicNames={topicNames} W={W} />)}
    </div>
  );
}
