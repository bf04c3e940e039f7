/**
 * The "Your bill" view's URL contract. A link carries the usage summary (`s`: the compact,
 * versioned aggregate of lib/usage/permalink.ts: per model and tier, requests and tokens by
 * kind, the period, what the export was grouped by; never a project, user, key or file) and the
 * view's settings: the reasoning assumption, the repricing table's tier and sort.
 *
 * Client-safe and light: the summary's codec has no money code, so the page's first load stays
 * small. An unreadable value parses to null: the page falls back to its default and says why.
 */
import { createLoader, createParser, createSerializer, parseAsStringLiteral, type SearchParams } from "nuqs/server";

import {
  DEFAULT_USAGE_SORT,
  MAX_REASONING_SHARE_PERCENT,
  REPRICE_TIERS,
  USAGE_SORT_COLUMNS,
  type RepriceTier,
  type UsageSort,
  type UsageSortColumn,
} from "@/lib/usage/options";
import { decodeUsageSummary, encodeLinkForm } from "@/lib/usage/permalink";
import type { ReasoningAssumption } from "@/lib/usage/reprice";
import type { UsageAggregate } from "@/lib/usage/types";

import { findIgnoredParams } from "./ignored";
import type { LinkContract } from "./page";
import { parseAsWholeNumber } from "./parsers";

export const USAGE_PATH = "/usage";
export { DEFAULT_USAGE_SORT, type UsageSort };

/** The summary's link text, or "" when it is too large for a link (the view then writes none). */
export function summaryText(aggregate: UsageAggregate): string {
  const encoded = encodeLinkForm(aggregate);
  return encoded.ok ? encoded.value : "";
}

/** The aggregate in link form (lib/usage/permalink.ts: linkAggregate); unreadable summaries are null. */
export const parseAsUsageSummary = createParser<UsageAggregate>({
  parse(value) {
    const decoded = decodeUsageSummary(value);
    return decoded.ok ? decoded.aggregate : null;
  },
  serialize: summaryText,
  eq: (a, b) => a === b || summaryText(a) === summaryText(b),
});

/** "monthly" ascending, "-monthly" descending. */
export const parseAsUsageSort = createParser<UsageSort>({
  parse(value) {
    const desc = value.startsWith("-");
    const column = desc ? value.slice(1) : value;
    return (USAGE_SORT_COLUMNS as readonly string[]).includes(column) ? { column: column as UsageSortColumn, desc } : null;
  },
  serialize: (s) => `${s.desc ? "-" : ""}${s.column}`,
  eq: (a, b) => a.column === b.column && a.desc === b.desc,
});

const parseAsSharePercent = parseAsWholeNumber(0, MAX_REASONING_SHARE_PERCENT);

export const usageParsers = {
  summary: parseAsUsageSummary,
  /** The share of the target's output you expect to be reasoning; null: output as in the file. */
  reasoning: parseAsSharePercent,
  /** The share of the file's output that was reasoning (its reasoning models); null: the same as the target's. */
  fileReasoning: parseAsSharePercent,
  tier: parseAsStringLiteral(REPRICE_TIERS).withDefault("as-run" satisfies RepriceTier),
  sort: parseAsUsageSort.withDefault(DEFAULT_USAGE_SORT),
};

export const usageUrlKeys = {
  // Not `s` (the wizard's step) or `rsn` (reasoning tokens a day): one key, one meaning (url-keys.test.ts).
  summary: "sum",
  reasoning: "rs",
  fileReasoning: "rsf",
  tier: "tier",
  sort: "sort",
} as const;

export const loadUsageParams = createLoader(usageParsers, { urlKeys: usageUrlKeys });
export const serializeUsage = createSerializer(usageParsers, { urlKeys: usageUrlKeys });
export type UsageState = Awaited<ReturnType<typeof loadUsageParams>>;

/** The reasoning assumption a state describes; null: every target writes the file's output. */
export function usageReasoning(state: Pick<UsageState, "reasoning" | "fileReasoning">): ReasoningAssumption | null {
  if (state.reasoning === null) return null;
  return { targetSharePercent: state.reasoning, sourceSharePercent: state.fileReasoning };
}

/**
 * Parameters present but unreadable. The summary is not listed here: the page explains what is
 * wrong with it (lib/url/usage-page.ts). The file's share means something only beside the
 * target's, so alone it is ignored.
 */
export function ignoredUsageParams(searchParams: SearchParams): ReturnType<typeof findIgnoredParams> {
  const state = loadUsageParams(searchParams);
  return findIgnoredParams(searchParams, usageParsers, usageUrlKeys, {
    fileReasoning: () => state.reasoning !== null,
  }).filter((p) => p.key !== usageUrlKeys.summary);
}

export function sanitizeUsageState(state: UsageState): UsageState {
  return state.reasoning === null && state.fileReasoning !== null ? { ...state, fileReasoning: null } : state;
}

/** How the page loader reads a "Your bill" link (lib/url/usage-page.ts). */
export const usageLink: LinkContract<UsageState, null> = {
  keys: Object.values(usageUrlKeys),
  load: loadUsageParams,
  sanitize: sanitizeUsageState,
  ignored: ignoredUsageParams,
  serialize: serializeUsage,
};

/** The canonical link to a state (defaults left out): "Copy link", and every link into the view. */
export function usageHref(state: Partial<UsageState>): string {
  return serializeUsage(USAGE_PATH, state);
}
