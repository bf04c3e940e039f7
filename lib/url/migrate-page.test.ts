import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadMigratePage } from "./migrate-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("migration planner page loader", () => {
  it("reads the link once: a replacement that is no target of `from` is dropped and named", () => {
    const page = loadMigratePage({ from: "gamma-mini", to: "gpt-9-nope", in: "2000000", out: ["1", "2"] });
    expect(page.state).toEqual({
      from: "gamma-mini",
      to: null,
      inPerDay: 2_000_000,
      outPerDay: 1,
      reasoningPerDay: 0,
      perRequest: null,
      fineTuning: false,
    });
    expect(page.ignored).toEqual([{ key: "to", value: "gpt-9-nope" }]);
    expect(page.problems.map((p) => p.key)).toEqual(["out"]);
    expect(page.query).toBe("?from=gamma-mini&in=2000000&out=1");
    // Every model ID of the fixture, snapshots included (a user may run one).
    expect(page.models).toHaveLength(14);
    expect(page.today).toBe(FIXTURE_TODAY);
    expect(page.verifiedOn).toBe("2026-11-24");
  });

  it("a named replacement not in the catalog is a target of its own model only", () => {
    // delta-nano names delta-next, which the catalog does not have.
    expect(loadMigratePage({ from: "delta-nano", to: "delta-next" }).state.to).toBe("delta-next");
    const other = loadMigratePage({ from: "gamma-mini", to: "delta-next" });
    expect([other.state.to, other.ignored]).toEqual([null, [{ key: "to", value: "delta-next" }]]);
    expect(loadMigratePage({ from: "gamma-mini", to: "alpha-nano" }).query).toBe("?from=gamma-mini&to=alpha-nano");
  });

  it("an old link's req is tokens per request, read quietly; repeated, it is noticed like any key", () => {
    const page = loadMigratePage({ from: "gamma-mini", req: "300000" });
    expect([page.state.perRequest, page.ignored, page.problems, page.query]).toEqual([
      300_000,
      [],
      [],
      "?from=gamma-mini&tpr=300000",
    ]);
    expect(loadMigratePage({ from: "gamma-mini", req: ["300000", "5"] }).problems.map((p) => p.key)).toEqual(["req"]);
  });

  it("an empty link is the empty planner with nothing to report", () => {
    const page = loadMigratePage({});
    expect([page.state.from, page.ignored, page.problems, page.query]).toEqual([null, [], [], ""]);
  });
});
