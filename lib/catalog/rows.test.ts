import { describe, expect, it } from "vitest";
import { loadCatalog } from "./load";
import { countIds, filterAndGroup, toCatalogRow, type CatalogFilters } from "./rows";

const TODAY = "2026-11-25";
const catalog = loadCatalog();
const ids = new Set(catalog.map((e) => e.id));
const rows = catalog.map((e) => toCatalogRow(e, TODAY, ids));
const none: CatalogFilters = { q: "", families: [], statuses: [], hideShutdown: false, reasoning: "any", image: "any", minContext: 0 };

describe("toCatalogRow", () => {
  it("derives status as of today and the replacement link", () => {
    const nano = rows.find((r) => r.id === "gpt-4.1-nano")!;
    expect(nano.status).toBe("shutdown");
    expect(nano.replacement).toBe("gpt-5.6-luna");
    expect(nano.replacementInCatalog).toBe(true);
    const mini5 = rows.find((r) => r.id === "gpt-5-mini")!;
    expect(mini5.retiringSoon).toBe(true);
    expect(mini5.daysToShutdown).toBe(16);
  });

  it("keeps unknown figures undefined (they sort last and read 'not published')", () => {
    const luna = rows.find((r) => r.id === "gpt-6-luna")!;
    expect(luna.mmlu).toBeUndefined();
    expect(luna.input).toBe(0.1);
  });

  it("turns a deprecated model into shut down once its date passes", () => {
    const later = toCatalogRow(catalog.find((e) => e.id === "gpt-4o-mini")!, "2027-01-14", ids);
    expect(later.status).toBe("shutdown");
  });
});

describe("filterAndGroup", () => {
  it("nests snapshots under their alias", () => {
    const groups = filterAndGroup(rows, none);
    const mini = groups.find((g) => g.id === "gpt-4.1-mini")!;
    expect(mini.snapshots?.map((s) => s.id)).toEqual(["gpt-4.1-mini-2025-04-14"]);
    expect(groups.some((g) => g.id === "gpt-4.1-mini-2025-04-14")).toBe(false);
    expect(countIds(groups)).toBe(rows.length);
  });

  it("hides shut-down models with one toggle", () => {
    const groups = filterAndGroup(rows, { ...none, hideShutdown: true });
    expect(groups.every((g) => g.status !== "shutdown")).toBe(true);
    expect(groups.some((g) => g.id === "gpt-4.1-nano")).toBe(false);
    // gpt-4o stays, but its shut-down 2024-05-13 snapshot is gone.
    expect(groups.find((g) => g.id === "gpt-4o")?.snapshots?.map((s) => s.id)).not.toContain("gpt-4o-2024-05-13");
  });

  it("searches every word across ID, name and family", () => {
    expect(filterAndGroup(rows, { ...none, q: "LUNA gpt-6" }).map((g) => g.id)).toEqual(["gpt-6-luna"]);
    expect(filterAndGroup(rows, { ...none, q: "luna" }).map((g) => g.id)).toEqual(["gpt-5.6-luna", "gpt-6-luna"]);
  });

  it("filters by reasoning, image input and minimum context", () => {
    const groups = filterAndGroup(rows, { ...none, reasoning: "no", image: "yes", minContext: 1_000_000 });
    expect(groups.map((g) => g.id).sort()).toEqual(["gpt-4.1", "gpt-4.1-mini", "gpt-4.1-nano"]);
  });

  it("lets a matching snapshot stand alone when its alias does not match", () => {
    const groups = filterAndGroup(rows, { ...none, statuses: ["shutdown"], families: ["GPT-4o"] });
    expect(groups.map((g) => g.id)).toEqual(["gpt-4o-2024-05-13"]);
  });
});
