/**
 * The source article's scenario, defined once for every view that prices a workload: 1M input
 * + 500K output tokens a day over a 30-day month, nothing cached, no reasoning tokens. The
 * calculator, compare, wizard and migration planner start from it; their links leave it out.
 */
import type { Workload } from "./types";

export const ARTICLE_INPUT_TOKENS_PER_DAY = 1_000_000;
export const ARTICLE_OUTPUT_TOKENS_PER_DAY = 500_000;
/** The article's month: the default wherever a month is not chosen, and fixed where it cannot be. */
export const DAYS_PER_MONTH = 30;

export const ARTICLE_WORKLOAD: Workload = {
  inputTokensPerDay: ARTICLE_INPUT_TOKENS_PER_DAY,
  outputTokensPerDay: ARTICLE_OUTPUT_TOKENS_PER_DAY,
  reasoningTokensPerDay: 0,
  cachedPercent: 0,
  daysPerMonth: DAYS_PER_MONTH,
  inputTokensPerRequest: null,
};
