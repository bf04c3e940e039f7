/**
 * The choices the "Your bill" view offers, in a module of their own, free of decimal.js, so the
 * page's URL contract (lib/url/usage.ts) can name them without pulling the money code into the
 * page's first load.
 */
import { SERVICE_TIERS } from "@/lib/cost/tiers";

import { MESSAGES, problem } from "./problems";
import type { ServiceTier, TokenKind, UsageProblem } from "./types";

/** A reasoning share of 100 % would mean infinite output; 95 % already means 20× the visible output. */
export const MAX_REASONING_SHARE_PERCENT = 95;

/** Kinds of token as sentences name them: "12,000 cached input tokens". */
export const TOKEN_KIND_LABEL: Record<TokenKind, string> = {
  uncachedInput: "uncached input",
  cachedInput: "cached input",
  cacheWriteInput: "cache-write",
  output: "output",
};

/** "as-run" keeps every record on the tier it ran on; the others move all usage to one tier. */
export type RepriceTier = ServiceTier | "as-run";
export const REPRICE_TIERS: readonly RepriceTier[] = ["as-run", ...SERVICE_TIERS];

export const USAGE_SORT_COLUMNS = ["model", "monthly", "difference"] as const;
export type UsageSortColumn = (typeof USAGE_SORT_COLUMNS)[number];
export type UsageSort = { column: UsageSortColumn; desc: boolean };
/** Cheapest first: the question the repricing table answers. */
export const DEFAULT_USAGE_SORT: UsageSort = { column: "monthly", desc: false };

/**
 * The largest file read: 40 MiB. The bench's 100,000-row CSV export is about 20 MB; a month
 * of daily buckets grouped by model, project and key is far smaller. A 50 MB file is refused
 * with a message instead of holding the tab's memory (issue 17).
 */
export const MAX_USAGE_FILE_BYTES = 40 * 1024 * 1024;

/**
 * A file (bytes) or pasted text (characters: what it costs in memory) beyond the limit, refused
 * before anything is read: the page checks this itself, so a huge file never starts the worker.
 */
export function sizeProblem(name: string, size: number, limit = MAX_USAGE_FILE_BYTES): UsageProblem | null {
  return size > limit ? problem("too-large", name, MESSAGES.tooLarge(size, limit)) : null;
}

/** The sample exports in public/samples/ (scripts/generate-usage-samples.mjs writes them). */
export const SAMPLE_DIR = "/samples";
export const SAMPLE_FILE_NAMES = ["usage-completions.json", "costs.json", "usage-completions.csv", "costs.csv"] as const;
/** "Try with a sample": the dashboard's two CSV exports, so the costs reconcile too. */
export const TRY_SAMPLE_FILES = [
  "usage-completions.csv",
  "costs.csv",
] as const satisfies readonly (typeof SAMPLE_FILE_NAMES)[number][];
