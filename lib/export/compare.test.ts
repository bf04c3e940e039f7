import { describe, expect, it } from "vitest";
import { findEntry, loadCatalog } from "@/lib/catalog/load";
import type { CatalogEntry } from "@/lib/catalog/types";
import { visibleRows } from "@/lib/compare/labels";
import { buildCompareTable } from "@/lib/compare/table";
import { compareExportTable } from "./compare";
import { toCsv, toJsonExport } from "./table";

const table = buildCompareTable(
  ["gpt-5.4-mini", "gpt-5.4-nano"].map((id) => findEntry(id) as CatalogEntry),
  {
    today: "2026-11-25",
    knownIds: new Set(loadCatalog().map((e) => e.id)),
    workload: { inputPerDay: 1_000_000, outputPerDay: 500_000, daysPerMonth: 30 },
    tier: "standard",
  },
);

describe("compare export", () => {
  it("has a column per model and a unit per row", () => {
    const t = compareExportTable(table, table.rows);
    expect(t.columns.map((c) => c.label)).toEqual(["Section", "Field", "Unit", "gpt-5.4-mini", "gpt-5.4-nano"]);
    const input = t.rows.find((r) => r.field === "Standard: input");
    expect(input).toEqual({ section: "Prices per 1M tokens", field: "Standard: input", unit: "USD per 1M tokens", "gpt-5.4-mini": 0.75, "gpt-5.4-nano": 0.2 });
    const cost = t.rows.find((r) => String(r.field).startsWith("Monthly cost"));
    expect(cost?.["gpt-5.4-mini"]).toBe("90");
  });

  it("exports exactly the visible rows (differences only)", () => {
    const shown = visibleRows(table.rows, true);
    const t = compareExportTable(table, shown);
    expect(t.rows.map((r) => r.field)).toEqual(shown.map((r) => r.label));
    const csvLines = toCsv(t).trim().split("\r\n");
    expect(csvLines).toHaveLength(shown.length + 1);
    const json = toJsonExport(t, { view: "compare", link: "/compare?m=gpt-5.4-mini,gpt-5.4-nano&d=1", dataVerifiedOn: "2026-11-25" });
    expect(json.rows).toHaveLength(shown.length);
  });
});
