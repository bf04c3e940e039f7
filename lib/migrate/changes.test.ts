import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { compareModels } from "./changes";
import { toMigrationModel } from "./model";

const TODAY = "2026-11-25";
const models = loadCatalog().map(toMigrationModel);
const byId = new Map(models.map((m) => [m.id, m]));
const changes = (from: string, to: string) => compareModels(byId.get(from)!, byId.get(to)!, TODAY);

describe("compareModels (real catalog, today 2026-11-25)", () => {
  it("lists what changes, with a verdict for the reader", () => {
    const rows = new Map(changes("gpt-4o-mini", "gpt-6-luna").map((r) => [r.label, r]));
    expect(rows.get("Input price (per 1M tokens)")).toEqual({
      label: "Input price (per 1M tokens)",
      before: "$0.15",
      after: "$0.10",
      changed: true,
      verdict: "better",
      raw: { before: 0.15, after: 0.1, unit: "USD per 1M tokens" },
    });
    expect(rows.get("Output price (per 1M tokens)")).toMatchObject({ before: "$0.60", after: "$0.50", verdict: "better" });
    expect(rows.get("Context window (tokens)")).toMatchObject({ before: "128,000", after: "1,050,000", verdict: "better" });
    expect(rows.get("Max output (tokens)")).toMatchObject({ before: "16,384", after: "128,000", verdict: "better" });
    expect(rows.get("Input modalities")).toMatchObject({ before: "text, image", after: "text, image", changed: false });
    expect(rows.get("Fine-tuning")).toMatchObject({ before: "Yes", after: "No", verdict: "worse" });
    expect(rows.get("Reasoning")).toMatchObject({
      before: "No (not a reasoning model)",
      after: "Yes, default effort medium; efforts none, low, medium, high, xhigh, max",
      changed: true,
      verdict: null,
    });
    expect(rows.get("Long-context pricing")).toMatchObject({ after: "Over 272,000 input tokens: 2× input, 1.5× output", verdict: "worse" });
  });

  it("keeps the raw figures behind each row for exports", () => {
    const rows = new Map(changes("gpt-4o-mini", "gpt-6-luna").map((r) => [r.label, r.raw]));
    expect(rows.get("Shutdown date")).toEqual({ before: "2027-01-14", after: "none announced", unit: "YYYY-MM-DD" });
    expect(rows.get("Context window (tokens)")).toEqual({ before: 128_000, after: 1_050_000, unit: "tokens" });
    expect(rows.get("Max input (tokens)")).toEqual({ before: "= context window", after: 922_000, unit: "tokens" });
    expect(rows.get("Fine-tuning")).toEqual({ before: true, after: false, unit: "yes/no" });
    expect(rows.get("Status")).toEqual({ before: "Deprecated", after: "Active", unit: null });
  });
});
