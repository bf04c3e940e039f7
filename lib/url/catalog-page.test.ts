import { describe, expect, it, vi } from "vitest";

import { FIXTURE_TODAY } from "@/lib/catalog/fixture.test-helpers";

import { loadCatalogPage } from "./catalog-page";

// The loader reads the catalog itself: give it the fixture catalog (tests/fixtures/catalog/).
vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.stubEnv("NAVIGATOR_TODAY", FIXTURE_TODAY);

describe("catalog page loader", () => {
  it("reads the link once: state without unknown IDs, what it ignored, the link's problems, the rows", () => {
    const page = loadCatalogPage({
      q: "nano",
      sel: "alpha-nano,gpt-9-nope",
      fam: "Alpha",
      live: "true",
      sort: ["-input", "output"],
    });
    expect(page.state).toMatchObject({
      q: "nano",
      selected: [],
      families: ["Alpha"],
      hideShutdown: true,
      sort: [{ id: "input", desc: true }],
    });
    expect(page.ignored).toEqual([{ key: "sel", value: "alpha-nano,gpt-9-nope" }]);
    expect(page.problems.map((p) => p.key)).toEqual(["sort"]);
    expect(page.query).toBe("?q=nano&sort=-input&fam=Alpha&live=true");
    // Every model ID of the fixture: 8 models, 6 dated snapshots.
    expect(page.rows.map((r) => r.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "alpha-nano-2026-03-01",
      "beta-lite",
      "beta-lite-2026-06-01",
      "delta-nano",
      "gamma-mini",
      "gamma-mini-2025-04-14",
      "gamma-nano",
      "gamma-nano-2025-04-14",
      "omega",
      "omega-2024-05-13",
      "omega-2024-08-06",
      "zeta-old",
    ]);
    expect(page.families).toEqual(["Alpha", "Beta", "Delta", "Gamma", "Omega", "Zeta"]);
    expect(page.verifiedOn).toBe("2026-11-24");
  });

  it("keeps known selections and families", () => {
    const page = loadCatalogPage({ sel: "gamma-mini,omega-2024-05-13", fam: "Gamma,Omega" });
    expect([page.state.selected, page.state.families, page.ignored]).toEqual([
      ["gamma-mini", "omega-2024-05-13"],
      ["Gamma", "Omega"],
      [],
    ]);
  });

  it("an empty link is the default view with nothing to report", () => {
    const page = loadCatalogPage({});
    expect([page.ignored, page.problems, page.query]).toEqual([[], [], ""]);
  });

  it("settles a link that contradicts itself: shut-down models shown, the hide reported; five selected become four", () => {
    const page = loadCatalogPage({
      live: "true",
      st: "shutdown",
      sel: "alpha-nano,alpha-mini,beta-lite,gamma-mini,delta-nano",
    });
    expect(page.state.hideShutdown).toBe(false);
    expect(page.state.selected).toEqual(["alpha-nano", "alpha-mini", "beta-lite", "gamma-mini"]);
    expect(page.problems.map((p) => p.key)).toEqual(["sel", "live"]);
    // The canonical link is the state shown: no live=true, four models.
    expect(page.query).toBe("?st=shutdown&sel=alpha-nano,alpha-mini,beta-lite,gamma-mini");
  });
});
