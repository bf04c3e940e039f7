import { describe, expect, it } from "vitest";

import { fixtureCatalog as catalog, fixtureEntry, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { countIds, filterAndGroup, toCatalogRow, type CatalogFilters } from "./rows";

const ids = new Set(catalog.map((e) => e.id));
const rows = catalog.map((e) => toCatalogRow(e, TODAY, ids));
const none: CatalogFilters = {
  q: "",
  families: [],
  statuses: [],
  hideShutdown: false,
  reasoning: "any",
  image: "any",
  minContext: 0,
};

describe("toCatalogRow", () => {
  it("derives status as of today and the replacement link", () => {
    const nano = rows.find((r) => r.id === "gamma-nano")!;
    expect(nano.status).toBe("shutdown");
    expect(nano.replacement).toBe("beta-lite");
    expect(nano.replacementInCatalog).toBe(true);
    expect(nano.standing).toBe("gone");
    expect(rows.find((r) => r.id === "beta-lite")?.standing).toBe("lasting");
    // delta-nano shuts down on 2026-12-11: 16 days after 2026-11-25; its replacement is newer than the catalog.
    const delta = rows.find((r) => r.id === "delta-nano")!;
    expect(delta).toMatchObject({
      status: "deprecated",
      retiringSoon: true,
      standing: "leaving",
      daysToShutdown: 16,
      replacement: "delta-next",
      replacementInCatalog: false,
    });
  });

  it("keeps unknown figures undefined (they sort last and read 'not published')", () => {
    const lite = rows.find((r) => r.id === "beta-lite")!;
    expect(lite.mmlu).toBeUndefined();
    expect(lite.gpqa).toBeUndefined();
    expect(lite.input).toBe(0.1);
    const zeta = rows.find((r) => r.id === "zeta-old")!;
    expect([zeta.status, zeta.contextWindow, zeta.imageInput, zeta.reasoning, zeta.cachedInput]).toEqual([
      "unknown",
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });

  it("turns a deprecated model into shut down once its date passes", () => {
    expect(toCatalogRow(fixtureEntry("gamma-mini"), "2027-01-13", ids).status).toBe("deprecated");
    expect(toCatalogRow(fixtureEntry("gamma-mini"), "2027-01-14", ids).status).toBe("shutdown");
  });
});

describe("filterAndGroup", () => {
  it("nests snapshots under their alias", () => {
    const groups = filterAndGroup(rows, none);
    expect(groups.map((g) => g.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-mini",
      "gamma-nano",
      "omega",
      "zeta-old",
    ]);
    expect(groups.find((g) => g.id === "omega")!.snapshots?.map((s) => s.id)).toEqual(["omega-2024-05-13", "omega-2024-08-06"]);
    expect(countIds(groups)).toBe(rows.length);
  });

  it("hides shut-down models with one toggle", () => {
    const groups = filterAndGroup(rows, { ...none, hideShutdown: true });
    expect(groups.map((g) => g.id)).not.toContain("gamma-nano");
    expect(groups.every((g) => g.status !== "shutdown")).toBe(true);
    // omega stays, but its shut-down 2024-05-13 snapshot is gone.
    expect(groups.find((g) => g.id === "omega")?.snapshots?.map((s) => s.id)).toEqual(["omega-2024-08-06"]);
  });

  it("searches every word across ID, name and family", () => {
    expect(filterAndGroup(rows, { ...none, q: "LITE beta" }).map((g) => g.id)).toEqual(["beta-lite"]);
    // beta-lite is found by its tier word ("aka": nano), which is in neither its ID nor its name.
    expect(filterAndGroup(rows, { ...none, q: "nano" }).map((g) => g.id)).toEqual([
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-nano",
    ]);
    expect(filterAndGroup(rows, { ...none, q: "gamma nano" }).map((g) => g.id)).toEqual(["gamma-nano"]);
  });

  it("searches a model's tier words, and the row carries why it has them", () => {
    expect(filterAndGroup(rows, { ...none, q: "NANO lite" }).map((g) => g.id)).toEqual(["beta-lite"]);
    expect(rows.find((r) => r.id === "beta-lite")?.aka).toEqual([{ term: "nano", label: "roughly the former nano tier" }]);
    // Its dated snapshot shares the file's aka.
    expect(rows.find((r) => r.id === "beta-lite-2026-06-01")?.aka.map((a) => a.term)).toEqual(["nano"]);
    expect(rows.find((r) => r.id === "alpha-mini")?.aka).toEqual([]);
  });

  it("filters by reasoning, image input and minimum context", () => {
    // Not reasoning and takes images: gamma-mini (1,047,576) and omega (128,000); only gamma-mini reaches 1M.
    expect(filterAndGroup(rows, { ...none, reasoning: "no", image: "yes", minContext: 1_000_000 }).map((g) => g.id)).toEqual([
      "gamma-mini",
    ]);
    expect(filterAndGroup(rows, { ...none, reasoning: "no", image: "yes", minContext: 0 }).map((g) => g.id)).toEqual([
      "gamma-mini",
      "omega",
    ]);
  });

  it("lets a matching snapshot stand alone when its alias does not match", () => {
    const groups = filterAndGroup(rows, { ...none, statuses: ["shutdown"], families: ["Omega"] });
    expect(groups.map((g) => g.id)).toEqual(["omega-2024-05-13"]);
  });
});
