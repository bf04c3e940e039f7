/** Hand-made usage aggregates for the analysis tests (imported only by *.test.ts). */
import { zeroCounts } from "./cells";
import { DAY, DAY0 } from "./pages.test-helpers";
import type { TokenCounts, UsageAggregate, UsageCell, UsageTier } from "./types";

export function usageCell(model: string, tier: UsageTier, counts: Partial<TokenCounts>): UsageCell {
  return { model, tier, ...zeroCounts(), ...counts };
}

export function aggregate(cells: UsageCell[], days = 30, reports: Partial<UsageAggregate["reports"]> = {}): UsageAggregate {
  return {
    period: { start: DAY0, end: DAY0 + days * DAY },
    cells,
    reports: { batch: true, serviceTier: true, cacheWrite: true, imageTokens: false, ...reports },
  };
}
