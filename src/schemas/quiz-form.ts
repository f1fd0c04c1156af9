// Checks that a quiz item cannot be answered from the form of its options alone. A trainee who
// always picks the longest (or the most detailed) option must not pass: the right option may be
// the longest (or the shortest) in at most a third of a bank's sentence-option items, and no option may be so short
// that it reads as a throw-away. Pure functions: the bank check and the guessing figures use them.

/** The fields of an option this check reads. */
export interface FormOption {
  id: string;
  text: string;
  type?: string | undefined;
}

/** The fields of an item this check reads. */
export interface FormItem {
  id: string;
  answer: string;
  options: readonly FormOption[];
}

/** A type's name ("Pelanggan yang diam", "Pelanggan yang sedang marah") has at most this many words. */
export const TYPE_NAME_MAX_WORDS = 5;

/** An option shorter than this share of the item's longest option fails. */
export const MIN_LENGTH_SHARE = 0.4;

/** Largest share of a bank's sentence-option items whose right option may be the longest (and, apart, the shortest). */
export const MAX_LONGEST_SHARE = 1 / 3;

const words = (text: string): number => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * A sentence-option item is any item that is not a pure type-recognition item. A type-recognition
 * item names a customer type in every option (`type` set, text a short name), so its options cannot
 * differ in length or detail in a way that hints at the answer. Every other item (options without
 * `type`, or a `type` option written as a sentence) is checked for form.
 */
export function isSentenceItem(item: FormItem): boolean {
  return item.options.some((o) => o.type === undefined || words(o.text) > TYPE_NAME_MAX_WORDS);
}

/** Length as a reader judges it: characters of the trimmed text with runs of spaces collapsed. */
export function optionLength(text: string): number {
  return text.trim().replace(/\s+/g, ' ').length;
}

/**
 * How much detail an option packs in: list separators, joined steps and numbers. A trainee who
 * cannot tell the answer may pick the option that "says more"; the guessing figures measure it.
 */
export function detailScore(text: string): number {
  const t = ` ${text.toLowerCase()} `;
  const separators = (t.match(/[,;:→]/g) ?? []).length;
  const joins = (t.match(/\s(dan|lalu|serta|atau|kemudian|sambil|sebelum|setelah)\s/g) ?? []).length;
  const numbers = (t.match(/\d+/g) ?? []).length;
  return separators + joins + numbers;
}

/**
 * How "nice" an option sounds: courtesy and care words a guesser might follow in handling items
 * (apologise, polite, honest, listen, ask, note down). Used only for the guessing figures.
 */
export function courtesyScore(text: string): number {
  return (text.match(/\b(maaf|sopan|tulus|jujur|empati|tenang|terima kasih|dengarkan|mendengarkan|akui|mengakui|tanyakan|catat|mencatat)\b/gi) ?? []).length;
}

/** Ids of the options that share the top score (more than one on a tie). */
function topIds(options: readonly FormOption[], score: (o: FormOption) => number): string[] {
  const best = Math.max(...options.map(score));
  return options.filter((o) => score(o) === best).map((o) => o.id);
}

/** True when the right option is the longest (ties included: a tie still points at it). */
export function answerIsLongest(item: FormItem): boolean {
  return topIds(item.options, (o) => optionLength(o.text)).includes(item.answer);
}

/** True when the right option is the shortest (ties included). */
export function answerIsShortest(item: FormItem): boolean {
  return topIds(item.options, (o) => -optionLength(o.text)).includes(item.answer);
}

/** One form problem: the item (empty for the whole bank), the field and the message. */
export interface FormProblem {
  item: string;
  field: string;
  message: string;
}

/** Per item: every option of a sentence-option item is at least {@link MIN_LENGTH_SHARE} of its longest. */
export function itemFormProblems(item: FormItem): FormProblem[] {
  if (!isSentenceItem(item) || item.options.length === 0) return [];
  const longest = Math.max(...item.options.map((o) => optionLength(o.text)));
  const problems: FormProblem[] = [];
  item.options.forEach((o, i) => {
    const n = optionLength(o.text);
    if (n < MIN_LENGTH_SHARE * longest) {
      problems.push({
        item: item.id,
        field: `options[${i}].text`,
        message: `Option is ${n} characters, under ${Math.round(MIN_LENGTH_SHARE * 100)}% of this item's longest option (${longest}); write it as a real, specific choice`,
      });
    }
  });
  return problems;
}

/**
 * Across one bank file: always picking the longest option may score at most a third of its
 * sentence-option items, and (so that "never the longest" is no rule either) so may always
 * picking the shortest. A tie for longest counts as the share a blind pick among the tied would
 * get (1 of k), so equal-length options are not penalised.
 */
export function bankFormProblems(items: readonly FormItem[]): FormProblem[] {
  const sentence = items.filter(isSentenceItem);
  const allowed = sentence.length * MAX_LONGEST_SHARE;
  const problems: FormProblem[] = [];
  const strategies = [
    ['longest', answerIsLongest, (o: FormOption) => optionLength(o.text)],
    ['shortest', answerIsShortest, (o: FormOption) => -optionLength(o.text)],
  ] as const;
  for (const [which, test, score] of strategies) {
    const expected = expectedScore(sentence, score);
    if (expected <= allowed + 1e-9) continue;
    problems.push({
      item: '',
      field: 'answer',
      message:
        `Always picking the ${which} option scores ${round1(expected)} of ${sentence.length} sentence-option items ` +
        `(right option ${which} in ${sentence.filter(test).map((i) => i.id).join(', ')}); at most a third (${round1(allowed)}) may be won that way`,
    });
  }
  return problems;
}

const round1 = (n: number) => String(Math.round(n * 10) / 10);

/** What blind strategies score on a bank's sentence-option items (a tie counts as a fraction). */
export interface GuessingFigures {
  sentenceItems: number;
  /** Items whose right option is the longest (ties included). */
  answerLongest: number;
  /** Expected right answers when always picking the longest option (a tie picked at random). */
  pickLongest: number;
  /** Items whose right option is the shortest (ties included). */
  answerShortest: number;
  /** Expected right answers when always picking the shortest option (the counter-strategy). */
  pickShortest: number;
  /** Expected right answers when always picking the most detailed option (see {@link detailScore}). */
  pickMostDetailed: number;
  /** Expected right answers when always picking the most courteous option (see {@link courtesyScore}). */
  pickMostCourteous: number;
  /** Expected right answers when picking at random. */
  pickRandom: number;
}

function expectedScore(items: readonly FormItem[], score: (o: FormOption) => number): number {
  return items.reduce((sum, item) => {
    const top = topIds(item.options, score);
    return sum + (top.includes(item.answer) ? 1 / top.length : 0);
  }, 0);
}

export function guessingFigures(items: readonly FormItem[]): GuessingFigures {
  const sentence = items.filter(isSentenceItem);
  return {
    sentenceItems: sentence.length,
    answerLongest: sentence.filter(answerIsLongest).length,
    pickLongest: expectedScore(sentence, (o) => optionLength(o.text)),
    answerShortest: sentence.filter(answerIsShortest).length,
    pickShortest: expectedScore(sentence, (o) => -optionLength(o.text)),
    pickMostDetailed: expectedScore(sentence, (o) => detailScore(o.text)),
    pickMostCourteous: expectedScore(sentence, (o) => courtesyScore(o.text)),
    pickRandom: sentence.reduce((sum, item) => sum + 1 / item.options.length, 0),
  };
}
