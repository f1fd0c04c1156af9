// The machine-readable last line of a trainee's result message, read back by "Rekap kelas"
// (/kuis/rekap-kelas/). A public contract (README, "The result message"): messages already sent
// must stay readable, so a new form gets a new version tag and v1 is read forever.
//
//   Kode rekap: v1 topik=posisi,hubungan jumlah=12 seed=k3x9q2mz jawaban=pos-03:b,hub-07:-,… cek=1x2y3z
//
// `jawaban` lists every item asked, in the order asked, with the option chosen (`-`: none).
// `cek` is a checksum over the name and the fields, so a message changed by hand is told apart
// from one the quiz wrote. It catches edits, not a determined forger: the page is a teaching aid.
import { QUIZ_TOPICS } from '../../schemas/quiz-topics';
import { hashString } from './rng';
import { TRAINER_SIZE_MAX, TRAINER_SIZE_MIN } from './trainer-link';

/** How the line starts; a person reading the message sees what it is for. */
export const CODE_LABEL = 'Kode rekap:';
export const CODE_VERSION = 'v1';

export interface CodeAnswer {
  readonly itemId: string;
  /** Option id, or null when the item was not answered. */
  readonly chosen: string | null;
}

/** What a result's code line says: the link (topics, size, seed) and the answers. */
export interface ResultCode {
  /** Topic slugs as in the link, in bank order. */
  readonly topics: readonly string[];
  /** The link's `jumlah` (after reading it: 5–30). */
  readonly size: number;
  readonly seed: string;
  readonly answers: readonly CodeAnswer[];
}

/** Why a code line could not be read (a key of `src/i18n/id-class.ts`'s reasons). */
export type CodeProblem = 'codeVersion' | 'codeField' | 'codeEdited';

/** Item and option ids are slugs (src/schemas/quiz.ts): never a `,` or `:`. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEED = /^[A-Za-z0-9_-]{1,32}$/;

const answersText = (answers: readonly CodeAnswer[]) => answers.map((a) => `${a.itemId}:${a.chosen ?? '-'}`).join(',');

/** The name as it counts in the checksum: spaces collapsed, so a re-wrapped name still matches. */
export const normName = (name: string): string => name.replace(/\s+/g, ' ').trim();

function checksum(name: string, code: ResultCode): string {
  return hashString([CODE_VERSION, normName(name), code.topics.join(','), code.size, code.seed, answersText(code.answers)].join('|')).toString(36);
}

/** The code line of `name`'s result. */
export function formatResultCode(name: string, code: ResultCode): string {
  const fields = [`topik=${code.topics.join(',')}`, `jumlah=${code.size}`, `seed=${code.seed}`, `jawaban=${answersText(code.answers)}`];
  return `${CODE_LABEL} ${CODE_VERSION} ${fields.join(' ')} cek=${checksum(name, code)}`;
}

export const isCodeLine = (line: string): boolean => line.trimStart().startsWith(CODE_LABEL);

function readAnswers(text: string): CodeAnswer[] | undefined {
  const answers: CodeAnswer[] = [];
  const seen = new Set<string>();
  for (const pair of text.split(',')) {
    const [itemId = '', chosen = '', ...rest] = pair.split(':');
    if (rest.length > 0 || !SLUG.test(itemId) || seen.has(itemId) || !(chosen === '-' || SLUG.test(chosen))) return undefined;
    seen.add(itemId);
    answers.push({ itemId, chosen: chosen === '-' ? null : chosen });
  }
  return answers;
}

/**
 * Reads a code line written for `name`. Unknown fields are ignored (a later v1 may add some);
 * a missing or malformed field, or a checksum that does not match, is a problem.
 */
export function parseResultCode(line: string, name: string): { code: ResultCode } | { problem: CodeProblem } {
  const [version, ...tokens] = line.trim().slice(CODE_LABEL.length).trim().split(/\s+/);
  if (version !== CODE_VERSION) return { problem: 'codeVersion' };
  const fields = new Map<string, string>();
  for (const token of tokens) {
    const eq = token.indexOf('=');
    if (eq <= 0) return { problem: 'codeField' };
    const key = token.slice(0, eq);
    if (fields.has(key)) return { problem: 'codeField' };
    fields.set(key, token.slice(eq + 1));
  }
  const topics = (fields.get('topik') ?? '').split(',');
  const sizeText = fields.get('jumlah') ?? '';
  const size = Number(sizeText);
  const seed = fields.get('seed') ?? '';
  const answers = readAnswers(fields.get('jawaban') ?? '');
  const known = topics.every((t) => (QUIZ_TOPICS as readonly string[]).includes(t)) && new Set(topics).size === topics.length;
  if (!known || !/^\d{1,2}$/.test(sizeText) || size < TRAINER_SIZE_MIN || size > TRAINER_SIZE_MAX || !SEED.test(seed) || !answers || answers.length > size) {
    return { problem: 'codeField' };
  }
  const code: ResultCode = { topics, size, seed, answers };
  return fields.get('cek') === checksum(name, code) ? { code } : { problem: 'codeEdited' };
}

/** The link a code belongs to, as one key: messages are grouped by it, never mixed. */
export const linkKey = (code: Pick<ResultCode, 'topics' | 'size' | 'seed'>): string => `${code.topics.join(',')}|${code.size}|${code.seed}`;
