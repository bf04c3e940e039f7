import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { byId } from "@/lib/migrate/fixtures.test-helpers";
import { planMigration } from "@/lib/migrate/plan";
import { loadMigrateParams, migrateWorkload } from "@/lib/url/migrate";

import { parseCsv } from "./csv-reader.test-helpers";
import { MIGRATE_SECTION, migrateExportTable, migrateExportTitle } from "./migrate";
import { toCsv, toJsonExport } from "./table";

/** The plan and workload the planner shows for a link's query. */
function exportOf(query: string) {
  const state = loadMigrateParams(new URLSearchParams(query));
  const workload = migrateWorkload(state);
  const plan = planMigration(state.from!, state.to, byId, workload, TODAY)!;
  return { plan, table: migrateExportTable(plan, workload) };
}
const find = (rows: Record<string, unknown>[], field: string) => rows.find((r) => r.field === field)!;

describe("migrateExportTable", () => {
  it("gamma-mini → beta-lite: countdown, replacement with its date, exact cost before/after/difference, every change", () => {
    const { plan, table } = exportOf("from=gamma-mini");
    expect(migrateExportTitle(plan)).toBe("Migration plan: gamma-mini to beta-lite");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Section",
      "Field",
      "Unit",
      "Before: gamma-mini",
      "After: beta-lite",
      "Difference (after − before)",
      "Change",
      "Note",
    ]);
    const rows = table.rows;
    expect(find(rows, "Countdown")).toMatchObject({ before: "50 days until shutdown", after: "No shutdown announced" });
    expect(find(rows, "Status").note).toBe("Shuts down on Jan 14, 2027 (today is Nov 25, 2026).");
    expect(find(rows, "Recommended replacement")).toMatchObject({ section: MIGRATE_SECTION.replacements, after: "beta-lite" });
    expect(find(rows, "Recommended replacement").note).toMatch(/^read on 2026-10-27; Active; source: .+ \(https:\/\//);
    expect(find(rows, "Input tokens per day")).toMatchObject({ unit: "tokens", before: 1_000_000, after: 1_000_000 });
    // $0.90 and $0.35 a day (see lib/migrate/plan.test.ts): $27 → $10.50, −16.5 / 27 = −61.1%.
    expect(find(rows, "Cost per month, Standard tier")).toMatchObject({
      unit: "USD, 30 days",
      before: "27",
      after: "10.5",
      difference: "-16.5",
      change: "saves 61.1%",
    });
    // The caveat under the cost boxes travels with the figure.
    expect(find(rows, "Cost per month, Standard tier").note).toMatch(/^Request size unknown: the long-context surcharge/);
    expect(find(rows, "Cost per day, Standard tier")).toMatchObject({ before: "0.9", after: "0.35" });
    expect(find(rows, "Change in monthly cost")).toMatchObject({ unit: "%", difference: "-61.1" });
    expect(find(rows, "Input price (per 1M tokens)")).toMatchObject({
      section: MIGRATE_SECTION.changes,
      unit: "USD per 1M tokens",
      before: 0.4,
      after: 0.1,
      change: "changed: better",
    });
    expect(find(rows, "Fine-tuning")).toMatchObject({ before: true, after: false, change: "changed: worse" });
    expect(find(rows, "Input modalities")).toMatchObject({ before: "text, image", after: "text, image", change: "same" });
    // Every row of the side-by-side, in its order, after the plan's other sections.
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.changes).map((r) => r.field)).toEqual(
      plan.changes.map((c) => c.label),
    );

    const csv = parseCsv(toCsv(table));
    expect(csv.find((r) => r[1] === "Context window (tokens)")).toEqual([
      "What changes",
      "Context window (tokens)",
      "tokens",
      "1047576",
      "1050000",
      "",
      "changed: better",
      "",
    ]);
    expect(csv.find((r) => r[1] === "Fine-tuning")?.slice(3, 5)).toEqual(["yes", "no"]);
    expect(csv.find((r) => r[1] === "Cost per month, Standard tier")?.slice(3, 7)).toEqual([
      "27",
      "10.5",
      "-16.5",
      "saves 61.1%",
    ]);
  });

  it("replacements not in the catalog: the cheapest model that meets the capabilities is recommended instead", () => {
    const { table } = exportOf("from=delta-nano");
    const rows = table.rows;
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.replacements).map((r) => [r.field, r.after])).toEqual([
      ["Named replacement", "delta-next"],
      ["Named replacement", "delta-alt"],
      ["Recommended instead", "beta-lite"],
    ]);
    expect(find(rows, "Named replacement").note).toMatch(/^read on 2026-11-25; not in our catalog yet/);
    // $0.10 + 0.5 × $0.50 = $0.35 a day → $10.50.
    expect(find(rows, "Recommended instead").note).toBe(
      "the cheapest callable model that meets delta-nano's capabilities: text input, text output, a context window of at least 128,000 tokens, at least 16,384 output tokens per request, function calling and structured outputs; $10.50 a month",
    );
    // $7.50 → $10.50: +$3, +40%.
    expect(find(rows, "Cost per month, Standard tier")).toMatchObject({ before: "7.5", after: "10.5", difference: "3" });
  });

  it("a cheaper model that shuts down sooner is named second, with its date", () => {
    const { table } = exportOf("from=gamma-nano");
    // delta-nano meets gamma-nano's capabilities at $7.50 a month, but shuts down on 2026-12-11.
    expect(find(table.rows, "Cheaper, but shuts down sooner")).toMatchObject({
      after: "delta-nano",
      note: "delta-nano is $7.50 a month but shuts down on Dec 11, 2026 (in 16 days).",
    });
  });

  it("a replacement not in the catalog, chosen: named with its date, never priced", () => {
    const { table } = exportOf("from=delta-nano&to=delta-next");
    const rows = table.rows;
    const month = find(rows, "Cost per month, Standard tier");
    expect(month).toMatchObject({
      before: "7.5",
      after: null,
      difference: "",
      change: "needs a price on both sides",
      note: "not in our catalog yet: no sourced price",
    });
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.changes)).toEqual([]);
    const csvMonth = parseCsv(toCsv(table)).find((r) => r[1] === "Cost per month, Standard tier")!;
    // The missing price is an empty cell (the column stays numeric), named in the last column;
    // the difference that does not apply is empty too, and not named.
    expect(csvMonth.slice(3, 6)).toEqual(["7.5", "", ""]);
    expect(csvMonth.at(-1)).toBe("After: delta-next");
  });

  it("follows the workload and the chosen target; JSON keeps figures raw", () => {
    const { plan, table } = exportOf("from=delta-nano&to=gamma-mini&in=2000000&rsn=100000&req=50000");
    const json = toJsonExport(table, { view: "migrate", link: "/migrate?from=delta-nano&to=gamma-mini&in=2000000&rsn=100000" });
    expect(json.columns[4]!.label).toBe("After: gamma-mini");
    expect(find(json.rows, "Input tokens per day")).toMatchObject({ before: 2_000_000, after: 2_000_000 });
    expect(find(json.rows, "Reasoning tokens per day")).toMatchObject({ before: 100_000 });
    expect(find(json.rows, "Typical input per request")).toMatchObject({ before: 50_000, after: 50_000 });
    // delta-nano reasons: 2M × $0.05 + (500K + 100K) × $0.40 = $0.34 a day → $10.20.
    // gamma-mini does not: 2M × $0.40 + 500K × $1.00 = $1.30 a day → $39; the difference is $28.80.
    expect(find(json.rows, "Cost per month, Standard tier")).toMatchObject({ before: "10.2", after: "39", difference: "28.8" });
    expect([plan.cost.before.ok && plan.cost.before.perMonth, plan.cost.deltaPerMonth]).toEqual(["10.2", "28.8"]);
    expect(find(json.rows, "Status").note).toContain("gamma-mini is itself retiring");
    expect(find(json.rows, "Max output (tokens)")).toMatchObject({ unit: "tokens", before: 16_384, after: 32_768 });
  });

  it("an active model with nothing chosen: the after column is empty, not 'not published'", () => {
    const { table } = exportOf("from=beta-lite");
    expect(table.columns[4]!.label).toBe("After: no model chosen");
    const csv = parseCsv(toCsv(table));
    expect(csv.find((r) => r[1] === "Countdown")?.slice(3, 5)).toEqual(["No shutdown announced", ""]);
    const month = csv.find((r) => r[1] === "Cost per month, Standard tier")!;
    expect(month.slice(3, 7)).toEqual(["10.5", "", "", "needs a price on both sides"]);
    expect(month[7]).toMatch(/^choose a model to compare with; /);
  });
});
