// What quiz pages fetch instead of carrying the bank: one small JSON file per item
// (`/kuis/soal/<id>.json`, written by src/pages/kuis/soal/[id].json.ts), and, in the page, the
// index of stubs a session is drawn from. A page fetches only the items a session asks.
import type { QuizItem } from '../../schemas/quiz';
import { isRecord } from '../../schemas/shape';
import type { ItemStub } from './draw';

/** Where an item's "read more" link goes, and its text. */
export interface GuideLink {
  readonly href: string;
  /** The section's heading (or type name), then the guide's short title. */
  readonly label: string;
}

/** One item's file: the item, and its guide link resolved at build time. */
export interface ItemFile {
  readonly item: QuizItem;
  readonly link: GuideLink | null;
}

/** What a quiz page draws its sessions from, inline in the page (`<script type="application/json" data-quiz-index>`). */
export interface QuizIndex {
  /** The pool, in bank order. */
  readonly stubs: readonly ItemStub[];
  /** Type id → axis, for interleaving types of one axis. */
  readonly axes: readonly (readonly [string, string])[];
}

export const ITEM_DIR = '/kuis/soal/';

/** The address of an item's file. */
export const itemUrl = (id: string): string => `${ITEM_DIR}${id}.json`;

const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The item file of `id` from fetched JSON, or undefined when it is not one (a stale cache, a
 * host's error page): the fields the quiz shows are checked, the build checked the rest.
 */
export function readItemFile(raw: unknown, id: string): ItemFile | undefined {
  if (!isRecord(raw) || !isRecord(raw.item)) return undefined;
  const { item, link } = raw;
  if (item.id !== id || !isText(item.scenario) || !isText(item.question) || !isText(item.answer) || !isText(item.guide)) return undefined;
  const options = item.options;
  if (!Array.isArray(options) || options.length < 2) return undefined;
  if (!options.every((o: unknown) => isRecord(o) && isText(o.id) && isText(o.text) && isText(o.explanation))) return undefined;
  const goodLink = isRecord(link) && isText(link.href) && isText(link.label) ? { href: link.href, label: link.label } : null;
  return { item: item as unknown as QuizItem, link: goodLink };
}

/** The index a page carries in `<script type="application/json" data-quiz-index>` (QuizRoot.astro); empty when it has none. */
export function readIndex(page: Pick<Document, 'querySelector'>): QuizIndex {
  try {
    const raw = JSON.parse(page.querySelector('script[data-quiz-index]')?.textContent ?? '') as unknown;
    if (isRecord(raw) && Array.isArray(raw.stubs) && Array.isArray(raw.axes)) return raw as unknown as QuizIndex;
  } catch {
    // Only a broken build gets here; an empty pool makes the page say it could not load.
  }
  return { stubs: [], axes: [] };
}
