// Checks that a quiz item cannot be answered from the form of its options alone. A trainee who
// always picks the longest (or the most detailed) option must not pass: the right option may be
// the longest (or the shortest) in at most a third of a bank's sentence-option items, and no option
// may be so short that it reads as a throw-away. Nor may wording give the answer away: absolute
// words only in wrong options, the right option echoing the scenario, the right option being the
// most careful-sounding or the most concrete (a time, a date, an amount), near-twin options where
// the more concrete one wins (see "Wording cues" below), or a scenario that denies a type's sign in
// so many words ("tidak digaji", "tidak menjual") and so crosses that option out. Pure functions:
// the bank check and the guessing figures use them.

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
  /** The situation; the echo check compares options with it. */
  scenario?: string | undefined;
  /** The question; read with the scenario by the echo check. */
  question?: string | undefined;
  /** Label items: whether the first, everyday reading gives the right answer (see {@link surfaceProblems}). */
  surface?: 'right' | 'wrong' | undefined;
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

/**
 * Per item: every option of a sentence-option item is at least {@link MIN_LENGTH_SHARE} of its
 * longest, and (any item) the scenario does not rule an option out by its own words
 * ({@link ruledOutProblems}).
 */
export function itemFormProblems(item: FormItem): FormProblem[] {
  return [...lengthProblems(item), ...ruledOutProblems(item)];
}

