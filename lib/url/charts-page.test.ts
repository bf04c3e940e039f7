import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadChartsPage } from "./charts-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("charts page loader", () => {
  it("reads the link once: unknown benchmarks and models fall back, and are named", () => {
    const page = loadChartsPage({ b: "made-up-bench", qb: "mmlu", m: "alpha-nano,gpt-9-nope", tier: "batch", mix: "50" });
    expect(page.state).toMatchObject({ bench: "mmlu", qbench: "mmlu", models: [], tier: "batch", mix: 50 });
    expect(page.ignored).toEqual([
      { key: "b", value: "made-up-bench" },
      { key: "m", value: "alpha-nano,gpt-9-nope" },
    ]);
    expect(page.problems).toEqual([]);
    expect(page.query).toBe("?tier=batch&qb=mmlu&mix=50");
    // Most-published first, among models (snapshots left out): GPQA Diamond by alpha-mini,
    // alpha-nano, delta-nano, gamma-mini and gamma-nano (5); MMLU by gamma-mini, gamma-nano and
    // omega (3); SWE-bench Verified by alpha-mini and beta-lite (2).
    expect(page.benchmarks.map((b) => b.slug)).toEqual(["gpqa-diamond", "mmlu", "swe-bench-verified"]);
    expect(page.today).toBe(FIXTURE_TODAY);
    expect(page.verifiedOn).toBe("2026-11-24");
  });

  it("takes known benchmarks and models; a snapshot is not a chart model", () => {
    const page = loadChartsPage({ b: "swe-bench-verified", m: "beta-lite,alpha-mini" });
    expect([page.state.bench, page.state.models, page.ignored]).toEqual(["swe-bench-verified", ["beta-lite", "alpha-mini"], []]);
    expect(loadChartsPage({ m: "alpha-nano-2026-03-01" }).ignored).toEqual([{ key: "m", value: "alpha-nano-2026-03-01" }]);
  });

  it("an empty link is the default charts with nothing to report", () => {
    const page = loadChartsPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });
});
