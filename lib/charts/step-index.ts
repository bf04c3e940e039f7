/**
 * The keyboard of a chart that is one tab stop: arrow keys move the highlighted item, Home and
 * End jump to the ends. Bars run top to bottom, so Down and Right both mean "next" (a screen
 * reader user may reach for either, and recharts' charts use Left/Right).
 */
const MOVES: Record<string, "next" | "previous" | "first" | "last"> = {
  ArrowDown: "next",
  ArrowRight: "next",
  ArrowUp: "previous",
  ArrowLeft: "previous",
  Home: "first",
  End: "last",
};

/**
 * The item highlighted after `key`, or `undefined` when the key is not the chart's (let the
 * browser have it). From nothing highlighted, any move starts at the first item; moves stop at
 * the ends rather than wrap, so holding a key does not spin round.
 */
export function stepIndex(current: number | null, key: string, count: number): number | undefined {
  const move = MOVES[key];
  if (!move || count <= 0) return undefined;
  const last = count - 1;
  if (move === "first") return 0;
  if (move === "last") return last;
  if (current === null) return 0;
  const from = Math.min(Math.max(current, 0), last);
  return move === "next" ? Math.min(from + 1, last) : Math.max(from - 1, 0);
}
