import { describe, expect, it } from "vitest";

import { fixtureCatalog as catalog, fixtureEntry, NO_FILTERS, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { countIds, filterAndGroup, toCatalogRow } from "./rows";

const ids = new Set(catalog.map((e) => e.id));
// Built inside each test, not when the file loads: mutation testing activates a mutant only
// once tests start (docs/mutation.md).
const allRows = () => catalog.map((e) => toCatalogRow(e, TODAY, ids));
const row = (id: string) => toCatalogRow(fixtureEntry(id), TODAY, ids);
const none = NO_FILTERS;

describe("toCatalogRow", () => {
  it("derives status as of today and the replacement link", () => {
    const nano = row("gamma-nano");
    expect(nano.status).toBe("shutdown");
    expect(nano.replacement).toBe("beta-lite");
    expect(nano.replacementInCatalog).toBe(true);
    expect(nano.standing).toBe("gone");
    expect(row("beta-lite").standing).toBe("lasting");
    // delta-nano shuts down on 2026-12-11: 16 days after 2026-11-25; its replacement is newer than the catalog.
    const delta = row("delta-nano");
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
    const lite = row("beta-lite");
    expect(lite.mmlu).toBeUndefined();
    expect(lite.gpqa).toBeUndefined();
    expect(lite.input).toBe(0.1);
    const zeta = row("zeta-old");
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

describe("toCatalogRow, every field", () => {
  it("copies gamma-mini's figures: Standard prices, limits, image input, scores, speed, dates", () => {
    expect(row("gamma-mini")).toEqual({
      id: "gamma-mini",
      kind: "alias",
      aliasId: null,
      resolvesTo: "gamma-mini-2025-04-14",
      displayName: "Gamma mini",
      family: "Gamma",
      size: "small",
      status: "deprecated",
      shutdownDate: "2027-01-14",
      // 2026-11-25 → 2027-01-14: 6 + 31 + 13 = 50 days.
      daysToShutdown: 50,
      retiringSoon: true,
      // Shuts down within 90 days: callable, never crowned (lib/catalog/headline.ts).
      standing: "leaving",
      replacement: "beta-lite",
      replacementInCatalog: true,
      input: 0.4,
      cachedInput: 0.1,
      output: 1,
      contextWindow: 1_047_576,
      maxOutput: 32_768,
      imageInput: true,
      reasoning: false,
      mmlu: 87.5,
      gpqa: 65,
      tokensPerSecond: 77.2,
      releaseDate: "2025-04-14",
      knowledgeCutoff: "2024-06",
      // No tier word: its name says "mini" already.
      aka: [],
    });
  });

  it("reads a text-only model as no image input, an active one without shutdown as not retiring", () => {
    expect(row("delta-nano").imageInput).toBe(false);
    expect(row("alpha-mini")).toMatchObject({
      imageInput: true,
      reasoning: true,
      shutdownDate: null,
      daysToShutdown: null,
      retiringSoon: false,
      replacement: null,
      replacementInCatalog: false,
      // alpha-mini publishes GPQA and SWE-bench, no MMLU; 200 tokens a second.
      gpqa: 88,
      mmlu: undefined,
      tokensPerSecond: 200,
    });
  });

  it("takes a score only from a percentage benchmark of that name", () => {
    const entry = structuredClone(fixtureEntry("gamma-mini"));
    entry.benchmarks = [
      { ...entry.benchmarks[1]!, name: "MMLU", value: 3, unit: "index" },
      { ...entry.benchmarks[1]!, name: "MMLU-Pro", value: 70 },
      { ...entry.benchmarks[1]!, name: "MMLU", value: 80 },
    ];
    entry.speed = [
      { ...entry.speed[0]!, metric: "timeToFirstTokenSeconds", value: 0.5 },
      { ...entry.speed[0]!, value: 90 },
    ];
    expect(toCatalogRow(entry, TODAY, ids)).toMatchObject({ mmlu: 80, gpqa: undefined, tokensPerSecond: 90 });
  });

  it("links a replacement only when the catalog has it", () => {
    expect(toCatalogRow(fixtureEntry("gamma-mini"), TODAY, new Set(["gamma-mini"])).replacementInCatalog).toBe(false);
    expect(toCatalogRow(fixtureEntry("alpha-mini"), TODAY, new Set(["alpha-mini"])).replacementInCatalog).toBe(false);
  });
});

describe("filterAndGroup", () => {
  it("nests snapshots under their alias", () => {
    const rows = allRows();
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
    const groups = filterAndGroup(allRows(), { ...none, hideShutdown: true });
    expect(groups.map((g) => g.id)).not.toContain("gamma-nano");
    expect(groups.every((g) => g.status !== "shutdown")).toBe(true);
    // omega stays, but its shut-down 2024-05-13 snapshot is gone.
    expect(groups.find((g) => g.id === "omega")?.snapshots?.map((s) => s.id)).toEqual(["omega-2024-08-06"]);
  });

  it("searches every word across ID, name and family", () => {
    expect(filterAndGroup(allRows(), { ...none, q: "LITE beta" }).map((g) => g.id)).toEqual(["beta-lite"]);
    // beta-lite is found by its tier word ("aka": nano), which is in neither its ID nor its name.
    expect(filterAndGroup(allRows(), { ...none, q: "nano" }).map((g) => g.id)).toEqual([
      "alpha-nano",
      "beta-lite",
      "delta-nano",
      "gamma-nano",
    ]);
    expect(filterAndGroup(allRows(), { ...none, q: "gamma nano" }).map((g) => g.id)).toEqual(["gamma-nano"]);
  });

  it("searches a model's tier words, and the row carries why it has them", () => {
    const rows = allRows();
    expect(filterAndGroup(rows, { ...none, q: "NANO lite" }).map((g) => g.id)).toEqual(["beta-lite"]);
    expect(rows.find((r) => r.id === "beta-lite")?.aka).toEqual([{ term: "nano", label: "roughly the former nano tier" }]);
    // Its dated snapshot shares the file's aka.
    expect(rows.find((r) => r.id === "beta-lite-2026-06-01")?.aka.map((a) => a.term)).toEqual(["nano"]);
    expect(rows.find((r) => r.id === "alpha-mini")?.aka).toEqual([]);
  });

  it("filters by reasoning, image input and minimum context", () => {
    // Not reasoning and takes images: gamma-mini (1,047,576) and omega (128,000); only gamma-mini reaches 1M.
    expect(filterAndGroup(allRows(), { ...none, reasoning: "no", image: "yes", minContext: 1_000_000 }).map((g) => g.id)).toEqual(
      ["gamma-mini"],
    );
    expect(filterAndGroup(allRows(), { ...none, reasoning: "no", image: "yes", minContext: 0 }).map((g) => g.id)).toEqual([
      "gamma-mini",
      "omega",
    ]);
  });

  it("ignores extra spaces in a search, and an empty search matches everything", () => {
    expect(filterAndGroup(allRows(), { ...none, q: "  gamma   nano " }).map((g) => g.id)).toEqual(["gamma-nano"]);
    expect(filterAndGroup(allRows(), { ...none, q: "   " })).toHaveLength(8);
  });

  it("keeps a model whose context window is exactly the minimum, and drops one below it", () => {
    // alpha-mini and alpha-nano have 400,000 tokens; delta-nano, gamma-nano and omega 128,000; zeta-old's is unknown.
    expect(filterAndGroup(allRows(), { ...none, minContext: 400_000 }).map((g) => g.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "gamma-mini",
    ]);
    expect(filterAndGroup(allRows(), { ...none, minContext: 128_000 }).map((g) => g.id)).not.toContain("zeta-old");
    expect(filterAndGroup(allRows(), { ...none, minContext: 0 }).map((g) => g.id)).toContain("zeta-old");
  });

  it("filters reasoning models in, and by status and family", () => {
    expect(filterAndGroup(allRows(), { ...none, reasoning: "yes" }).map((g) => g.id)).toEqual([
      "alpha-mini",
      "alpha-nano",
      "beta-lite",
      "delta-nano",
    ]);
    expect(filterAndGroup(allRows(), { ...none, statuses: ["deprecated"] }).map((g) => g.id)).toEqual([
      "delta-nano",
      "gamma-mini",
    ]);
    expect(filterAndGroup(allRows(), { ...none, families: ["Alpha"] }).map((g) => g.id)).toEqual(["alpha-mini", "alpha-nano"]);
  });

  it("keeps a model without snapshots flat, and an alias without matching snapshots without a snapshot list", () => {
    const groups = filterAndGroup(allRows(), { ...none, q: "alpha" });
    expect(groups.map((g) => [g.id, g.snapshots?.map((s) => s.id)])).toEqual([
      ["alpha-mini", undefined],
      ["alpha-nano", ["alpha-nano-2026-03-01"]],
    ]);
    // Only the dated snapshots carry the date in their IDs: each stands alone, without its alias.
    expect(filterAndGroup(allRows(), { ...none, q: "2025-04-14" }).map((g) => [g.id, g.kind])).toEqual([
      ["gamma-mini-2025-04-14", "snapshot"],
      ["gamma-nano-2025-04-14", "snapshot"],
    ]);
  });

  it("lets a matching snapshot stand alone when its alias does not match", () => {
    const groups = filterAndGroup(allRows(), { ...none, statuses: ["shutdown"], families: ["Omega"] });
    expect(groups.map((g) => g.id)).toEqual(["omega-2024-05-13"]);
  });
});
