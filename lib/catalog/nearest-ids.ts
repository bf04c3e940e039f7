/**
 * "Did you mean": the catalog IDs nearest to one that is not in it, for the page an unknown
 * /models/<id> gets. Near means a few typing slips away (edit distance, a swap of two neighbours
 * counting as one slip) or one ID extending the other ("gpt-5" → "gpt-5-mini"; a made-up
 * snapshot date → its alias). Case does not matter.
 */

/** At most this many suggestions: a short list to choose from, not a second catalog. */
export const MAX_SUGGESTIONS = 3;
/** One slip per this many characters typed (at least one): "gpt-4o-mni" (10) allows 2. */
const CHARS_PER_SLIP = 4;
/** Only the start of a very long query is compared: distance costs length × length. */
const MAX_QUERY_LENGTH = 80;

export function nearestIds(query: string, ids: readonly string[], limit = MAX_SUGGESTIONS): string[] {
  const q = query.trim().toLowerCase().slice(0, MAX_QUERY_LENGTH);
  if (q === "") return [];
  const maxSlips = Math.max(1, Math.floor(q.length / CHARS_PER_SLIP));
  return ids
    .map((id) => {
      const known = id.toLowerCase();
      return {
        id,
        slips: editDistance(q, known),
        prefix: sharedPrefix(q, known),
        extends: known.startsWith(q) || q.startsWith(known),
      };
    })
    .filter((c) => c.slips > 0 && (c.slips <= maxSlips || c.extends))
    .sort((a, b) => a.slips - b.slips || b.prefix - a.prefix || a.id.localeCompare(b.id))
    .slice(0, limit)
    .map((c) => c.id);
}

/** Length of the common start of two strings. */
function sharedPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each count 1 ("gtp" is one slip from "gpt").
 */
export function editDistance(a: string, b: string): number {
  // Rows i-2, i-1 and i of the (a.length + 1) × (b.length + 1) table.
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
