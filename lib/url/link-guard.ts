/**
 * Checks that apply to every view's link, whatever its parameters mean: a key given twice, or
 * a link so long it was probably mangled or hostile. Each check yields a plain message the page
 * shows in a notice; the view itself keeps working with the first value / its defaults.
 */
import type { SearchParams } from "nuqs/server";

/**
 * Longer than any link our serializers produce (a full catalog view is ~300 characters), far
 * shorter than what servers refuse (Node: 16 KB of headers). Beyond it we say so.
 */
export const MAX_LINK_QUERY_LENGTH = 2_000;
/** Longest value we echo back in a notice: the notice must not become a vehicle for spam. */
const MAX_ECHO = 60;

export type LinkProblem = { key: string; message: string };

/** A value as a notice may quote it. */
export function echo(value: string): string {
  return value.length > MAX_ECHO ? `${value.slice(0, MAX_ECHO)}…` : value;
}

/** Total length of the query as the server received it (keys, values, separators). */
function queryLength(searchParams: SearchParams): number {
  let n = 0;
  for (const [key, value] of Object.entries(searchParams)) {
    const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
    for (const v of values) n += key.length + 2 + v.length;
  }
  return n;
}

/** Keys of this view given more than once: the first value is used. */
export function duplicatedParams(searchParams: SearchParams, viewKeys: readonly string[]): LinkProblem[] {
  const out: LinkProblem[] = [];
  for (const key of viewKeys) {
    const v = searchParams[key];
    if (Array.isArray(v) && v.length > 1) {
      out.push({ key, message: `“${key}” appears ${v.length} times in the link; the first value is used.` });
    }
  }
  return out;
}

/** Generic link problems of a view: duplicated keys, then an overlong query. */
export function linkProblems(searchParams: SearchParams, viewKeys: readonly string[]): LinkProblem[] {
  const problems = duplicatedParams(searchParams, viewKeys);
  const length = queryLength(searchParams);
  if (length > MAX_LINK_QUERY_LENGTH) {
    problems.push({
      key: "(link)",
      message: `This link is unusually long (${length.toLocaleString("en-US")} characters); whatever could not be read uses its default.`,
    });
  }
  return problems;
}
