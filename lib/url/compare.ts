/**
 * The compare view's URL contract: parsers (shared by the server loader and the client hook),
 * short URL keys, the loader, the serializer ("Copy link"), the list of ignored parameters and
 * the resolution of the linked model IDs against the catalog.
 *
 *   /compare?m=gpt-5.4-mini,gpt-5.4-nano&d=1&in=2000000&out=300000&tier=batch
 *
 * `m` is what the catalog's "Compare selected" link writes. The workload keys (`in`, `out`,
 * `tier`) are the calculator's, with the calculator's defaults, so "price this in the
 * calculator" is the same numbers under the same names.
 */
import { createLoader, createParser, createSerializer, parseAsStringLiteral, throttle, type SearchParams } from "nuqs/server";

import { ARTICLE_INPUT_TOKENS_PER_DAY, ARTICLE_OUTPUT_TOKENS_PER_DAY } from "@/lib/cost/article-workload";
import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { AS_OF_KEY, asOfParser, isAsOfInRange } from "./as-of";
import { findIgnoredParams } from "./ignored";
import { echo, type LinkProblem } from "./link-guard";
import { MAX_LIST_ITEMS, parseAsStrictBoolean, parseAsWholeNumber, sameList, SERVER_TYPING_URL_THROTTLE_MS } from "./parsers";

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;
/** The calculator's ceiling for tokens per day (10^11): beyond it a figure is a typo or an attack. */
export const MAX_TOKENS_PER_DAY = 100_000_000_000;
/** The article's workload, also the calculator's default. */
export const DEFAULT_INPUT_PER_DAY = ARTICLE_INPUT_TOKENS_PER_DAY;
export const DEFAULT_OUTPUT_PER_DAY = ARTICLE_OUTPUT_TOKENS_PER_DAY;
/** The calculator's tiers: "price this in the calculator" carries the tier as it is. */
export const COMPARE_TIERS = SERVICE_TIERS;

export const COMPARE_PATH = "/compare";

/**
 * A comma list of model IDs, kept as written (the page resolves it against the catalog and says
 * what it left out). A link may name more models than we show, but not absurdly many.
 */
const parseAsLinkedModels = createParser<string[]>({
  parse(value) {
    const items = value
      .split(",")
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean);
    return items.length > MAX_LIST_ITEMS ? null : items;
  },
  serialize: (items) => items.join(","),
  eq: sameList,
});

const parseAsTokens = parseAsWholeNumber(0, MAX_TOKENS_PER_DAY);

const typing = { limitUrlUpdates: throttle(SERVER_TYPING_URL_THROTTLE_MS), history: "replace", shallow: false } as const;

export const compareParsers = {
  /** Choosing models is a step: it pushes a history entry, and the server re-renders the rows. */
  models: parseAsLinkedModels.withDefault([]).withOptions({ history: "push", shallow: false }),
  /** A display toggle: the rows are already on the page, so no server round trip. */
  diffOnly: parseAsStrictBoolean.withDefault(false).withOptions({ history: "replace" }),
  inputPerDay: parseAsTokens.withDefault(DEFAULT_INPUT_PER_DAY).withOptions(typing),
  outputPerDay: parseAsTokens.withDefault(DEFAULT_OUTPUT_PER_DAY).withOptions(typing),
  tier: parseAsStringLiteral(COMPARE_TIERS).withDefault("standard").withOptions({ history: "replace", shallow: false }),
  /** Prices and statuses as of this day; null is today (lib/url/as-of.ts). */
  on: asOfParser,
};

export const compareUrlKeys = {
  models: "m",
  diffOnly: "d",
  inputPerDay: "in",
  outputPerDay: "out",
  tier: "tier",
  on: AS_OF_KEY,
} as const;

export const COMPARE_KEYS = Object.values(compareUrlKeys);

export const loadCompareParams = createLoader(compareParsers, { urlKeys: compareUrlKeys });
export const serializeCompare = createSerializer(compareParsers, { urlKeys: compareUrlKeys });
export type CompareState = Awaited<ReturnType<typeof loadCompareParams>>;

/** The canonical, short link to a compare state (defaults left out): "Copy link", and every link into compare. */
export function compareHref(state: Partial<CompareState>): string {
  return serializeCompare(COMPARE_PATH, state);
}

/**
 * Parameters present but unreadable as a whole (the model list is resolved item by item below),
 * and an "as of" day out of range for `today`.
 */
export function ignoredCompareParams(searchParams: SearchParams, today: string) {
  return findIgnoredParams(searchParams, compareParsers, compareUrlKeys, {
    on: (parsed) => isAsOfInRange(parsed as string, today),
  });
}

type ResolvedModels = { ids: string[]; problems: LinkProblem[] };

const MAX_LISTED = 5;
const list = (xs: string[]) =>
  xs
    .slice(0, MAX_LISTED)
    .map((x) => `“${echo(x)}”`)
    .join(", ") + (xs.length > MAX_LISTED ? ` and ${xs.length - MAX_LISTED} more` : "");

/**
 * The models to show: known IDs, each once, at most four, in the link's order. Everything left
 * out is named in a problem, so the page can say what it did with the link.
 */
export function resolveCompareModels(requested: readonly string[], known: ReadonlySet<string>): ResolvedModels {
  const ids: string[] = [];
  const unknown: string[] = [];
  const repeated: string[] = [];
  for (const id of requested) {
    if (!known.has(id)) unknown.push(id);
    else if (ids.includes(id)) repeated.push(id);
    else ids.push(id);
  }
  const problems: LinkProblem[] = [];
  const key = compareUrlKeys.models;
  if (unknown.length) {
    problems.push({ key, message: `Not in the catalog, left out: ${list(unknown)}.` });
  }
  if (repeated.length) problems.push({ key, message: `Listed more than once, shown once: ${list(repeated)}.` });
  if (ids.length > MAX_COMPARED) {
    problems.push({
      key,
      message: `Compare shows up to ${MAX_COMPARED} models; left out: ${list(ids.slice(MAX_COMPARED))}.`,
    });
  }
  return { ids: ids.slice(0, MAX_COMPARED), problems };
}
