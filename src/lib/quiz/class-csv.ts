// The CSV of one link's class summary: the trainees, then the items, with the report's cell
// helpers (src/lib/report/csv.ts), so a name like `=HYPERLINK(…)` or `+62 812…` reaches the
// spreadsheet as text, never as a formula, and counts stay numbers.
import { fmt } from '../../i18n/fill';
import type { ClassWords } from '../../i18n/id-class';
import { blank, csvFile, num, text, type Cell } from '../report/csv';
import type { ClassGroup, ItemKey } from './class-summary';

const count = (n: number): Cell => num(String(n));
const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

export function classCsv(group: ClassGroup, keys: ReadonlyMap<string, ItemKey>, topicNames: Readonly<Record<string, string>>, W: ClassWords, origin: string): string {
  const name = (t: string) => topicNames[t] ?? t;
  const rows: Cell[][] = [
    [text(W['class.csvHead']), text(W['class.csvTopics']), text(group.link.topics.map(name).join(', ')), text(W['class.csvSize']), count(group.link.size), text(W['class.csvSeed']), text(group.link.seed)],
    [],
    [text(W['class.colName']), text(W['class.colWhen']), text(W['class.csvCorrect']), text(W['class.csvTotal']), text(W['class.csvPct']), ...group.topics.map((t) => text(name(t.topic)))],
  ];
  for (const t of group.trainees) {
    const byTopic = new Map(t.topics.map((s) => [s.topic, s]));
    rows.push([
      text(t.name),
      text(t.when),
      count(t.correct),
      count(t.total),
      count(pct(t.correct, t.total)),
      ...group.topics.map((g) => {
        const s = byTopic.get(g.topic);
        return s ? text(`${s.correct}/${s.total}`) : blank;
      }),
    ]);
  }
  rows.push([], [text(W['class.colItem']), text(W['class.csvTopic']), text(W['class.csvScenario']), text(W['class.csvAsked']), text(W['class.colMissed']), text(W['class.colWrong']), text(W['class.csvWrongCount']), text(W['class.colGuide'])]);
  for (const item of group.items) {
    const key = keys.get(item.id);
    rows.push([
      text(item.id),
      text(name(item.topic)),
      text(key?.scenario ?? ''),
      count(item.asked),
      count(item.missed),
      item.commonWrong ? text(item.commonWrong.text) : blank,
      item.commonWrong ? count(item.commonWrong.count) : blank,
      key?.guide ? text(new URL(key.guide.href, origin).href) : blank,
    ]);
  }
  return csvFile(rows);
}