function lengthProblems(item: FormItem): FormProblem[] {
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
 * get (1 of k), so equal-length options are not penalised. The wording cues of
 * {@link bankCueProblems} are checked with it.
 */
export function bankFormProblems(items: readonly FormItem[]): FormProblem[] {
  return [...bankLengthProblems(items), ...bankCueProblems(items), ...surfaceProblems(items), ...markerProblems(items)];
}

/** The length half of {@link bankFormProblems}. */
export function bankLengthProblems(items: readonly FormItem[]): FormProblem[] {
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
  /** All items (label items too), for the wording cues below. */
  items: number;
  /** Chance over all items: the sum of 1/(number of options). */
  fair: number;
  /** Expected right answers over all items when always picking the option that echoes the scenario most. */
  pickMostEchoing: number;
  /** Expected right answers over all items when always picking the most careful-sounding option. */
  pickMostCareful: number;
  /** Expected right answers over all items when always picking the most concrete option (times, dates, amounts). */
  pickMostSpecific: number;
  /** Expected right answers over all items when picking the more concrete of two near-twin options (else at random). */
  pickSpecificTwin: number;
}

function expectedScore(items: readonly FormItem[], score: (o: FormOption, item: FormItem) => number): number {
  return items.reduce((sum, item) => {
    const top = topIds(item.options, (o) => score(o, item));
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
    items: items.length,
    fair: fairShare(items),
    pickMostEchoing: cueScore(items, echoOf),
    pickMostCareful: cueScore(items, hedgeOf),
    pickMostSpecific: cueScore(items, specificOf),
    pickSpecificTwin: twinScore(items),
  };
}

// ---------------------------------------------------------------------------------------------
// Wording cues. A test-wise trainee who never read a guide still wins an item when the right
// option is the one that (a) avoids the absolute words the wrong ones use, (b) repeats the
// scenario's own words, or (c) sounds the most careful. Each of these may point at the right
// option no more often than chance would (plus one item of slack: a bank of 14 cannot hit its
// fair share exactly). Chance is the sum over items of 1/(number of options); a tie for the top
// counts as 1 of k, so items whose options all score alike cost nothing.
// ---------------------------------------------------------------------------------------------

/** Absolute words: in wrong options only, they tell a trainee which options to skip. */
export const ABSOLUTE_WORDS = ['selalu', 'pasti', 'langsung', 'hanya', 'semua', 'tidak pernah'] as const;

/** Items a cue may win beyond its fair share in one bank (see above). */
export const CUE_SLACK = 1;

const ABSOLUTE_RE = new RegExp(`\\b(${ABSOLUTE_WORDS.join('|')})(?:nya|lah)?\\b`, 'gi');

/** The absolute words (base form, lowercase) an option's text uses, once each. */
export function absoluteWords(text: string): string[] {
  return [...new Set([...text.matchAll(ABSOLUTE_RE)].map((m) => m[1]!.toLowerCase()))];
}

/**
 * Hedges: waiting, checking first, "not yet", "probably", and (named by round 2's blind players,
 * who won six measuring items with them) keeping the method the same, comparing like with like,
 * pooling before reading: "tetap", "sama", "konsisten", "bandingkan", "gabungkan", "bisa karena".
 * Each counts once per occurrence.
 */
const HEDGE_RE =
  /\b(dulu|dahulu|belum|mungkin|kemungkinan|barangkali|bisa jadi|bisa karena|sebaiknya|cari tahu|mencari tahu|pastikan|memastikan|periksa|memeriksa|cek|mengecek|tanyakan|menanyakan|tunggu|menunggu|sementara|kira-kira|sekitar|perkiraan|cenderung|biasanya|umumnya|sebagian|beberapa|tergantung|asalkan|kecuali|hati-hati|sesekali|bertahap|kumpulkan|mengumpulkan|dikumpulkan|tetap|sama|konsisten|bandingkan|membandingkan|dibandingkan|gabungkan|menggabungkan|digabungkan)\b/gi;

/** Sure-sounding words beyond the six absolute ones; they count against carefulness. */
const SURE_RE = new RegExp(`\\b(${[...ABSOLUTE_WORDS, 'seluruh', 'sama sekali', 'mutlak'].join('|')})(?:nya|lah)?\\b`, 'gi');

/** How careful an option sounds: hedges minus sure-sounding words. */
export function hedgeScore(text: string): number {
  return (text.match(HEDGE_RE) ?? []).length - (text.match(SURE_RE) ?? []).length;
}

/** Function words that say nothing about an option's content. */
const STOPWORDS = new Set(
  (
    'yang dan di ke dari untuk ini itu dengan atau pada dalam akan sudah telah ia dia mereka anda kami kita saya ' +
    'agar supaya karena lalu juga ada bisa dapat oleh sebagai lebih sangat para tetapi namun bila jika kalau ' +
    'sebuah seorang tersebut hal apa mana siapa bagaimana mengapa sebaiknya paling tepat termasuk jenis menurut ' +
    'dilihat sisi saat masih tidak bukan pun tak nya lah kah pelanggan'
  ).split(' '),
);

/**
 * A rough Indonesian stem: suffixes -nya/-lah/-kah, -kan/-an/-i, then prefixes di-, ke-, se-, ter-,
 * ber-, per-, meN-, peN-. Rough on purpose: two words match when one stem ends with the other
 * (see {@link echoScore}), which also pairs "mengeluh" with "keluhan" and "menjual" with "jual".
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  for (const suffix of ['nya', 'lah', 'kah']) if (w.length > 5 && w.endsWith(suffix)) w = w.slice(0, -suffix.length);
  for (const suffix of ['kan', 'an', 'i']) {
    if (w.length > 5 && w.endsWith(suffix)) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  const prefix = /^(meng|meny|mem|men|me|peng|peny|pem|pen|pe|ber|be|ter|per|di|ke|se)/.exec(w)?.[0];
  if (prefix && w.length - prefix.length >= 4) w = w.slice(prefix.length);
  return w;
}

/** The distinct content stems of a text. */
export function contentStems(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9]+(?:-[a-z0-9]+)*/g) ?? [];
  return new Set(words.filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map(stem));
}

const stemsMatch = (a: string, b: string) => a === b || (Math.min(a.length, b.length) >= 4 && (a.endsWith(b) || b.endsWith(a)));

/** How many of an option's content words the scenario and question already use. */
export function echoScore(text: string, itemText: string): number {
  const source = [...contentStems(itemText)];
  let n = 0;
  for (const s of contentStems(text)) if (source.some((t) => stemsMatch(s, t))) n++;
  return n;
}

