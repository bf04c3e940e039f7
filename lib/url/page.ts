/**
 * What every view's page loader (lib/url/<view>-page.ts) returns besides its own data: the
 * link's state as the view will show it, what the link carried that the view could not read
 * (ignored), what it did with the rest (problems), and the state's canonical query.
 *
 * A page calls its loader once per request: React's `cache()` (app/_lib/view-route.ts) shares
 * it between generateMetadata and the page, keyed by `searchParamsKey`, because the two are
 * handed different objects for the same query.
 */
import type { SearchParams } from "nuqs/server";
import type { IgnoredParam } from "./ignored";
import { linkProblems, type LinkProblem } from "./link-guard";

export type ViewPage<S> = {
  /** Sanitised: unknown IDs and contradictions dropped. The island starts from it. */
  state: S;
  ignored: IgnoredParam[];
  problems: LinkProblem[];
  /** The state's canonical query from the view's serializer ("" or "?…"). */
  query: string;
  /** The catalog's newest verified-on date (named in exports and share images). */
  verifiedOn: string;
};

/**
 * The link report of a view: unreadable parameters, then the link-wide problems (a key of the
 * view given twice, an overlong link) followed by the view's own.
 */
export function linkReport(
  searchParams: SearchParams,
  viewKeys: readonly string[],
  ignored: IgnoredParam[],
  viewProblems: LinkProblem[] = [],
): Pick<ViewPage<unknown>, "ignored" | "problems"> {
  return { ignored, problems: [...linkProblems(searchParams, viewKeys), ...viewProblems] };
}

type Entry = [string, string | string[]];

/** The same string for the same parameters, whatever object carries them. */
export function searchParamsKey(searchParams: SearchParams): string {
  const entries = Object.entries(searchParams).filter((e): e is Entry => e[1] !== undefined);
  return JSON.stringify(entries);
}

export function searchParamsFromKey(key: string): SearchParams {
  return Object.fromEntries(JSON.parse(key) as Entry[]);
}
