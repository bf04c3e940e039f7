import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { toChartModels } from "./models";

const TODAY = "2026-11-25";

describe("toChartModels (real catalog)", () => {
  const catalog = loadCatalog();
  const models = toChartModels(catalog, TODAY);
  const byId = new Map(models.map((m) => [m.id, m]));

  it("has one item per model and no snapshot that only repeats its alias", () => {
    const modelIds = catalog.filter((e) => e.kind !== "snapshot").map((e) => e.id);
    expect(models.filter((m) => m.kind !== "snapshot").map((m) => m.id)).toEqual(modelIds);
    expect(byId.has("gpt-4.1-mini-2025-04-14")).toBe(false);
    expect(byId.has("gpt-4o-2024-08-06")).toBe(false);
  });

  it("keeps a snapshot whose lifecycle or pricing differs, tied to its alias", () => {
    const may = byId.get("gpt-4o-2024-05-13");
    expect(may).toMatchObject({ kind: "snapshot", aliasId: "gpt-4o", status: "shutdown", callable: false });
    expect(may?.tiers.fast).toEqual({ input: 8.75, cachedInput: null, output: 26.25 });
    expect(byId.get("gpt-4o-2024-11-20")).toMatchObject({ kind: "snapshot", aliasId: "gpt-4o" });
  });

  it("computes lifecycle for today: the article's three", () => {
    expect(byId.get("gpt-4.1-nano")).toMatchObject({ status: "shutdown", callable: false });
    expect(byId.get("gpt-4.1-mini")).toMatchObject({ status: "deprecated", callable: true, shutdownDate: "2027-01-14" });
    expect(byId.get("gpt-4o-mini")).toMatchObject({ status: "deprecated", callable: true });
    expect(byId.get("o1-mini")).toMatchObject({ status: "unknown", callable: false });
  });

  it("carries each score with its source title, URL and date", () => {
    const mmlu = byId.get("gpt-4.1-nano")?.scores.find((s) => s.slug === "mmlu");
    expect(mmlu).toMatchObject({ name: "MMLU", value: 80.1, unit: "%", reportedBy: "self-reported", date: "2025-04-14" });
    expect(mmlu?.sourceUrl).toMatch(/^https:\/\//);
    expect(mmlu?.sourceTitle.length).toBeGreaterThan(0);
  });

  it("carries exact limits and per-tier prices", () => {
    expect(byId.get("gpt-4.1-mini")).toMatchObject({ contextWindow: 1_047_576, maxOutput: 32_768 });
    expect(byId.get("gpt-4.1-mini")?.tiers.standard).toEqual({ input: 0.4, cachedInput: 0.1, output: 1.6 });
    expect(byId.get("o3-mini")?.maxOutput).toBeNull();
  });
});