/** The item's own words, which options may echo. */
const itemWords = (item: FormItem) => `${item.scenario ?? ''} ${item.question ?? ''}`;

/** Expected right answers when always picking the option with the top score (a tie picked at random). */
export function cueScore(items: readonly FormItem[], score: (o: FormOption, item: FormItem) => number): number {
  return expectedScore(items, score);
}

/** Expected right answers when picking at random: the fair share of any blind rule. */
export function fairShare(items: readonly FormItem[]): number {
  return items.reduce((sum, item) => sum + (item.options.length ? 1 / item.options.length : 0), 0);
}

/** Items where a score puts the right option alone at the top (for the messages). */
function topAlone(items: readonly FormItem[], score: (o: FormOption, item: FormItem) => number): string[] {
  return items.filter((item) => {
    const top = topIdsOf(item, score);
    return top.length === 1 && top[0] === item.answer;
  }).map((i) => i.id);
}

function topIdsOf(item: FormItem, score: (o: FormOption, item: FormItem) => number): string[] {
  return topIds(item.options, (o) => score(o, item));
}

export const echoOf = (o: FormOption, item: FormItem) => echoScore(o.text, itemWords(item));
export const hedgeOf = (o: FormOption) => hedgeScore(o.text);
export const specificOf = (o: FormOption) => specificityScore(o.text);

// ---------------------------------------------------------------------------------------------
// Specificity. A blind player who cannot tell two options apart picks the one that names a
// concrete time, date or amount ("kabari paling lambat pukul 15.00" over "kabari secepatnya").
// Where the site's answer is the concrete one, every other option must be as concrete, or the
// cue wins the item. Two checks: always picking the most concrete option, and, where two options
// are near-twins (most of their content words shared), picking the more concrete twin.
// ---------------------------------------------------------------------------------------------

const NUMBER_RE = /\d+(?:[.,]\d+)*/g;
const CONCRETE_WORD_RE =
  /\b(jam|menit|detik|hari|pekan|minggu|bulan|tahun|pukul|tanggal|besok|lusa|senin|selasa|rabu|kamis|jumat|sabtu|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|belas|puluh|ratus|ribu|juta|separuh|setengah|persen)\b/gi;

/** How concrete an option is: numbers plus time, date, count and amount words, each occurrence. */
export function specificityScore(text: string): number {
  return (text.match(NUMBER_RE) ?? []).length + (text.match(CONCRETE_WORD_RE) ?? []).length;
}

/** Two options at least this similar (shared content words over all content words) are near-twins. */
export const TWIN_SIMILARITY = 0.5;

/** Shared content stems over all content stems of two texts (0 to 1). */
export function similarity(a: string, b: string): number {
  const sa = [...contentStems(a)];
  const sb = [...contentStems(b)];
  if (sa.length === 0 || sb.length === 0) return 0;
  const shared = sa.filter((s) => sb.some((t) => stemsMatch(s, t))).length;
  return shared / (sa.length + sb.length - shared);
}

/**
 * The near-twins of an item: the most similar pair of options (at least {@link TWIN_SIMILARITY}),
 * with every option that is a near-twin of one of them. Undefined when there is no such pair, or
 * when every option is a near-twin of the others (parallel options: nothing stands out).
 */
export function twinGroup(item: FormItem): FormOption[] | undefined {
  const sim = (a: FormOption, b: FormOption) => similarity(a.text, b.text);
  let best: [FormOption, FormOption] | undefined;
  let top = TWIN_SIMILARITY - 1e-9;
  item.options.forEach((a, i) =>
    item.options.slice(i + 1).forEach((b) => {
      const s = sim(a, b);
      if (s > top) [top, best] = [s, [a, b]];
    }),
  );
  if (!best) return undefined;
  const group = [...best];
  for (let grew = true; grew; ) {
    grew = false;
    for (const o of item.options) {
      if (!group.includes(o) && group.some((g) => sim(g, o) >= TWIN_SIMILARITY)) {
        group.push(o);
        grew = true;
      }
    }
  }
  return group.length < item.options.length ? group : undefined;
}

