import { z } from 'astro/zod';
import { QUIZ_TOPICS, isQuizTopic } from './quiz-topics';
import { isRecord } from './shape';
import { bankFormProblems, itemFormProblems, type FormItem } from './quiz-form';

export { QUIZ_TOPICS, type QuizTopic } from './quiz-topics';

/** Lowercase id with hyphens, as used for items, options, types and anchors. */
const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `guide-id` or `guide-id#anchor`; guide ids may contain `/` (e.g. `jenis-pelanggan/berdasarkan-posisi`). */
const guideLink = /^[a-z0-9-]+(?:\/[a-z0-9-]+)*(?:#[a-z0-9-]+)?$/;

/** Topics that are a customer-type axis: a typed option there must name a type on that axis. */
const TYPE_AXIS_TOPICS: ReadonlySet<string> = new Set(['posisi', 'hubungan', 'karakter', 'dasar', 'istilah']);

/** Smallest number of items a topic needs before its quiz is worth building. */
export const MIN_ITEMS_PER_TOPIC = 10;

/** Text that must be present, with a clear message when it is not. */
const requiredText = (what: string, min: number) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `${what} is missing` : `${what} must be text`) })
    .trim()
    .min(min, `${what} is too short (at least ${min} characters)`);

/** One answer choice of a quiz item. */
export const quizOptionSchema = z
  .object({
    /** Id unique within the item, e.g. `a`; `answer` refers to it. */
    id: z.string().regex(slug, 'option id must be lowercase letters, digits and hyphens'),
    /** The choice as the reader sees it. */
    text: requiredText('Option text', 1),
    /** Why this choice is right or wrong; shown after checking, for every option. */
    explanation: requiredText('Option explanation', 10),
    /** For type-recognition items: the customer type id this choice names. */
    type: z.string().regex(slug).optional(),
  })
  .strict();

/** One question in `content/kuis/<topic>.yaml` (each file is a YAML list of these). */
export const quizItemSchema = z
  .object({
    /** Id unique across the whole bank, e.g. `pos-01`; progress is stored under it. */
    id: z.string({ error: (iss) => (iss.input === undefined ? 'Item id is missing' : 'Item id must be text') }).regex(slug, 'item id must be lowercase letters, digits and hyphens'),
    /** Topic slug; should match the file the item lives in. */
    topic: z.enum(QUIZ_TOPICS, { error: `Topic must be one of: ${QUIZ_TOPICS.join(', ')}` }),
    /** A realistic Indonesian business situation in 2–4 sentences. */
    scenario: requiredText('Scenario', 40).max(700, 'Scenario is too long (at most 700 characters)'),
    /** The question; names the axis explicitly ("Menurut posisinya dalam rantai penjualan, …"). */
    question: requiredText('Question', 10),
    /** The choices, 3 or 4, shown in a seeded shuffled order. */
    options: z.array(quizOptionSchema).min(3, 'An item needs 3 or 4 options').max(4, 'An item needs 3 or 4 options'),
    /** Id of the right option. */
    answer: z.string({ error: 'Answer (the id of the right option) is missing' }),
    /** Where to read up: guide id, optionally `#anchor` of a heading or type card. */
    guide: z.string({ error: 'Guide link is missing' }).regex(guideLink, 'guide must look like `guide-id#anchor`'),
    /** Type ids this item helps tell apart; the mixed quiz puts contrasting items next to each other. */
    confusable: z.array(z.string().regex(slug)).optional(),
    /**
     * Label items (every option a type name): `right` when the reading a reader without the guide
     * takes first (the record's label, the wealth, the long history, the loud voice, the everyday
     * sense of the word) gives the right answer, `wrong` when the site's rule overturns it. Required
     * there; each bank keeps the two about even (`surfaceProblems` in `quiz-form.ts`).
     */
    surface: z.enum(['right', 'wrong']).optional(),
    /** 1 easy, 2 medium, 3 hard. */
    difficulty: z.number().int().min(1).max(3).optional(),
  })
  .strict();

export type QuizOption = z.infer<typeof quizOptionSchema>;
export type QuizItem = z.infer<typeof quizItemSchema>;

/** One question-bank file as read from disk. */
export interface BankFile {
  /** Path shown in messages, e.g. `content/kuis/posisi.yaml`. */
  file: string;
  /** The parsed YAML list. */
  items: unknown[];
}

/** What the bank may refer to. */
export interface BankContext {
  /** Every customer type id (`content/tipe/*.yaml`). */
  typeIds: ReadonlySet<string>;
  /** Guide id → anchors on that guide (heading slugs and type card ids). */
  anchors: ReadonlyMap<string, ReadonlySet<string>>;
  /** Override of {@link MIN_ITEMS_PER_TOPIC}. */
  minItemsPerTopic?: number;
}

/** One problem in the bank. */
export interface BankError {
  file: string;
  /** Item id, or `#<index>` when the item has no readable id; empty for whole-topic problems. */
  item: string;
  /** Field path, e.g. `options[1].explanation`. */
  field: string;
  message: string;
}

/** `content/kuis/posisi.yaml › pos-03 › options[1].explanation: Option explanation is missing`. */
export function formatBankError(e: BankError): string {
  return [e.file, e.item, e.field].filter(Boolean).join(' › ') + `: ${e.message}`;
}


function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  return out;
}

