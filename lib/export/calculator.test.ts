import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { calculatorRows } from "@/lib/cost/calculator-rows";
import { toCalculatorModels } from "@/lib/cost/calculator-models";
import { calculatorExportTable } from "./calculator";
import { toCsv } from "./table";
import { ARTICLE_WORKLOAD as article } from "@/lib/cost/article-workload";

const models = toCalculatorModels(loadCatalog(), "2026-11-25").filter((m) =>
  ["gpt-4.1-nano", "gpt-4o-mini", "gpt-4.1-mini", "gpt-6-luna"].includes(m.id),
);

describe("calculatorExportTable", () => {
  it("exports the rows in table order with exact money and units in the header", () => {
    const rows = calculatorRows(models, article, { tier: "standard", budget: null, requestsPerDay: null, sort: { column: "month", desc: false } });
    const table = calculatorExportTable(rows, "standard", false);
    expect(table.rows.map((r) => [r.model, r.perMonth, r.relative])).toEqual([
      ["gpt-4.1-nano", "9", "1"],
      ["gpt-6-luna", "10.5", "1.17"],
      ["gpt-4o-mini", "13.5", "1.5"],
      ["gpt-4.1-mini", "36", "4"],
    ]);
    const header = toCsv(table).split("\r\n")[0];
    expect(header).toContain("Cost per month (USD)");
    expect(header).not.toContain("Budget");
  });

  it("says why a row has no price instead of inventing one, and adds budget columns on request", () => {
    const rows = calculatorRows(models, article, { tier: "flex", budget: "100", requestsPerDay: null, sort: { column: "month", desc: false } });
    const table = calculatorExportTable(rows, "flex", true);
    const nano = table.rows.find((r) => r.model === "gpt-4.1-nano")!;
    expect(nano.perMonth).toBeNull();
    expect(nano.note).toBe("No flex tier");
    const luna = table.rows.find((r) => r.model === "gpt-6-luna")!;
    expect(luna.perMonth).toBe("5.25");
    expect(table.columns.map((c) => c.key)).toContain("budgetTokens");
    expect(luna.budgetTimes).not.toBeNull();
  });
});
