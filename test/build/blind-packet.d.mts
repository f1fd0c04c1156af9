/** An item as the bank holds it; the packet reads these fields. */
export interface PacketItem {
  id: string;
  scenario: string;
  question: string;
  answer: string;
  guide: string;
  options: { id: string; text: string; type?: string; explanation?: string }[];
}
/** One line of a packet's key. */
export interface KeyItem {
  /** Number in the packet. */
  n: number;
  id: string;
  kind: 'label' | 'sentence';
  /** Letter of the right option. */
  right: string;
  /** Letter → option id. */
  letters: Record<string, string>;
}
export interface PacketKey {
  bank: string;
  player: string;
  seed: string;
  items: KeyItem[];
}
export interface Tally {
  right: number;
  of: number;
}
export interface Score {
  all: Tally;
  label: Tally;
  sentence: Tally;
  /** Cue named → how often it was named and how often the answer was right. */
  cues: Record<string, Tally>;
  /** `id (chosen→right)` for every item missed or unanswered. */
  missed: string[];
  /** `id: cue` for every right answer won by a cue other than knowledge. */
  cueWins: string[];
}
export const CUES: readonly string[];
export function packet(bank: string, items: readonly PacketItem[], player: string, seed: string): { body: string; key: PacketKey };
export function score(answers: string, key: PacketKey): Score;
export function guideText(guideId: string, root?: string): string;
export function bandsText(metric: string, root?: string): string;
export function surveyQuestionText(metric: string, root?: string): string;
export function readBanks(root?: string): { bank: string; items: PacketItem[] }[];
export function writePackets(options: { out: string; seed: string; players: string[]; banks: string[] }): string[];
