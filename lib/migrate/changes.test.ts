import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";

import { changeText, compareModels } from "./changes";
import { migrationModel } from "./fixtures.test-helpers";

const changes = (from: string, to: string) => compareModels(migrationModel(from), migrationModel(to), TODAY);

describe("compareModels (fixture catalog, today 2026-11-25)", () => {
  it("lists what changes, with a verdict for the reader", () => {
    const rows = new Map(changes("gamma-mini", "beta-lite").map((r) => [r.label, r]));
    expect(rows.get("Input price (per 1M tokens)")).toEqual({
      label: "Input price (per 1M tokens)",
      before: "$0.40",
      after: "$0.10",
      changed: true,
      verdict: "better",
      raw: { before: 0.4, after: 0.1, unit: "USD per 1M tokens" },
    });
    expect(rows.get("Output price (per 1M tokens)")).toMatchObject({ before: "$1.00", after: "$0.50", verdict: "better" });
    expect(rows.get("Context window (tokens)")).toMatchObject({ before: "1,047,576", after: "1,050,000", verdict: "better" });
    // beta-lite takes at most 922,000 input tokens: fewer than gamma-mini's whole window.
    expect(rows.get("Max input (tokens)")).toMatchObject({ before: "= context window", after: "922,000", verdict: "worse" });
    expect(rows.get("Max output (tokens)")).toMatchObject({ before: "32,768", after: "128,000", verdict: "better" });
    expect(rows.get("Input modalities")).toMatchObject({
      before: "text, image",
      after: "text, image",
      changed: false,
      verdict: null,
    });
    expect(rows.get("Fine-tuning")).toMatchObject({ before: "Yes", after: "No", verdict: "worse" });
    expect(rows.get("Reasoning")).toMatchObject({
      before: "No (not a reasoning model)",
      after: "Yes, default effort medium; efforts none, low, medium, high, xhigh",
      changed: true,
      verdict: null,
    });
    expect(rows.get("Long-context pricing")).toMatchObject({
      before: "None published",
      after: "Over 272,000 input tokens: 2× input, 1.5× output",
      verdict: "worse",
    });
    expect(rows.get("Knowledge cutoff")).toMatchObject({ before: "Jun 2024", after: "Jan 2026", verdict: "better" });
  });

  it("keeps the raw figures behind each row for exports", () => {
    const rows = new Map(changes("gamma-mini", "beta-lite").map((r) => [r.label, r.raw]));
    expect(rows.get("Shutdown date")).toEqual({ before: "2027-01-14", after: "none announced", unit: "YYYY-MM-DD" });
    expect(rows.get("Context window (tokens)")).toEqual({ before: 1_047_576, after: 1_050_000, unit: "tokens" });
    expect(rows.get("Max input (tokens)")).toEqual({ before: "= context window", after: 922_000, unit: "tokens" });
    expect(rows.get("Fine-tuning")).toEqual({ before: true, after: false, unit: "yes/no" });
    expect(rows.get("Status")).toEqual({ before: "Deprecated", after: "Active", unit: null });
    expect(rows.get("Knowledge cutoff")).toEqual({ before: "2024-06", after: "2026-01", unit: "YYYY-MM(-DD)" });
  });

  it("says 'not published' and gives no verdict where a figure is missing", () => {
    const rows = new Map(changes("zeta-old", "beta-lite").map((r) => [r.label, r]));
    expect(rows.get("Context window (tokens)")).toMatchObject({
      before: "not published",
      after: "1,050,000",
      changed: true,
      verdict: null,
    });
    expect(rows.get("Cached input price (per 1M tokens)")).toMatchObject({
      before: "not published",
      after: "$0.01",
      verdict: null,
    });
    expect(rows.get("Reasoning")).toMatchObject({ before: "not published", verdict: null });
    expect(rows.get("Function calling")).toMatchObject({ before: "not published", after: "Yes", verdict: null });
    expect(rows.get("Input modalities")).toMatchObject({ before: "not published", after: "text, image", verdict: null });
    // Losing image input is worse; gaining it is better.
    expect(changes("alpha-nano", "delta-nano").find((r) => r.label === "Input modalities")).toMatchObject({
      before: "text, image",
      after: "text",
      verdict: "worse",
    });
    expect(changes("delta-nano", "alpha-nano").find((r) => r.label === "Input modalities")?.verdict).toBe("better");
  });
});

describe("changeText", () => {
  it("says whether and how a row changed", () => {
    const rows = new Map(changes("gamma-mini", "beta-lite").map((r) => [r.label, r]));
    expect(changeText(rows.get("Input price (per 1M tokens)")!)).toBe("changed: better");
    expect(changeText(rows.get("Fine-tuning")!)).toBe("changed: worse");
    expect(changeText(rows.get("Reasoning")!)).toBe("changed");
    expect(changeText(rows.get("Input modalities")!)).toBe("same");
  });
});
