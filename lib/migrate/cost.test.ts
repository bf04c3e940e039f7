import { describe, expect, it } from "vitest";

import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import { compareCost, costChangeText } from "./cost";
import { migrationModel } from "./fixtures.test-helpers";

describe("compareCost (fixture catalog, article workload)", () => {
  it("bills reasoning tokens on the reasoning replacement only", () => {
    const c = compareCost(migrationModel("gamma-mini"), migrationModel("beta-lite"), {
      ...ARTICLE,
      reasoningTokensPerDay: 100_000,
    });
    // gamma-mini does not reason: still $0.90 a day → $27.
    expect(c.before).toMatchObject({ perMonth: "27" });
    // beta-lite: $0.35 + 100K × $0.50 / 1M = $0.40 a day → $12.
    expect(c.after).toMatchObject({ perMonth: "12" });
    expect([c.deltaPerMonth, c.deltaPercent]).toEqual(["-15", "-55.6"]);
  });

  it("has no difference when either side is unpriced, or when there is no target", () => {
    // omega-2024-05-13 publishes no Standard price of its own.
    const unpriced = compareCost(migrationModel("omega-2024-05-13"), migrationModel("beta-lite"), ARTICLE);
    expect(unpriced.before).toMatchObject({ ok: false, reason: "no-price" });
    expect([unpriced.deltaPerMonth, unpriced.deltaPercent]).toEqual([null, null]);
    expect(compareCost(migrationModel("beta-lite"), null, ARTICLE)).toMatchObject({ after: null, deltaPerMonth: null });
  });
});

describe("costChangeText", () => {
  it("words the difference", () => {
    const cost = (from: string, to: string) => compareCost(migrationModel(from), migrationModel(to), ARTICLE);
    expect(costChangeText(cost("gamma-mini", "beta-lite"))).toBe("saves 61.1%");
    // gamma-nano $9 → alpha-nano $11.25: +2.25 / 9 = +25%.
    expect(costChangeText(cost("gamma-nano", "alpha-nano"))).toBe("costs 25% more");
    expect(costChangeText(cost("alpha-nano-2026-03-01", "alpha-nano"))).toBe("same cost");
    expect(costChangeText(cost("beta-lite", "omega-2024-05-13"))).toBe("needs a price on both sides");
  });
});