/** The most concrete options of an item's near-twins (more than one on a tie); undefined without twins. */
function concreteTwins(item: FormItem): FormOption[] | undefined {
  const group = twinGroup(item);
  if (!group) return undefined;
  const best = Math.max(...group.map((o) => specificityScore(o.text)));
  return group.filter((o) => specificityScore(o.text) === best);
}

/** What picking the most concrete near-twin (a tie at random; no twins, any option at random) wins on one item. */
function twinPick(item: FormItem): number {
  const picked = concreteTwins(item);
  if (!picked) return item.options.length ? 1 / item.options.length : 0;
  return picked.some((o) => o.id === item.answer) ? 1 / picked.length : 0;
}

/** Expected right answers when always picking the more concrete near-twin. */
export function twinScore(items: readonly FormItem[]): number {
  return items.reduce((sum, item) => sum + twinPick(item), 0);
}

/** Items where the right option alone is the most concrete of its near-twins (for the messages). */
function concreteTwinWins(items: readonly FormItem[]): string[] {
  return items.filter((item) => {
    const picked = concreteTwins(item);
    return picked?.length === 1 && picked[0]!.id === item.answer && twinGroup(item)!.length > 1;
  }).map((i) => i.id);
}

// ---------------------------------------------------------------------------------------------
// A scenario that rules an option out by its own words. "Ia tidak digaji oleh usaha itu" crosses
// out "Pelanggan internal" before the trainee has to know anything; "tidak pernah menjual" crosses
// out "Pelanggan perantara". The scenario should show what the person does and let the site's rule
// decide, not deny a type's sign outright. The phrases are a short list, per type, of the denials
// blind players have used; positive facts ("ia membayar harga penuh") are the item's business.
// ---------------------------------------------------------------------------------------------

/** Per type id: phrases that deny one of its signs outright. */
export const RULED_OUT_BY: Readonly<Record<string, readonly RegExp[]>> = {
  'posisi-internal': [/\b(tidak|bukan)\s+(di)?gaji/i, /\bbukan\s+(karyawan|pegawai|orang dalam)/i, /\btidak\s+(lagi\s+)?bekerja\s+(di|untuk|pada)\b/i, /\bberhenti\s+bekerja/i],
  'posisi-perantara': [/\b(tidak|bukan)\s+(pernah\s+)?(untuk\s+)?(di|men)jual/i],
  'posisi-eksternal': [/\b(tidak|bukan)\s+(pernah\s+)?(untuk\s+)?(di|me)makai/i],
  'hubungan-marah': [/\b(tidak|belum)\s+(pernah\s+)?(mengeluh|komplain)/i],
  'karakter-hemat': [/\b(tidak|tanpa)\s+(pernah\s+)?menawar/i, /\b(tidak|tanpa)\s+(bertanya|menanyakan)\s+(soal\s+)?(harga|promo|diskon)/i],
  'karakter-sulit': [/\btidak\s+(meragukan|curiga)/i],
  'karakter-berwawasan': [/\btidak\s+(menanyakan|bertanya\s+(soal|tentang))\s+(bahan|spesifikasi)/i],
  'dasar-marah': [/\btidak\s+(marah|kesal|kecewa)/i],
  'istilah-klien': [/\b(tidak ada|tanpa)\s+kontrak/i],
  'istilah-konsumen': [/\btidak\s+(akan\s+)?memakai/i],
  'istilah-pelanggan': [/\b(tidak|bukan)\s+(yang\s+)?(membayar|membeli)/i],
};

