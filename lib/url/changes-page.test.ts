import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadChangesPage } from "./changes-page";

vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("the change log's page loader (fixture catalog, today 2026-11-25)", () => {
  it("an empty link lists every event: scheduled soonest first, the rest newest first", () => {
    const page = loadChangesPage({});
    // 22 events in the fixture (lib/changes/events.test.ts), two of them after today.
    expect(page.total).toBe(22);
    expect(page.scheduled.map((e) => e.id)).toEqual(["shutdown/delta-nano/2026-12-11", "shutdown/gamma-mini/2027-01-14"]);
    expect(page.past).toHaveLength(20);
    expect(page.past[0]!.date).toBe("2026-11-25");
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });

  it("filters by model (with its snapshots) and kind", () => {
    const page = loadChangesPage({ m: "omega", k: "release" });
    expect(page.past.map((e) => e.id)).toEqual(["release/omega-2024-08-06/2024-08-06", "release/omega/2024-05-13"]);
    expect(page.scheduled).toEqual([]);
    expect(page.query).toBe("?m=omega&k=release");
  });

  it("leaves out unknown models and unreadable kinds, and says which", () => {
    const page = loadChangesPage({ m: "gamma-mini,nope-9", k: "prices" });
    expect(page.state).toEqual({ models: ["gamma-mini"], kinds: [] });
    expect(page.ignored).toEqual([{ key: "k", value: "prices" }]);
    expect(page.problems.map((p) => p.message)).toEqual(["Not in the catalog, left out: “nope-9”."]);
    // gamma-mini: release, notice, replacement, and its shutdown (scheduled).
    expect(page.past.map((e) => e.kind)).toEqual(["replacement", "notice", "release"]);
    expect(page.scheduled.map((e) => e.kind)).toEqual(["shutdown"]);
  });

  it("offers every alias and model ID, not snapshots, in the model filter", () => {
    const ids = loadChangesPage({}).options.map((o) => o.id);
    expect(ids).toContain("omega");
    expect(ids).not.toContain("omega-2024-05-13");
    expect(ids).toHaveLength(8);
  });
});