/** Sentence ends: `.`, `!`, `?` followed by a capital, quote or the end (so "Rp50.000" does not count). */
function countSentences(text: string): number {
  return (text.trim().match(/[.!?…]+["”’)]?(?=\s+["“‘(]?[A-Z0-9]|\s*$)/g) ?? []).length;
}

/**
 * Checks the whole bank: each item's shape (via {@link quizItemSchema}) and everything that needs
 * context: answer among the options, duplicate item ids across files, duplicate option ids, option
 * and confusable type ids, guide and anchor targets, item topic matching its file, every topic
 * having at least {@link MIN_ITEMS_PER_TOPIC} items, and the form of sentence options (no option
 * under 40% of its item's longest; per file, the right option the longest in at most a third of
 * sentence-option items; see `quiz-form.ts`). Returns the valid items and the errors.
 */
export function parseBank(files: readonly BankFile[], ctx: BankContext): { items: QuizItem[]; errors: BankError[] } {
  const errors: BankError[] = [];
  const items: QuizItem[] = [];
  const seen = new Map<string, string>();
  const counts = new Map<string, number>();
  const min = ctx.minItemsPerTopic ?? MIN_ITEMS_PER_TOPIC;

  for (const { file, items: raw } of files) {
    const fileTopic = file.split(/[\\/]/).pop()?.replace(/\.ya?ml$/, '');
    if (!Array.isArray(raw)) {
      errors.push({ file, item: '', field: '', message: 'The file must be a YAML list of quiz items' });
      continue;
    }
    const formItems: FormItem[] = [];
    raw.forEach((rawItem, index) => {
      const rec = isRecord(rawItem) ? rawItem : {};
      const item = typeof rec.id === 'string' && rec.id ? rec.id : `#${index + 1}`;
      const err = (field: string, message: string) => errors.push({ file, item, field, message });

      if (!isRecord(rawItem)) return err('', 'An item must be a mapping of fields');

      const parsed = quizItemSchema.safeParse(rawItem);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          if (issue.code === 'unrecognized_keys') err(fieldPath(issue.path), `Unknown field(s): ${issue.keys.join(', ')}`);
          else err(fieldPath(issue.path), issue.message);
        }
      }

      if (typeof rec.id === 'string') {
        const first = seen.get(rec.id);
        if (first !== undefined) err('id', `Duplicate item id "${rec.id}" (first used in ${first})`);
        else seen.set(rec.id, file);
      }

      if (isQuizTopic(rec.topic)) {
        counts.set(rec.topic, (counts.get(rec.topic) ?? 0) + 1);
        if (isQuizTopic(fileTopic) && fileTopic !== rec.topic) {
          err('topic', `Topic "${rec.topic}" does not match the file's topic "${fileTopic}"`);
        }
      }

      if (typeof rec.scenario === 'string') {
        const n = countSentences(rec.scenario);
        if (n < 2 || n > 4) err('scenario', `Scenario should have 2 to 4 sentences (found ${n})`);
      }

      const options = Array.isArray(rec.options) ? rec.options : [];
      const optionIds = new Set<string>();
      options.forEach((opt, i) => {
        if (!isRecord(opt)) return;
        if (typeof opt.id === 'string') {
          if (optionIds.has(opt.id)) err(`options[${i}].id`, `Duplicate option id "${opt.id}" in this item`);
          optionIds.add(opt.id);
        }
        if (typeof opt.type === 'string') {
          if (!ctx.typeIds.has(opt.type)) err(`options[${i}].type`, `Unknown customer type id "${opt.type}"`);
          else if (isQuizTopic(rec.topic) && TYPE_AXIS_TOPICS.has(rec.topic) && !opt.type.startsWith(`${rec.topic}-`)) {
            err(`options[${i}].type`, `Type "${opt.type}" is not on the "${rec.topic}" axis this item asks about`);
          }
        }
      });
      if (typeof rec.answer === 'string' && Array.isArray(rec.options) && !optionIds.has(rec.answer)) {
        err('answer', `Answer "${rec.answer}" is not one of the option ids (${[...optionIds].join(', ') || 'none'})`);
      }

      if (Array.isArray(rec.confusable)) {
        rec.confusable.forEach((t, i) => {
          if (typeof t === 'string' && !ctx.typeIds.has(t)) err(`confusable[${i}]`, `Unknown customer type id "${t}"`);
        });
      }

      if (typeof rec.guide === 'string') {
        const [guideId = '', anchor] = rec.guide.split('#', 2);
        const anchors = ctx.anchors.get(guideId);
        if (!anchors) err('guide', `Guide "${guideId}" does not exist`);
        else if (anchor !== undefined && !anchors.has(anchor)) err('guide', `Guide "${guideId}" has no anchor "#${anchor}"`);
      }

      if (parsed.success) {
        items.push(parsed.data);
        formItems.push(parsed.data);
        for (const p of itemFormProblems(parsed.data)) err(p.field, p.message);
      }
    });
    for (const p of bankFormProblems(formItems)) errors.push({ file, ...p });
  }

  for (const topic of QUIZ_TOPICS) {
    const n = counts.get(topic) ?? 0;
    if (n < min) {
      errors.push({ file: `content/kuis/${topic}.yaml`, item: '', field: 'topic', message: `Topic "${topic}" has ${n} items; it needs at least ${min}` });
    }
  }
  return { items, errors };
}

/** The errors of {@link parseBank}; empty when the bank is sound. The build throws on any. */
export function validateBank(files: readonly BankFile[], ctx: BankContext): BankError[] {
  return parseBank(files, ctx).errors;
}
