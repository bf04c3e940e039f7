import { describe, expect, it } from "vitest";

import { LIMITS } from "@/lib/cost/workload";
import type { DailyVolumes } from "@/lib/usage/handoff";

import { MAX_TOKENS_PER_DAY, MAX_TOKENS_PER_REQUEST } from "./migrate";
import { usageCalculatorHref, usageMigrateHref } from "./usage-links";

const VOLUMES: DailyVolumes = {
  days: "30",
  requestsPerDay: 14_000,
  inputPerDay: 21_000_000,
  outputPerDay: 2_800_000,
  cachedPercent: 37,
  inputPerRequest: 1_500,
  outputPerRequest: 200,
};

describe("usage → calculator and planner links", () => {
  it("carry the daily volumes through each view's own href builder", () => {
    expect(usageCalculatorHref(VOLUMES, ["gpt-4o-mini", "gpt-6-luna"])).toBe(
      "/calculator?in=21000000&out=2800000&cache=37&m=gpt-4o-mini,gpt-6-luna",
    );
    expect(usageCalculatorHref(VOLUMES, ["gpt-3.5-turbo"], true)).toBe(
      "/calculator?in=21000000&out=2800000&cache=37&m=gpt-3.5-turbo&retired=1",
    );
    expect(usageMigrateHref("gpt-4o-mini-2024-07-18", VOLUMES)).toBe(
      "/migrate?from=gpt-4o-mini-2024-07-18&in=21000000&out=2800000&tpr=1500",
    );
  });

  it("clamp volumes to the target view's limits and leave out an unknown request size", () => {
    const huge: DailyVolumes = {
      ...VOLUMES,
      inputPerDay: 10 * LIMITS.tokensPerDay.max,
      outputPerDay: 10 * LIMITS.tokensPerDay.max,
      inputPerRequest: 10 * MAX_TOKENS_PER_REQUEST,
    };
    expect(usageCalculatorHref(huge, ["gpt-4o-mini"])).toBe(
      `/calculator?in=${LIMITS.tokensPerDay.max}&out=${LIMITS.tokensPerDay.max}&cache=37&m=gpt-4o-mini`,
    );
    expect(usageMigrateHref("gpt-4o-mini", huge)).toBe(
      `/migrate?from=gpt-4o-mini&in=${MAX_TOKENS_PER_DAY}&out=${MAX_TOKENS_PER_DAY}&tpr=${MAX_TOKENS_PER_REQUEST}`,
    );
    expect(usageMigrateHref("gpt-4o-mini", { ...VOLUMES, inputPerRequest: null })).toBe(
      "/migrate?from=gpt-4o-mini&in=21000000&out=2800000",
    );
  });
});
