// Reads what a trainer pastes into "Rekap kelas": the result messages of a class as WhatsApp
// gives them, several at once and in any order, among other chat lines. WhatsApp puts a prefix
// before each message, by how it was taken out and the phone's language:
//   copied (Android):      [06/12/26 10.15] Budi: Hasil kuis …
//   copied (iPhone):       [06/12/26 10.15.03] Budi: Hasil kuis …
//   exported (Android):    06/12/26 10.15 - Budi: Hasil kuis …
//   exported (iPhone):     [06/12/26 10.15.03] Budi: Hasil kuis …   (lines may start with U+200E)
//   English-language phones: [12/6/26, 10:15 AM] Budi: …   12/6/26, 10:15 - Budi: …
// The message's own lines follow without a prefix. One copied by itself has no prefix at all.
// A message runs from its first line ("Hasil kuis latihan …") to its code line (result-code.ts);
// everything else is chat and is skipped. Nothing here knows the answers: class-summary.ts
// scores what this reads.
import { trainerSendWords } from '../../i18n/id-trainer-send';
import { CODE_LABEL, isCodeLine, normName, parseResultCode, type CodeProblem, type ResultCode } from './result-code';

/** A message read whole: who, when, what they claim, and the code. */
export interface PastedResult {
  /** The trainee's name from the message's "Nama:" line. */
  readonly name: string;
  /** WhatsApp's date and time of the message as written there, or the message's own date line. */
  readonly when: string;
  /** The score line's claim, checked against the answers once they are scored. */
  readonly claimed: { readonly correct: number; readonly total: number } | null;
  readonly code: ResultCode;
  /** The message as pasted, prefix removed, for the trainer to see what was read. */
  readonly text: string;
}

/** Why a message was not read (keys of the page's words, `classSummary.reason.*`). */
export type UnreadReason = 'cut' | 'noStart' | 'noName' | CodeProblem;

export interface UnreadMessage {
  readonly reason: UnreadReason;
  /** Who it seems to be from: the "Nama:" line, else WhatsApp's sender, else empty. */
  readonly who: string;
  readonly when: string;
  /** The message's first line, shortened: enough to find it in the chat. */
  readonly excerpt: string;
}

export interface PasteReading {
  readonly results: readonly PastedResult[];
  readonly unread: readonly UnreadMessage[];
}

const DATE = String.raw`\d{1,4}[./-]\d{1,2}[./-]\d{1,4}`;
const TIME = String.raw`\d{1,2}[.:]\d{2}(?:[.:]\d{2})?(?: ?[AaPp]\.? ?[Mm]\.?)?`;
/** A WhatsApp message prefix: the date and time (bracketed, or followed by " - ") and the sender. */
const PREFIX = new RegExp(String.raw`^(?:\[(${DATE},? ${TIME})\] ?|(${DATE},? ${TIME}) [-–] )([^:\n]{1,80}?): ?`);
/** Marks WhatsApp adds: direction marks, and the edit note of an edited message in an export. */
const MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const EDIT_NOTE = /\s*<[^<>]*(?:diedit|edited)[^<>]*>\s*$/i;

const fixed = (template: string) => template.slice(0, template.indexOf('{')).trim();
const HEAD = trainerSendWords['trainer.resultHead'];
const NAME = fixed(trainerSendWords['trainer.resultName']);
const DATE_LINE = fixed(trainerSendWords['trainer.resultDate']);
/** The score line's template as a pattern: `Skor: 9 dari 12 …`. */
const SCORE = new RegExp(
  `^${trainerSendWords['trainer.resultScore']
    .replace(/[.*+?^$()|[\]\\]/g, '\\$&')
    .replace('{correct}', '(\\d+)')
    .replace('{total}', '(\\d+)')
    .replace(/\{\w+\}/g, '\\d+')}`,
);

interface Line {
  readonly text: string;
  readonly when: string;
  readonly sender: string;
  /** Whether WhatsApp started a new message here. */
  readonly prefixed: boolean;
}

function splitLine(raw: string): Line {
  const line = raw.replace(MARKS, '').replace(/[\u00a0\u202f]/g, ' ').replace(EDIT_NOTE, '');
  const m = PREFIX.exec(line);
  if (!m) return { text: line.trim(), when: '', sender: '', prefixed: false };
  return { text: line.slice(m[0].length).trim(), when: (m[1] ?? m[2] ?? '').trim(), sender: (m[3] ?? '').trim(), prefixed: true };
}

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);
const after = (line: string, label: string) => (line.startsWith(label) ? line.slice(label.length).trim() : undefined);

interface Block {
  readonly first: Line;
  readonly lines: string[];
}

function readBlock({ first, lines }: Block, codeLine: string): PastedResult | UnreadMessage {
  const nameLine = lines.map((l) => after(l, NAME)).find((v) => v !== undefined);
  const name = normName(nameLine ?? '');
  const dateLine = lines.map((l) => after(l, DATE_LINE)).find((v) => v !== undefined) ?? '';
  const when = first.when || dateLine;
  const unread = (reason: UnreadReason): UnreadMessage => ({ reason, who: name || first.sender, when, excerpt: short(first.text) });
  if (name === '') return unread('noName');
  const read = parseResultCode(codeLine, name);
  if ('problem' in read) return unread(read.problem);
  const score = lines.map((l) => SCORE.exec(l)).find((m) => m !== null);
  const claimed = score ? { correct: Number(score[1]), total: Number(score[2]) } : null;
  return { name, when, claimed, code: read.code, text: [...lines, codeLine].join('\n') };
}

/** Every result message in `paste`, read or listed as not read with the reason, in paste order. */
export function readPaste(paste: string): PasteReading {
  const results: PastedResult[] = [];
  const unread: UnreadMessage[] = [];
  let open: Block | null = null;
  const cut = () => {
    if (open) unread.push({ reason: 'cut', who: normName(open.lines.map((l) => after(l, NAME)).find((v) => v !== undefined) ?? '') || open.first.sender, when: open.first.when, excerpt: short(open.first.text) });
    open = null;
  };
  for (const raw of paste.split(/\r\n|\r|\n/)) {
    const line = splitLine(raw);
    // A new WhatsApp message ends the one before: a result without its code line was cut short.
    if (line.prefixed) cut();
    if (line.text === HEAD || line.text.startsWith(`${HEAD} `)) {
      cut();
      open = { first: line, lines: [line.text] };
    } else if (isCodeLine(line.text)) {
      const block: Block | null = open;
      if (block) {
        const r = readBlock(block, line.text);
        if ('code' in r) results.push(r);
        else unread.push(r);
      } else unread.push({ reason: 'noStart', who: line.sender, when: line.when, excerpt: short(line.text.slice(0, CODE_LABEL.length + 30)) });
      open = null;
    } else if (open) (open as Block).lines.push(line.text);
  }
  cut();
  return { results, unread };
}
