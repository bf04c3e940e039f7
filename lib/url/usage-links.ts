/**
 * "Your bill" → the calculator and the migration planner: the file's daily volumes written by
 * each target view's own href builder, so the links are canonical (and
 * lib/url/cross-view-links.test.ts feeds them back into those views' loaders). Volumes beyond a
 * view's limits are clamped to them, as that view would.
 */
import { LIMITS } from "@/lib/cost/workload";
import type { DailyVolumes } from "@/lib/usage/handoff";

import { calculatorHref } from "./calculator";
import { MAX_TOKENS_PER_DAY, MAX_TOKENS_PER_REQUEST, migratePlanHref } from "./migrate";

const clamp = (n: number, max: number) => Math.min(Math.max(0, Math.round(n)), max);

/**
 * The calculator with the file's models in focus and its daily input, output and cached share
 * (tokens per day; Standard tier, the calculator's default). `retired` shows models that can no
 * longer be called, so a focus naming one is not hidden.
 */
export function usageCalculatorHref(volumes: DailyVolumes, models: readonly string[], retired = false): string {
  return calculatorHref({
    models: [...models],
    inputPerDay: clamp(volumes.inputPerDay, LIMITS.tokensPerDay.max),
    outputPerDay: clamp(volumes.outputPerDay, LIMITS.tokensPerDay.max),
    cachedPercent: clamp(volumes.cachedPercent, LIMITS.cachedPercent.max),
    ...(retired ? { retired } : {}),
  });
}

/** The planner for one model of the file, with that model's daily volumes and average request size. */
export function usageMigrateHref(from: string, volumes: DailyVolumes): string {
  const perRequest = volumes.inputPerRequest;
  return migratePlanHref({
    from,
    inPerDay: clamp(volumes.inputPerDay, MAX_TOKENS_PER_DAY),
    outPerDay: clamp(volumes.outputPerDay, MAX_TOKENS_PER_DAY),
    // The planner reads 1 token or more per request; an average of 0 says nothing.
    ...(perRequest !== null && perRequest >= 1 ? { perRequest: clamp(perRequest, MAX_TOKENS_PER_REQUEST) } : {}),
  });
}
