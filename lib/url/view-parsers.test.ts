import { describe, expect, it } from "vitest";

import { chartsParsers } from "./charts";
import { loadCompareParams, resolveCompareModels } from "./compare";
import { ignoredMigrateParams, loadMigrateParams, migrateNeeds, sanitizeMigrateState } from "./migrate";
import { parseAsUsageSort } from "./usage";

describe("charts, compare, migrate and usage parsers, edge by edge", () => {
  it("compares table sorts by column and direction", () => {
    const eq = chartsParsers.sortPrice.eq!;
    expect(eq({ id: "model", desc: true }, { id: "model", desc: true })).toBe(true);
    expect(eq({ id: "model", desc: true }, { id: "model", desc: false })).toBe(false);
    expect(eq({ id: "model", desc: true }, { id: "input", desc: true })).toBe(false);
    const usageEq = parseAsUsageSort.eq!;
    expect(usageEq({ column: "model", desc: true }, { column: "model", desc: true })).toBe(true);
    expect(usageEq({ column: "model", desc: true }, { column: "model", desc: false })).toBe(false);
    expect(usageEq({ column: "model", desc: true }, { column: "monthly", desc: true })).toBe(false);
  });

  it("reads a benchmark slug of up to 64 characters, whole", () => {
    expect(chartsParsers.bench.parse("a".repeat(64))).toBe("a".repeat(64));
    expect(chartsParsers.bench.parse("a".repeat(65))).toBeNull();
    expect(chartsParsers.bench.parse("-gpqa")).toBeNull();
    expect(chartsParsers.bench.parse("gpqa-")).toBeNull();
    expect(chartsParsers.bench.parse("gpqa-diamond")).toBe("gpqa-diamond");
  });

  it("names at most five left-out models, then how many more", () => {
    const known = new Set(["a1", "a2", "a3", "a4", "a5", "a6"]);
    const six = ["x1", "x2", "x3", "x4", "x5", "x6", "x7"];
    expect(resolveCompareModels(six, known).problems).toEqual([
      { key: "m", message: "Not in the catalog, left out: “x1”, “x2”, “x3”, “x4”, “x5” and 2 more." },
    ]);
    expect(resolveCompareModels(six.slice(0, 5), known).problems).toEqual([
      { key: "m", message: "Not in the catalog, left out: “x1”, “x2”, “x3”, “x4”, “x5”." },
    ]);
    expect(resolveCompareModels(["a1", "a2", "a3", "a4"], known)).toEqual({ ids: ["a1", "a2", "a3", "a4"], problems: [] });
    expect(resolveCompareModels(["a1", "a2", "a3", "a4", "a5"], known).problems).toEqual([
      { key: "m", message: "Compare shows up to 4 models; left out: “a5”." },
    ]);
  });

  it("reads up to 40 linked models, skipping empty items", () => {
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `m${i}`).join(",");
    expect(loadCompareParams(`?m=${ids(40)}`).models).toHaveLength(40);
    expect(loadCompareParams(`?m=${ids(41)}`).models).toEqual([]);
    expect(loadCompareParams("?m=a,,b,").models).toEqual(["a", "b"]);
  });

  it("checks the planner's target against the source's replacements only when the source is known", () => {
    const known = { ids: new Set(["old", "new", "other"]), targetsOf: (from: string) => new Set(from === "old" ? ["new"] : []) };
    expect(ignoredMigrateParams({ from: "old", to: "other" }, known)).toEqual([{ key: "to", value: "other" }]);
    expect(ignoredMigrateParams({ from: "old", to: "new" }, known)).toEqual([]);
    expect(ignoredMigrateParams({ from: "gone", to: "other" }, known)).toEqual([{ key: "from", value: "gone" }]);
    expect(ignoredMigrateParams({ to: "other" }, known)).toEqual([]);
    expect(ignoredMigrateParams({ to: "nope" }, known)).toEqual([{ key: "to", value: "nope" }]);
    const sanitized = (q: string) => sanitizeMigrateState(loadMigrateParams(q), known);
    expect(sanitized("?from=old&to=other")).toMatchObject({ from: "old", to: null });
    expect(sanitized("?from=old&to=new")).toMatchObject({ from: "old", to: "new" });
    expect(sanitized("?from=gone&to=other")).toMatchObject({ from: null, to: "other" });
    expect(sanitized("?to=nope")).toMatchObject({ from: null, to: null });
    expect(migrateNeeds(loadMigrateParams("?ft=1"))).toEqual({ fineTuning: true });
    expect(migrateNeeds(loadMigrateParams(""))).toEqual({ fineTuning: false });
  });
});
