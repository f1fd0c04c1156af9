// The CSV of one link's class summary: the trainees, then the items, with the report's cell
// helpers (src/lib/report/csv.ts), so a name like `=HYPERLINK(…)` or `+62 812…` reaches the
// spreadsheet as text, never as a formula, and counts stay numbers.
import type { classWords } from '../../i18n/id-class';
import type { Translate } from '../../i18n/translate';
import { blank, csvFile, num, text, type Cell } from '../report/csv';
import type { ClassGroup, ItemKey } from './class-summary';

const count = (n: number): Cell => num(String(n));
const pct = (correct: number, total: number) => (total === 0 ? 0 : Math.round((100 * correct) / total));

export function classCsv(group: ClassGroup, keys: ReadonlyMap<string, ItemKey>, topicNames: Readonly<Record<string, string>>, t: Translate<typeof classWords>, origin: string): string {
  const name = (topic: string) => topicNames[topic] ?? topic;
  const rows: Cell[][] = [
    [text(t('class.csvHead')), text(t('class.csvTopics')), text(group.link.topics.map(name).join(', ')), text(t('class.csvSize')), count(group.link.size), text(t('class.csvSeed')), text(group.link.seed)],
    [],
    [text(t('class.colName')), text(t('class.colWhen')), text(t('class.csvCorrect')), text(t('class.csvTotal')), text(t('class.csvPct')), ...group.topics.map((topic) => text(name(topic.topic)))],
  ];
  for (const trainee of group.trainees) {
    const byTopic = new Map(trainee.topics.map((s) => [s.topic, s]));
    rows.push([
      text(trainee.name),
      text(trainee.when),
      count(trainee.correct),
      count(trainee.total),
      count(pct(trainee.correct, trainee.total)),
      ...group.topics.map((g) => {
        const s = byTopic.get(g.topic);
        return s ? text(`${s.correct}/${s.total}`) : blank;
      }),
    ]);
  }
  rows.push([], [text(t('class.colItem')), text(t('class.csvTopic')), text(t('class.csvScenario')), text(t('class.csvAsked')), text(t('class.colMissed')), text(t('class.colWrong')), text(t('class.csvWrongCount')), text(t('class.colGuide'))]);
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
