// The quiz items a page has fetched (src/lib/quiz/item-file.ts): each once, kept for the visit;
// a failed fetch is tried again the next time it is asked for. The service worker keeps the
// files for offline use.
import { itemUrl, readItemFile } from '../../lib/quiz/item-file';
import type { QuizItem } from '../../schemas/quiz';
import type { ItemSource } from '../../stores/quiz';
import type { GuideLinks } from './types';

const items = new Map<string, QuizItem>();
const inFlight = new Map<string, Promise<boolean>>();

/** Guide links of the items fetched so far, by the items' `guide` target. */
export const fetchedLinks: GuideLinks = {};

function fetchItem(id: string): Promise<boolean> {
  const request = fetch(itemUrl(id))
    .then((response) => (response.ok ? response.json() : null))
    .then((raw: unknown) => {
      const file = readItemFile(raw, id);
      if (!file) return false;
      items.set(id, file.item);
      if (file.link) fetchedLinks[file.item.guide] = file.link;
      return true;
    })
    .catch(() => false)
    .finally(() => inFlight.delete(id));
  inFlight.set(id, request);
  return request;
}

export const itemFiles: ItemSource = {
  get: (id) => items.get(id),
  load: (ids) => Promise.all(ids.map((id) => (items.has(id) ? true : (inFlight.get(id) ?? fetchItem(id))))).then((ok) => ok.every(Boolean)),
};
