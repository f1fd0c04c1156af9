// "Rekap kelas": the results a trainer pasted (class-paste.ts), scored against the items' answer
// keys and summed up per link. Messages of different links (another seed, topic set or size)
// are never mixed: each link is a group of its own. A message whose score line does not match
// its answers, that names an item the bank does not have, or that repeats a trainee already
// read, is listed as not read with the reason.
import { QUIZ_TOPICS } from '../../schemas/quiz-topics';
import type { PastedResult, PasteReading, UnreadMessage } from './class-paste';
import { linkKey, type ResultCode } from './result-code';

/** What the summary needs of an item (from its file, /kuis/soal/<id>.json). */
export interface ItemKey {
  readonly id: string;
  readonly topic: string;
  readonly answer: string;
  /** The scenario's first words (`scenarioStart`). */
  readonly scenario: string;
  /** Option ids in the bank's order, with their texts. */
  readonly options: readonly { readonly id: string; readonly text: string }[];
  /** The guide section to review, or null when the build found none. */
  readonly guide: { readonly href: string; readonly label: string } | null;
}

export interface TopicTally {
  readonly topic: string;
  readonly correct: number;
  readonly total: number;
}

export interface TraineeRow {
  readonly name: string;
  readonly when: string;
  readonly correct: number;
  readonly total: number;
  /** Per topic of the link, in bank order. */
  readonly topics: readonly TopicTally[];
}

export interface ItemRow {
  readonly id: string;
  readonly topic: string;
  /** Trainees who were asked it. */
  readonly asked: number;
  /** Trainees who answered it wrong or not at all. */
  readonly missed: number;
  /** The wrong option chosen most (ties: the bank's first), with how many chose it. */
  readonly commonWrong: { readonly id: string; readonly text: string; readonly count: number } | null;
}

export interface ClassGroup {
  readonly key: string;
  readonly link: Pick<ResultCode, 'topics' | 'size' | 'seed'>;
  readonly trainees: readonly TraineeRow[];
  /** Every item asked, in the order the link asks them. */
  readonly items: readonly ItemRow[];
  /** The class's topics, weakest (lowest share right) first. */
  readonly topics: readonly TopicTally[];
}

/** Why a read message was still set aside, beside the paste's own reasons. */
export type ScoreReason = 'unknownItem' | 'scoreMismatch' | 'duplicate';

export interface ClassSummary {
  readonly groups: readonly ClassGroup[];
  readonly unread: readonly (UnreadMessage | (Omit<UnreadMessage, 'reason'> & { readonly reason: ScoreReason }))[];
}

const byBankOrder = (a: string, b: string) => (QUIZ_TOPICS as readonly string[]).indexOf(a) - (QUIZ_TOPICS as readonly string[]).indexOf(b);
const share = (t: TopicTally) => (t.total === 0 ? 1 : t.correct / t.total);

/** The item ids a reading needs keys for, each once. */
export function itemsNeeded(reading: PasteReading): string[] {
  return [...new Set(reading.results.flatMap((r) => r.code.answers.map((a) => a.itemId)))];
}

interface Scored {
  readonly result: PastedResult;
  readonly row: TraineeRow;
}

function score(result: PastedResult, keys: ReadonlyMap<string, ItemKey>): Scored | ScoreReason {
  const tallies = new Map(result.code.topics.map((t) => [t, { topic: t, correct: 0, total: 0 }]));
  let correct = 0;
  for (const { itemId, chosen } of result.code.answers) {
    const key = keys.get(itemId);
    const tally = key && tallies.get(key.topic);
    if (!key || !tally) return 'unknownItem';
    tally.total++;
    if (chosen === key.answer) {
      tally.correct++;
      correct++;
    }
  }
  const total = result.code.answers.length;
  if (result.claimed && (result.claimed.correct !== correct || result.claimed.total !== total)) return 'scoreMismatch';
  const topics = [...tallies.values()].filter((t) => t.total > 0).sort((a, b) => byBankOrder(a.topic, b.topic));
  return { result, row: { name: result.name, when: result.when, correct, total, topics } };
}

function summarise(code: ResultCode, members: readonly Scored[], keys: ReadonlyMap<string, ItemKey>): ClassGroup {
  const order: string[] = [];
  const rows = new Map<string, { asked: number; missed: number; wrong: Map<string, number> }>();
  const topics = new Map<string, { topic: string; correct: number; total: number }>();
  for (const { result } of members) {
    for (const { itemId, chosen } of result.code.answers) {
      const key = keys.get(itemId)!;
      let row = rows.get(itemId);
      if (!row) {
        order.push(itemId);
        rows.set(itemId, (row = { asked: 0, missed: 0, wrong: new Map() }));
      }
      const tally = topics.get(key.topic) ?? { topic: key.topic, correct: 0, total: 0 };
      topics.set(key.topic, tally);
      row.asked++;
      tally.total++;
      if (chosen === key.answer) tally.correct++;
      else {
        row.missed++;
        if (chosen !== null) row.wrong.set(chosen, (row.wrong.get(chosen) ?? 0) + 1);
      }
    }
  }
  const items = order.map((id): ItemRow => {
    const key = keys.get(id)!;
    const row = rows.get(id)!;
    let commonWrong: ItemRow['commonWrong'] = null;
    for (const option of key.options) {
      const count = row.wrong.get(option.id) ?? 0;
      if (count > (commonWrong?.count ?? 0)) commonWrong = { id: option.id, text: option.text, count };
    }
    return { id, topic: key.topic, asked: row.asked, missed: row.missed, commonWrong };
  });
  const weakest = [...topics.values()].sort((a, b) => share(a) - share(b) || byBankOrder(a.topic, b.topic));
  const trainees = members.map((m) => m.row);
  return { key: linkKey(code), link: { topics: code.topics, size: code.size, seed: code.seed }, trainees, items, topics: weakest };
}

/**
 * The class summary of a reading, given the keys of the items it names (`itemsNeeded`). Groups
 * come in the order their first message was pasted; trainees in paste order.
 */
export function classSummary(reading: PasteReading, keys: ReadonlyMap<string, ItemKey>): ClassSummary {
  const unread: ClassSummary['unread'][number][] = [...reading.unread];
  const groups = new Map<string, { code: ResultCode; members: Scored[]; names: Set<string> }>();
  for (const result of reading.results) {
    const set = (reason: ScoreReason) => unread.push({ reason, who: result.name, when: result.when, excerpt: result.text.split('\n')[0] ?? '' });
    const scored = score(result, keys);
    if (typeof scored === 'string') {
      set(scored);
      continue;
    }
    const key = linkKey(result.code);
    const group = groups.get(key) ?? { code: result.code, members: [], names: new Set<string>() };
    groups.set(key, group);
    const who = result.name.toLocaleLowerCase('id');
    if (group.names.has(who)) {
      set('duplicate');
      continue;
    }
    group.names.add(who);
    group.members.push(scored);
  }
  return { groups: [...groups.values()].map((g) => summarise(g.code, g.members, keys)), unread };
}