/** Per item: no option whose type the scenario denies in so many words. */
export function ruledOutProblems(item: FormItem): FormProblem[] {
  const text = item.scenario ?? '';
  return item.options.flatMap((o, i) => {
    const hit = (RULED_OUT_BY[o.type ?? ''] ?? []).map((re) => re.exec(text)?.[0]).find(Boolean);
    return hit
      ? [{ item: item.id, field: `options[${i}]`, message: `The scenario says "${hit}", which rules out "${o.text}" by its own words; show what the person does and let the site's rule decide` }]
      : [];
  });
}

/**
 * Across one bank file: (1) every absolute word used in a wrong option is also used in some right
 * option; (2) always picking the option that repeats most of the scenario's words, (3) always
 * picking the most careful-sounding option, (4) always picking the most concrete one, and (5)
 * picking the more concrete of two near-twin options, each win no more than the fair share plus
 * {@link CUE_SLACK}. Messages name the items the cue wins outright.
 */
export function bankCueProblems(items: readonly FormItem[]): FormProblem[] {
  const problems: FormProblem[] = [];
  const inWrong = new Map<string, string[]>();
  const inRight = new Set<string>();
  for (const item of items) {
    for (const o of item.options) {
      for (const w of absoluteWords(o.text)) {
        if (o.id === item.answer) inRight.add(w);
        else inWrong.set(w, [...(inWrong.get(w) ?? []), `${item.id} ${o.id}`]);
      }
    }
  }
  for (const [word, where] of inWrong) {
    if (inRight.has(word)) continue;
    problems.push({
      item: '',
      field: 'options',
      message:
        `"${word}" appears only in wrong options (${where.join(', ')}), so a trainee who skips it wins those items; ` +
        'use it in a right option too, or reword',
    });
  }
  const fair = fairShare(items);
  const allowed = fair + CUE_SLACK;
  const cues = [
    ['repeats most of the scenario\'s words', echoOf],
    ['sounds the most careful (hedges such as "dulu", "belum", "cari tahu" minus absolute words)', hedgeOf],
    ['is the most concrete (times, dates, amounts, counts)', specificOf],
  ] as const;
  for (const [what, score] of cues) {
    const won = cueScore(items, score);
    if (won <= allowed + 1e-9) continue;
    problems.push({
      item: '',
      field: 'answer',
      message:
        `Always picking the option that ${what} scores ${round1(won)} of ${items.length} items ` +
        `(right option alone on top in ${topAlone(items, score).join(', ') || 'none'}); ` +
        `chance gives ${round1(fair)}, and at most ${round1(allowed)} may be won that way`,
    });
  }
  const twins = twinScore(items);
  if (twins > allowed + 1e-9) {
    problems.push({
      item: '',
      field: 'answer',
      message:
        `Picking the more concrete of two near-twin options scores ${round1(twins)} of ${items.length} items ` +
        `(right option the more concrete twin in ${concreteTwinWins(items).join(', ') || 'none'}); ` +
        `chance gives ${round1(fair)}, and at most ${round1(allowed)} may be won that way: make the twins equally concrete`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// The bank-wide twist. Round 2's blind players won every label item of three banks by one rule:
// "the type the label, the wealth or the history suggests is the trap; today's behaviour decides".
// Each item was fair; the bank was not, because the obvious reading was wrong in every item. So
// each label item declares `surface`: whether the reading a reader without the guide takes first
// (the record's label, the wealth, the long history, the loud voice, the everyday sense of the
// word) gives the right answer. In each bank the obvious reading must be right in about half of
// its label items, so that neither "take the obvious type" nor "the obvious type is the trap" is a
// rule. The declaration is the author's; a reviewer checks it, the build checks the balance.
// ---------------------------------------------------------------------------------------------

/** Smallest and largest share of a bank's label items whose obvious reading is wrong. */
export const SURFACE_WRONG_SHARE = [0.4, 0.6] as const;

/** Label items (every option a type name): the ones the twist rule could decide. */
const labelItems = (items: readonly FormItem[]) => items.filter((i) => !isSentenceItem(i) && i.options.some((o) => o.type));

/**
 * Across one bank file: every label item declares `surface`, and the share declared `wrong` lies
 * within {@link SURFACE_WRONG_SHARE} (rounded outwards, so 4 to 6 of 10 and 4 to 7 of 11).
 */
export function surfaceProblems(items: readonly FormItem[]): FormProblem[] {
  const labels = labelItems(items);
  if (labels.length === 0) return [];
  const problems: FormProblem[] = labels
    .filter((i) => i.surface === undefined)
    .map((i) => ({ item: i.id, field: 'surface', message: 'A label item declares `surface: right` or `surface: wrong`: does the obvious reading (label, wealth, history, loud voice, everyday sense of the word) give the right answer?' }));
  if (problems.length > 0) return problems;
  const wrong = labels.filter((i) => i.surface === 'wrong');
  const [lo, hi] = [Math.floor(SURFACE_WRONG_SHARE[0] * labels.length), Math.ceil(SURFACE_WRONG_SHARE[1] * labels.length)];
  if (wrong.length < lo || wrong.length > hi) {
    problems.push({
      item: '',
      field: 'surface',
      message:
        `The obvious reading is wrong in ${wrong.length} of ${labels.length} label items (${wrong.map((i) => i.id).join(', ') || 'none'}); ` +
        `keep it between ${lo} and ${hi}, or "the obvious type is the trap" (or "take the obvious type") becomes a rule that wins the bank`,
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Words that say "now". Round 2's players read "saat ini", "pada kunjungan ini", "dalam percakapan
// ini", "malam ini", "pertama kalinya" as the item saying "today's behaviour decides". In a label
// item's question such a word must be in every label item's question of the bank or in none (the
// question is a template, not a hint); in scenarios each marker must appear about as often in items
// whose obvious reading is right as in items whose obvious reading is wrong.
// ---------------------------------------------------------------------------------------------

/** Markers of "now" (and of "the first time") that round 2's players used; lowercase. */
export const NOW_MARKERS = [
  'saat ini',
  'saat itu',
  'hari ini',
  'kali ini',
  'pagi ini',
  'siang ini',
  'sore ini',
  'malam ini',
  'sekarang',
  'kini',
  'pada kunjungan ini',
  'dalam percakapan ini',
  'pertama kali',
] as const;

const markerRe = (m: string) => new RegExp(`(?<![\\p{L}])${m.replace(/ /g, '\\s+')}(?:nya)?(?![\\p{L}])`, 'iu');

/** The markers a text uses (each once). */
export function nowMarkers(text: string): string[] {
  return NOW_MARKERS.filter((m) => markerRe(m).test(text));
}

/** Across one bank file: markers in label questions are all-or-none; in scenarios, balanced by `surface`. */
export function markerProblems(items: readonly FormItem[]): FormProblem[] {
  const labels = labelItems(items);
  const problems: FormProblem[] = [];
  for (const m of NOW_MARKERS) {
    const inQuestion = labels.filter((i) => nowMarkers(i.question ?? '').includes(m));
    if (inQuestion.length > 0 && inQuestion.length < labels.length) {
      problems.push({
        item: '',
        field: 'question',
        message: `"${m}" is in the question of ${inQuestion.map((i) => i.id).join(', ')} but not of the bank's other label items; word the question the same in every label item, or a trainee reads the marker as the answer`,
      });
    }
    const inScenario = labels.filter((i) => i.surface && nowMarkers(i.scenario ?? '').includes(m));
    const wrong = inScenario.filter((i) => i.surface === 'wrong');
    const right = inScenario.filter((i) => i.surface === 'right');
    if (Math.abs(wrong.length - right.length) > CUE_SLACK) {
      problems.push({
        item: '',
        field: 'scenario',
        message:
          `"${m}" is in the scenario of ${wrong.length} label items whose obvious reading is wrong (${wrong.map((i) => i.id).join(', ') || 'none'}) ` +
          `and ${right.length} whose obvious reading is right (${right.map((i) => i.id).join(', ') || 'none'}); use it about as often in both, or drop it`,
      });
    }
  }
  return problems;
}
