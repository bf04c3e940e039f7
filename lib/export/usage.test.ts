import { describe, expect, it } from "vitest";

import { aggregate, usageCell } from "@/lib/usage/aggregate.test-helpers";
import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/usage/fixtures.test-helpers";
import { periodInfo } from "@/lib/usage/period";
import { repriceTable } from "@/lib/usage/present";
import { repriceUsage } from "@/lib/usage/reprice";

import { toCsv } from "./table";
import { usageExportTitle, usageRepriceExportTable } from "./usage";

const AGG = aggregate([usageCell("gpt-4o-mini", "standard", { requests: 1000, uncachedInput: 1_000_000, output: 500_000 })], 17);
const rows = repriceUsage(AGG, fixtureCatalog(), { today: FIXTURE_TODAY }).rows;
const { priced } = repriceTable(rows, "standard", { column: "monthly", desc: false });

describe("usageRepriceExportTable", () => {
  const table = usageRepriceExportTable(priced, periodInfo(AGG.period!));

  it("has one row per model shown, in the table's order, money exact", () => {
    expect(table.rows.map((r) => r.model)).toEqual(["gpt-6-luna", "gpt-4o-mini", "gpt-4.1-mini", "gpt-5-mini"]);
    // gpt-6-luna over 17 days: $0.10 + $0.25 = $0.35; per 30 days × 30/17 = $0.6176470588…;
    // today's bill $0.45 → $0.7941176470…; the difference −$0.1764705882….
    expect(table.rows[0]).toMatchObject({
      tier: "Standard",
      status: "Active",
      shutdown: "",
      period: "0.35",
      complete: true,
      lowerBound: false,
    });
    expect(Number(table.rows[0]!.monthly)).toBeCloseTo(0.35 * (30 / 17), 12);
    expect(Number(table.rows[0]!.difference)).toBeCloseTo(-0.1 * (30 / 17), 12);
    expect(table.rows[0]!.percent).toBe("-22.2222");
    expect(table.rows[1]).toMatchObject({ model: "gpt-4o-mini", status: "Deprecated", shutdown: "2027-01-14", percent: "0" });
  });

  it("names the period and units in the header", () => {
    const header = toCsv(table).split("\r\n")[0]!;
    expect(header).toContain("Cost over the file's period (USD, 17 days)");
    expect(header).toContain("Shuts down (YYYY-MM-DD)");
    expect(usageExportTitle("as-run")).toBe("Your usage on every model, tiers as run");
    expect(usageExportTitle("batch")).toBe("Your usage on every model, Batch tier");
  });
});
