import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload.test-helpers";
import { compareCost } from "./cost";
import { toMigrationModel } from "./model";

const byId = new Map(loadCatalog().map(toMigrationModel).map((m) => [m.id, m]));

describe("compareCost (real catalog)", () => {
  it("bills reasoning tokens on the reasoning replacement only", () => {
    const c = compareCost(byId.get("gpt-4o-mini")!, byId.get("gpt-6-luna")!, { ...ARTICLE, reasoningTokensPerDay: 100_000 });
    expect(c.before).toMatchObject({ perMonth: "13.5" });
    // + 100K × $0.50 / 1M = $0.05 a day
    expect(c.after).toMatchObject({ perMonth: "12" });
  });
});
