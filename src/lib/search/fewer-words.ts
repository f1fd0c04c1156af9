// Pagefind finds only pages that hold every word of a query. When none does, the search tries
// again with fewer words; these are the queries it tries, best first.

/**
 * Words that carry no topic in how owners phrase a search ("mau lapor ke BPSK", "gimana cara
 * balas review jelek banget"): dropped first when a query finds nothing.
 */
const FILLER = new Set([
  'ada', 'adalah', 'agar', 'aja', 'aku', 'apa', 'atau', 'bagaimana', 'banget', 'biar', 'bisa', 'buat', 'cara', 'dan',
  'dari', 'deh', 'di', 'dong', 'gimana', 'gitu', 'gue', 'gw', 'harus', 'ingin', 'ini', 'itu', 'jadi', 'kalau', 'kalo',
  'kami', 'kenapa', 'ke', 'kita', 'kok', 'lagi', 'mau', 'mengapa', 'nih', 'pengen', 'pingin', 'saya', 'sangat', 'sekali',
  'sih', 'supaya', 'sudah', 'tolong', 'udah', 'untuk', 'ya', 'yang', 'yg',
]);

/** Subsets of `words` with `k` of them, earlier words kept first, in their typed order. */
function* subsets(words: readonly string[], k: number, from = 0): Generator<string[]> {
  if (k === 0) {
    yield [];
    return;
  }
  for (let i = from; i <= words.length - k; i++) {
    for (const rest of subsets(words, k - 1, i + 1)) yield [words[i]!, ...rest];
  }
}

/**
 * Shorter queries to try, in order, when `query` finds nothing: first without filler words, then
 * with one topic word fewer at a time, down to single words. Words keep the case and order they
 * were typed in; a word typed twice counts once. At most `max` queries; none for a one-word query.
 */
export function fewerWords(query: string, max = 12): string[] {
  const seen = new Set<string>();
  const words = query.split(/\s+/).filter((w) => w && !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()));
  if (words.length < 2) return [];
  const full = words.join(' ');
  const topic = words.filter((w) => !FILLER.has(w.toLowerCase()));
  const base = topic.length > 0 ? topic : words;
  const out: string[] = [];
  const add = (ws: readonly string[]) => {
    const q = ws.join(' ');
    if (q !== full && !out.includes(q)) out.push(q);
  };
  if (topic.length > 0) add(topic);
  for (let k = base.length - 1; k >= 1 && out.length < max; k--) {
    for (const ws of subsets(base, k)) {
      add(ws);
      if (out.length >= max) break;
    }
  }
  return out.slice(0, max);
}
