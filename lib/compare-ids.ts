/**
 * Model IDs in reading order, digits compared as numbers: "gpt-4.1-mini" < "gpt-4o-mini" <
 * "gpt-5-mini" < "gpt-10". The same order as `a.localeCompare(b, "en", { numeric: true })` for
 * IDs (lower-case letters, digits, "-", ".", "_"), without ICU: the first collator a page builds
 * costs 20–55 ms of main thread, and the calculator sorted its rows with one while it hydrated
 * (issue 15). compare-ids.test.ts checks the two orders agree.
 */

/** A digit run is one unit (compared as a number); any other character is a unit of its own. */
const UNIT = /\d+|\D/g;

/** ICU's root order: punctuation (in this order) before digits before letters. */
const PUNCTUATION = "_-,;:!?.";
function rank(unit: string): number {
  if (/^\d/.test(unit)) return 100;
  if (/^[a-z]$/i.test(unit)) return 200;
  const i = PUNCTUATION.indexOf(unit);
  return i < 0 ? 50 : i;
}

export function compareIds(a: string, b: string): number {
  const x = a.toLowerCase().match(UNIT) ?? [];
  const y = b.toLowerCase().match(UNIT) ?? [];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const byRank = rank(p) - rank(q);
    if (byRank) return byRank;
    if (rank(p) === 100) {
      // As numbers, without Number(): a digit run may be longer than a double holds.
      const pn = p.replace(/^0+(?=\d)/, "");
      const qn = q.replace(/^0+(?=\d)/, "");
      if (pn.length !== qn.length) return pn.length - qn.length;
      if (pn !== qn) return pn < qn ? -1 : 1;
      continue;
    }
    return p < q ? -1 : 1;
  }
  return x.length - y.length;
}
