/**
 * The file's usage as daily volumes, for "Open in the calculator" and "Plan the migration": the
 * lead's links pass these through each view's own URL serializer. Whole numbers, as the
 * calculator's inputs are; the cached share in whole percent.
 */
import { Dec } from "@/lib/cost/decimal";

import { addCounts, zeroCounts } from "./cells";
import { SECONDS_PER_DAY } from "./numbers";
import type { UsageAggregate } from "./types";

export type DailyVolumes = {
  /** Exact length of the period in days ("30", "16.5"); the volumes are totals ÷ this. */
  days: string;
  requestsPerDay: number;
  /** Input tokens a day, cached and cache writes included. */
  inputPerDay: number;
  /** Output tokens a day, reasoning included. */
  outputPerDay: number;
  /** Cached share of input, whole percent 0–100. */
  cachedPercent: number;
  /** Average tokens per request; null without requests. */
  inputPerRequest: number | null;
  outputPerRequest: number | null;
};

const round = (d: Dec) => d.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();

/** Volumes of the given model IDs (default: all), or null when the file has no period. */
export function dailyVolumes(aggregate: UsageAggregate, models?: readonly string[]): DailyVolumes | null {
  if (!aggregate.period) return null;
  const wanted = models ? new Set(models) : null;
  const c = zeroCounts();
  for (const cell of aggregate.cells) if (!wanted || wanted.has(cell.model)) addCounts(c, cell);
  const days = new Dec(aggregate.period.end - aggregate.period.start).div(SECONDS_PER_DAY);
  const input = c.uncachedInput + c.cachedInput + c.cacheWriteInput;
  return {
    days: days.toFixed(),
    requestsPerDay: round(new Dec(c.requests).div(days)),
    inputPerDay: round(new Dec(input).div(days)),
    outputPerDay: round(new Dec(c.output).div(days)),
    cachedPercent: input > 0 ? round(new Dec(c.cachedInput).mul(100).div(input)) : 0,
    inputPerRequest: c.requests > 0 ? round(new Dec(input).div(c.requests)) : null,
    outputPerRequest: c.requests > 0 ? round(new Dec(c.output).div(c.requests)) : null,
  };
}
