import type { Workload } from "./types";

/** The source article's scenario: 1M input + 500K output tokens a day, 30-day month, nothing cached. */
export const ARTICLE_WORKLOAD: Workload = {
  inputTokensPerDay: 1_000_000,
  outputTokensPerDay: 500_000,
  reasoningTokensPerDay: 0,
  cachedPercent: 0,
  daysPerMonth: 30,
  inputTokensPerRequest: null,
};
