import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadComparePage } from "./compare-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("compare page loader", () => {
  it("resolves the linked models, says what it left out, and builds the table and the calculator link", () => {
    const page = loadComparePage({ m: "Alpha-Mini,gpt-9-nope,alpha-nano,alpha-mini", in: "2000000", d: "maybe" });
    expect(page.state).toEqual({
      models: ["alpha-mini", "alpha-nano"],
      diffOnly: false,
      inputPerDay: 2_000_000,
      outputPerDay: 500_000,
      tier: "standard",
      on: null,
    });
    expect(page.ignored).toEqual([{ key: "d", value: "maybe" }]);
    expect(page.problems.map((p) => p.message)).toEqual([
      "Not in the catalog, left out: “gpt-9-nope”.",
      "Listed more than once, shown once: “alpha-mini”.",
    ]);
    expect(page.table?.models.map((m) => m.id)).toEqual(["alpha-mini", "alpha-nano"]);
    // 2M input + 500K output tokens a day, 30 days, Standard:
    // alpha-mini (2 × 0.75 + 0.5 × 4.50) × 30 = $112.50; alpha-nano (2 × 0.10 + 0.5 × 0.55) × 30 = $14.25.
    const cost = page.table?.rows.find((r) => r.key === "monthly-cost");
    expect(cost?.cells.map((c) => [c.text, c.best])).toEqual([
      ["$112.50", false],
      ["$14.25", true],
    ]);
    expect(page.query).toBe("?m=alpha-mini,alpha-nano&in=2000000");
    expect(page.calculatorLink).toBe("/calculator?in=2000000&m=alpha-mini,alpha-nano");
    expect(page.verifiedOn).toBe("2026-11-24");
  });

  it("offers every model ID, snapshots named as such, with its status today", () => {
    const options = loadComparePage({}).options;
    expect(options).toHaveLength(14);
    expect(options.find((o) => o.id === "alpha-nano")).toEqual({
      id: "alpha-nano",
      label: "alpha-nano (Alpha nano)",
      family: "Alpha",
      status: "active",
    });
    // Shut down on 2026-03-31, before today.
    expect(options.find((o) => o.id === "omega-2024-05-13")).toEqual({
      id: "omega-2024-05-13",
      label: "omega-2024-05-13 (dated snapshot)",
      family: "Omega",
      status: "shutdown",
    });
    expect(options.find((o) => o.id === "gamma-mini")?.status).toBe("deprecated");
  });

  it("with fewer than two models there is no table", () => {
    const page = loadComparePage({ m: "alpha-mini" });
    expect(page.table).toBeNull();
    expect([page.ignored, page.problems]).toEqual([[], []]);
  });
});
