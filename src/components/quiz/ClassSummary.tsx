// "Rekap kelas": the trainer pastes the class's result messages; the page reads them
// (src/lib/quiz/class-paste.ts), scores them against the answer keys the page carries
// (`<script type="application/json" data-class-keys>`, written at build time) and shows one
// summary per link (src/lib/quiz/class-summary.ts).
// Nothing is sent or stored: the paste lives in this component's state only.
import { useState } from 'preact/hooks';
import { classWords } from '../../i18n/id-class';
import { translator } from '../../i18n/translate';
import { readPaste } from '../../lib/quiz/class-paste';
import { classSummary, type ClassGroup, type ClassSummary as Summary, type ItemKey } from '../../lib/quiz/class-summary';

interface Props {
  topicNames: Record<string, string>;
}

const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));
const t = translator(classWords);

/** The answer keys in the page; empty only when the build wrote none (then every message names an unknown item). */
function readKeys(): Map<string, ItemKey> {
  try {
    const keys = JSON.parse(document.querySelector('script[data-class-keys]')?.textContent ?? '[]') as ItemKey[];
    return new Map(keys.map((k) => [k.id, k]));
  } catch {
    return new Map();
  }
}

function Group({ group, n, keys, topicNames }: { group: ClassGroup; n: number; keys: Map<string, ItemKey>; topicNames: Record<string, string> }) {
  const [status, setStatus] = useState('');
  const name = (topic: string) => topicNames[topic] ?? topic;
  const id = `rekap-${n}`;
  const download = async () => {
    // Loaded on use: most visits print or read the tables and never download.
    const { classCsv } = await import('../../lib/quiz/class-csv');
    const url = URL.createObjectURL(new Blob([classCsv(group, keys, topicNames, t, location.origin)], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('class.csvFile', { seed: group.link.seed });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setStatus(t('class.csvDone'));
  };
  const weakest = group.topics[0];
  return (
    <section class="rekap-group" data-group={group.key} aria-labelledby={id}>
      <h2 id={id}>{t('class.group', { n, topics: group.link.topics.map(name).join(', ') })}</h2>
      <p>{t('class.groupAbout', { size: group.link.size, seed: group.link.seed, count: group.trainees.length })}</p>

      <h3 id={`${id}-peserta`}>{t('class.trainees')}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-peserta`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('class.colName')}</th>
              <th scope="col">{t('class.colScore')}</th>
              <th scope="col">{t('class.colWhen')}</th>
              <th scope="col">{t('class.colTopics')}</th>
            </tr>
          </thead>
          <tbody>
            {group.trainees.map((trainee) => (
              <tr key={trainee.name} data-trainee={trainee.name}>
                <th scope="row">{trainee.name}</th>
                <td>{t('class.score', { correct: trainee.correct, total: trainee.total, pct: pct(trainee.correct, trainee.total) })}</td>
                <td>{trainee.when}</td>
                <td>{trainee.topics.map((s) => t('class.topicScore', { topic: name(s.topic), correct: s.correct, total: s.total })).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h3 id={`${id}-soal`}>{t('class.items')}</h3>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-soal`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('class.colItem')}</th>
              <th scope="col">{t('class.colMissed')}</th>
              <th scope="col">{t('class.colWrong')}</th>
              <th scope="col">{t('class.colGuide')}</th>
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
                  <td>{t('class.missed', { missed: item.missed, asked: item.asked })}</td>
                  <td>{item.commonWrong ? t('class.wrongPick', { text: item.commonWrong.text, count: item.commonWrong.count }) : t('class.noWrong')}</td>
                  <td>{key?.guide ? <a href={key.guide.href}>{key.guide.label}</a> : t('class.noGuide')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <h3>{t('class.weak')}</h3>
      <ol class="rekap-weak" data-weak-topics>
        {group.topics.map((topic) => (
          <li key={topic.topic} data-topic={topic.topic}>
            {t('class.weakTopic', { topic: name(topic.topic), correct: topic.correct, total: topic.total, pct: pct(topic.correct, topic.total) })}
            {topic === weakest && group.topics.length > 1 && <strong> ({t('class.weakest')})</strong>}
          </li>
        ))}
      </ol>

      <div class="quiz-actions no-print">
        <button type="button" onClick={() => void download()}>
          {t('class.csv')}
        </button>
        <button type="button" onClick={() => window.print()}>
          {t('class.print')}
        </button>
      </div>
      <p role="status" class="quiz-hint no-print">
        {status}
      </p>
    </section>
  );
}

function Unread({ unread }: { unread: Summary['unread'] }) {
  return (
    <section class="rekap-unread" data-unread aria-labelledby="rekap-tidak-terbaca">
      <h2 id="rekap-tidak-terbaca">{t('class.unread')}</h2>
      <p>{t('class.unreadAbout')}</p>
      <ul>
        {unread.map((u, i) => (
          <li key={i} data-reason={u.reason}>
            <strong>{u.who || t('class.unknownWho')}</strong>
            {u.when && ` (${u.when})`}: {t(`class.reason.${u.reason}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function ClassSummary({ topicNames }: Props) {
  const [paste, setPaste] = useState('');
  const [status, setStatus] = useState('');
  const [result, setResult] = useState<{ summary: Summary; keys: Map<string, ItemKey> } | null>(null);

  function read() {
    if (paste.trim() === '') {
      setResult(null);
      return setStatus(t('class.empty'));
    }
    const reading = readPaste(paste);
    const keys = readKeys();
    const summary = classSummary(reading, keys);
    const read = summary.groups.reduce((n, g) => n + g.trainees.length, 0);
    setResult({ summary, keys });
    setStatus(read === 0 && summary.unread.length === 0 ? t('class.none') : t('class.status', { read, unread: summary.unread.length, links: summary.groups.length }));
  }

  return (
    <div class="rekap">
      <div class="rekap-input no-print">
        <label for="rekap-tempel">{t('class.pasteLabel')}</label>
        <p id="rekap-tempel-petunjuk" class="quiz-hint">
          {t('class.pasteHint')}
        </p>
        <textarea id="rekap-tempel" rows={10} spellcheck={false} aria-describedby="rekap-tempel-petunjuk" value={paste} onInput={(e) => setPaste(e.currentTarget.value)} />
        <div class="quiz-actions">
          <button type="button" class="button-primary" onClick={read}>
            {t('class.read')}
          </button>
        </div>
      </div>
      <p role="status" class="quiz-hint" data-class-status>
        {status}
      </p>
      {result && result.summary.unread.length > 0 && <Unread unread={result.summary.unread} />}
      {result && result.summary.groups.length > 1 && <p>{t('class.separate')}</p>}
      {result?.summary.groups.map((group, i) => <Group key={group.key} group={group} n={i + 1} keys={result.keys} topicNames={topicNames} />)}
    </div>
  );
}
