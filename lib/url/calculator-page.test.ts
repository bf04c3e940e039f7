import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadCalculatorParams } from "./calculator";
import { loadCalculatorPage } from "./calculator-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("calculator page loader", () => {
  it("reads the link once: state without unknown models, what it ignored, the link's problems", () => {
    const page = loadCalculatorPage({ in: "2000000", m: "alpha-nano,gpt-9-nope", tier: ["batch", "flex"], days: "0" });
    // One unknown ID rejects the whole list; a repeated tier keeps its first value (and is a problem).
    expect(page.state).toEqual({ ...loadCalculatorParams({ in: "2000000", tier: "batch" }), models: [] });
    expect(page.ignored).toEqual([
      { key: "days", value: "0" },
      { key: "m", value: "alpha-nano,gpt-9-nope" },
    ]);
    expect(page.problems.map((p) => p.key)).toEqual(["tier"]);
    expect(page.query).toBe("?in=2000000&tier=batch");
    // One row per model; dated snapshots priced like their alias are left out, omega-2024-05-13 has prices of its own.
    expect(page.models.map((m) => m.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "omega-2024-05-13",
      "zeta-old",
    ]);
    // Retired: shut down (gamma-nano, omega-2024-05-13) or of unknown status (zeta-old).
    expect(page.models.filter((m) => m.retired).map((m) => m.id)).toEqual(["gamma-nano", "omega-2024-05-13", "zeta-old"]);
    // The newest verified-on date of any fixture source.
    expect(page.verifiedOn).toBe("2026-11-24");
  });

  it("keeps known models in the link's order", () => {
    const page = loadCalculatorPage({ m: "beta-lite,alpha-nano" });
    expect([page.state.models, page.ignored, page.query]).toEqual([["beta-lite", "alpha-nano"], [], "?m=beta-lite,alpha-nano"]);
  });

  it("an empty link is the article's workload with nothing to report", () => {
    const page = loadCalculatorPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
    expect([page.state.inputPerDay, page.state.outputPerDay, page.state.daysPerMonth]).toEqual([1_000_000, 500_000, 30]);
  });
});
