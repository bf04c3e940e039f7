import { describe, expect, it } from "vitest";

import { ctx, entries } from "@/lib/compare/fixtures.test-helpers";
import { visibleRows } from "@/lib/compare/labels";
import { buildCompareTable } from "@/lib/compare/table";

import { compareExportTable } from "./compare";
import { toCsv, toJsonExport } from "./table";

const table = buildCompareTable(entries("alpha-mini", "alpha-nano"), ctx);

describe("compare export", () => {
  it("has a column per model and a unit per row", () => {
    const t = compareExportTable(table, table.rows);
    expect(t.columns.map((c) => c.label)).toEqual(["Section", "Field", "Unit", "alpha-mini", "alpha-nano"]);
    const input = t.rows.find((r) => r.field === "Standard: input");
    expect(input).toEqual({
      section: "Prices per 1M tokens",
      field: "Standard: input",
      unit: "USD per 1M tokens",
      "alpha-mini": 0.75,
      "alpha-nano": 0.1,
    });
    const cost = t.rows.find((r) => String(r.field).startsWith("Monthly cost"));
    // $3.00 and $0.375 a day (see lib/compare/specs.test.ts).
    expect([cost?.["alpha-mini"], cost?.["alpha-nano"]]).toEqual(["90", "11.25"]);
  });

  it("exports exactly the visible rows (differences only)", () => {
    const shown = visibleRows(table.rows, true);
    const t = compareExportTable(table, shown);
    expect(t.rows.map((r) => r.field)).toEqual(shown.map((r) => r.label));
    const csvLines = toCsv(t).trim().split("\r\n");
    expect(csvLines).toHaveLength(shown.length + 1);
    const json = toJsonExport(t, { view: "compare", link: "/compare?m=alpha-mini,alpha-nano&d=1", dataVerifiedOn: "2026-11-25" });
    expect(json.rows).toHaveLength(shown.length);
  });
});
