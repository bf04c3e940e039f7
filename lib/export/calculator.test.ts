import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";
import { ARTICLE_WORKLOAD as article } from "@/lib/cost/article-workload";
import { toCalculatorModels } from "@/lib/cost/calculator-models";
import { calculatorRows } from "@/lib/cost/calculator-rows";

import { calculatorExportTable } from "./calculator";
import { toCsv } from "./table";

const models = toCalculatorModels(fixtureCatalog, FIXTURE_TODAY).filter((m) =>
  ["gamma-nano", "gamma-mini", "beta-lite", "alpha-nano"].includes(m.id),
);

describe("calculatorExportTable", () => {
  it("exports the rows in table order with exact money and units in the header", () => {
    const rows = calculatorRows(models, article, {
      tier: "standard",
      budget: null,
      requestsPerDay: null,
      sort: { column: "month", desc: false },
    });
    const table = calculatorExportTable(rows, "standard", false);
    // Article workload a month: $9, $10.50, $11.25, $27; relative to $9: 1, 1.1666…, 1.25, 3.
    expect(table.rows.map((r) => [r.model, r.perMonth, r.relative])).toEqual([
      ["gamma-nano", "9", "1"],
      ["beta-lite", "10.5", "1.17"],
      ["alpha-nano", "11.25", "1.25"],
      ["gamma-mini", "27", "3"],
    ]);
    const header = toCsv(table).split("\r\n")[0];
    expect(header).toContain("Cost per month (USD)");
    expect(header).not.toContain("Budget");
  });

  it("says why a row has no price instead of inventing one, and adds budget columns on request", () => {
    const rows = calculatorRows(models, article, {
      tier: "flex",
      budget: "100",
      requestsPerDay: null,
      sort: { column: "month", desc: false },
    });
    const table = calculatorExportTable(rows, "flex", true);
    const nano = table.rows.find((r) => r.model === "gamma-nano")!;
    expect(nano.perMonth).toBeNull();
    expect(nano.note).toBe("No flex tier");
    // beta-lite on Flex: $0.05 + 0.5 × $0.25 = $0.175 a day → $5.25; $100 buys 19.047… times that.
    const lite = table.rows.find((r) => r.model === "beta-lite")!;
    expect(lite.perMonth).toBe("5.25");
    expect(table.columns.map((c) => c.key)).toContain("budgetTokens");
    expect(lite.budgetTimes).toBe("19.04");
    expect(nano.budgetTimes).toBeNull();
  });
});
