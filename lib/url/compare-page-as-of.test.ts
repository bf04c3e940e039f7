import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture-load.test-helpers";

import { loadComparePage } from "./compare-page";

vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

const row = (page: ReturnType<typeof loadComparePage>, key: string) =>
  page.table!.rows.find((r) => r.key === key)!.cells.map((c) => c.text);

describe("compare as of a day (fixture catalog, today 2026-11-25)", () => {
  it("prices the day and marks a model released later 'not yet released'", () => {
    // 2026-04-01: alpha-nano (released 2026-03-01) costs $0.20 input, $0.55 output; beta-lite
    // comes out on 2026-06-01. Article workload: (0.20 + 0.55 / 2) × 30 = $14.25.
    const page = loadComparePage({ m: "alpha-nano,beta-lite", on: "2026-04-01" });
    expect([page.day, page.state.on, page.ignored]).toEqual(["2026-04-01", "2026-04-01", []]);
    expect(page.table!.models.map((m) => [m.id, m.status, m.standing])).toEqual([
      ["alpha-nano", "active", "lasting"],
      ["beta-lite", "unreleased", "gone"],
    ]);
    expect(row(page, "status")).toEqual(["Active", "Not yet released"]);
    expect(row(page, "standard-input")).toEqual(["$0.20", "not yet released"]);
    expect(row(page, "monthly-cost")).toEqual(["$14.25", "not yet released"]);
    // One model callable that day: nothing to call best.
    expect(page.table!.rows.find((r) => r.key === "monthly-cost")!.cells.map((c) => c.best)).toEqual([false, false]);
    expect(page.calculatorLink).toBe("/calculator?m=alpha-nano,beta-lite&on=2026-04-01");
    expect(page.query).toBe("?m=alpha-nano,beta-lite&on=2026-04-01");
  });

  it("today's prices without `on`; a day out of range is named and today is used", () => {
    // Today alpha-nano's input is $0.10 (cut on 2026-06-01): (0.10 + 0.275) × 30 = $11.25; beta-lite $10.50.
    const today = loadComparePage({ m: "alpha-nano,beta-lite" });
    expect(row(today, "monthly-cost")).toEqual(["$11.25", "$10.50"]);
    for (const on of ["2019-12-31", "2027-11-26", "soon"]) {
      const page = loadComparePage({ m: "alpha-nano,beta-lite", on });
      expect([page.day, page.state.on, page.ignored], on).toEqual([FIXTURE_TODAY, null, [{ key: "on", value: on }]]);
      expect(row(page, "monthly-cost"), on).toEqual(["$11.25", "$10.50"]);
    }
  });
});
