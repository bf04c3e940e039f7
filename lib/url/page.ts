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

/**
 * What a page loader needs of a view's URL module to read a link against what the catalog knows
 * (`known`: the IDs, families or benchmarks that exist).
 */
export type LinkContract<S, K> = {
  /** Every key a link of the view may carry (a repeat of any of them is noticed). */
  keys: readonly string[];
  load: (searchParams: SearchParams) => S;
  /** Drops what parses but names nothing the catalog knows, or contradicts another value. */
  sanitize: (state: S, known: K) => S;
  ignored: (searchParams: SearchParams, known: K) => IgnoredParam[];
  serialize: (state: S) => string;
};

/** The link read through the view's contract: the parts of a page every view shares. */
export function readLink<S, K>(
  searchParams: SearchParams,
  contract: LinkContract<S, K>,
  known: K,
): Omit<ViewPage<S>, "verifiedOn"> {
  const state = contract.sanitize(contract.load(searchParams), known);
  return {
    state,
    ...linkReport(searchParams, contract.keys, contract.ignored(searchParams, known)),
    query: contract.serialize(state),
  };
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
