import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { wizardCandidates } from "@/lib/recommend/candidates";
import { recommend } from "@/lib/recommend/rank";
import { loadWizardParams, toWizardAnswers } from "@/lib/url/wizard";

import { parseCsv } from "./csv-reader.test-helpers";
import { toCsv, toJsonExport } from "./table";
import { wizardExportTable } from "./wizard";

const candidates = wizardCandidates(fixtureCatalog);

/** The shortlist the result step shows for a wizard link. */
function shortlistOf(query: string) {
  const answers = toWizardAnswers(loadWizardParams(new URLSearchParams(query)))!;
  return recommend(answers, candidates, TODAY).shortlist;
}

describe("wizardExportTable", () => {
  it("holds the ranked picks as shown: rank, ID, exact monthly cost, limits, image input, quality, lifecycle", () => {
    const table = wizardExportTable(shortlistOf("s=result&p=cost&ti=10000&tl=300000&img=yes&in=1000000&out=500000"));
    // Per day: beta-lite $0.10 + 0.5 × $0.50, alpha-nano $0.10 + 0.5 × $0.55, alpha-mini $0.75 + 0.5 × $4.50.
    expect(table.rows.map((r) => [r.rank, r.model, r.perMonth, r.perDay, r.status, r.imageInput])).toEqual([
      [1, "beta-lite", "10.5", "0.35", "Active", true],
      [2, "alpha-nano", "11.25", "0.375", "Active", true],
      [3, "alpha-mini", "90", "3", "Active", true],
    ]);
    expect(table.rows[0]).toMatchObject({
      contextWindow: 1_050_000,
      why: "Cheapest active small model that takes images and fits your largest input (300K tokens): $10.50/month.",
    });
    expect(table.rows[0]!.whenOther).toContain(
      "If quality matters more than cost, take alpha-mini (GPQA Diamond 88% at high effort).",
    );

    const csv = parseCsv(toCsv(table));
    expect(csv[0]!.slice(0, 10)).toEqual([
      "Rank",
      "Model ID",
      "Name",
      "Lifecycle",
      "Shutdown date (YYYY-MM-DD)",
      "Cost per month, Standard tier (USD, 30-day month)",
      "Cost per day, Standard tier (USD)",
      "Context window (tokens)",
      "Max input (tokens)",
      "Image input (yes/no)",
    ]);
    expect(csv[1]!.slice(0, 10)).toEqual([
      "1",
      "beta-lite",
      "Beta Lite",
      "Active",
      "",
      "10.5",
      "0.35",
      "1050000",
      "922000",
      "yes",
    ]);
    expect(csv[2]![8]).toBe(""); // alpha-nano publishes no separate max input
    expect(csv[0]!.at(-1)).toBe("Not published");
    // beta-lite publishes no score or speed in the fixture; neither pick has a shutdown date.
    expect(csv[1]!.at(-1)).toBe("Shutdown date; Quality benchmark; Quality score; Quality measured at; Output speed");
    expect(csv[2]!.at(-1)).toMatch(/^Shutdown date; Max input(; |$)/);
  });

  it("says when a pick is retiring, with its shutdown date, and writes its quality score as a number", () => {
    const table = wizardExportTable(shortlistOf("s=result&p=cost&ti=10000&tl=600000&img=yes&in=1000000&out=500000"));
    expect(table.rows.map((r) => r.model)).toEqual(["beta-lite", "gamma-mini"]);
    expect(table.rows[1]).toMatchObject({
      status: "Deprecated",
      shutdownDate: "2027-01-14",
      warning: "Retiring: shuts down on Jan 14, 2027, in 50 days. Calls fail after that.",
      qualityBenchmark: "GPQA Diamond",
      qualityScore: 65,
      // A score measured at no stated setting: an empty cell (null is kept for "no score").
      qualitySetting: "",
    });
  });

  it("a quality-first shortlist names the benchmark, score, effort and speed; JSON keeps unknowns as null", () => {
    const table = wizardExportTable(shortlistOf("s=result&p=quality&ti=2000&tl=8000&img=no&in=1000000&out=500000"));
    expect(table.rows[0]).toMatchObject({
      model: "alpha-mini",
      qualityBenchmark: "GPQA Diamond",
      qualityScore: 88,
      qualitySetting: "high effort",
      speed: 200,
    });
    const json = toJsonExport(table, { view: "wizard", link: "/wizard?s=result&p=quality" });
    expect(json.rows.every((r) => r.rank !== null && typeof r.perMonth === "string")).toBe(true);
    expect(json.rows.find((r) => r.model === "beta-lite")).toMatchObject({
      maxInput: 922_000,
      shutdownDate: null,
      speed: null,
      qualityScore: null,
    });
    expect(json.rows.find((r) => r.model === "alpha-nano")).toMatchObject({ maxInput: null });
  });
});
