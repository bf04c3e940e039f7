import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { toMigrationModel } from "@/lib/migrate/model";
import { planMigration } from "@/lib/migrate/plan";
import { migrateWorkload, loadMigrateParams } from "@/lib/url/migrate";
import { parseCsv } from "./csv-reader.test-helpers";
import { migrateExportTable, migrateExportTitle, MIGRATE_SECTION } from "./migrate";
import { CSV_UNKNOWN, toCsv, toJsonExport } from "./table";

const TODAY = "2026-11-25";
const byId = new Map(loadCatalog().map(toMigrationModel).map((m) => [m.id, m]));

/** The plan and workload the planner shows for a link's query. */
function exportOf(query: string) {
  const state = loadMigrateParams(new URLSearchParams(query));
  const workload = migrateWorkload(state);
  const plan = planMigration(state.from!, state.to, byId, workload, TODAY)!;
  return { plan, table: migrateExportTable(plan, workload) };
}
const find = (rows: Record<string, unknown>[], field: string) => rows.find((r) => r.field === field)!;

describe("migrateExportTable", () => {
  it("gpt-4o-mini → gpt-6-luna: countdown, replacement with its date, exact cost before/after/difference, every change", () => {
    const { plan, table } = exportOf("from=gpt-4o-mini");
    expect(migrateExportTitle(plan)).toBe("Migration plan: gpt-4o-mini to gpt-6-luna");
    expect(table.columns.map((c) => c.label)).toEqual([
      "Section", "Field", "Unit", "Before: gpt-4o-mini", "After: gpt-6-luna", "Difference (after − before)", "Change", "Note",
    ]);
    const rows = table.rows;
    expect(find(rows, "Countdown")).toMatchObject({ before: "50 days until shutdown", after: "No shutdown announced" });
    expect(find(rows, "Status").note).toBe("Shuts down on Jan 14, 2027 (today is Nov 25, 2026).");
    expect(find(rows, "Recommended replacement")).toMatchObject({ section: MIGRATE_SECTION.replacements, after: "gpt-6-luna" });
    expect(find(rows, "Recommended replacement").note).toMatch(/^read on 2026-10-27; Active; source: .+ \(https:\/\//);
    expect(find(rows, "Input tokens per day")).toMatchObject({ unit: "tokens", before: 1_000_000, after: 1_000_000 });
    expect(find(rows, "Cost per month, Standard tier")).toMatchObject({
      unit: "USD, 30 days", before: "13.5", after: "10.5", difference: "-3", change: "saves 22.2%",
    });
    // The caveat under the cost boxes travels with the figure.
    expect(find(rows, "Cost per month, Standard tier").note).toMatch(/^Request size unknown: the long-context surcharge/);
    expect(find(rows, "Cost per day, Standard tier")).toMatchObject({ before: "0.45", after: "0.35" });
    expect(find(rows, "Change in monthly cost")).toMatchObject({ unit: "%", difference: "-22.2" });
    expect(find(rows, "Input price (per 1M tokens)")).toMatchObject({
      section: MIGRATE_SECTION.changes, unit: "USD per 1M tokens", before: 0.15, after: 0.1, change: "changed: better",
    });
    expect(find(rows, "Fine-tuning")).toMatchObject({ before: true, after: false, change: "changed: worse" });
    expect(find(rows, "Input modalities")).toMatchObject({ before: "text, image", after: "text, image", change: "same" });
    // Every row of the side-by-side, in its order, after the plan's other sections.
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.changes).map((r) => r.field)).toEqual(plan.changes.map((c) => c.label));

    const csv = parseCsv(toCsv(table));
    expect(csv.find((r) => r[1] === "Context window (tokens)")).toEqual(["What changes", "Context window (tokens)", "tokens", "128000", "1050000", "", "changed: better", ""]);
    expect(csv.find((r) => r[1] === "Fine-tuning")?.slice(3, 5)).toEqual(["yes", "no"]);
    expect(csv.find((r) => r[1] === "Cost per month, Standard tier")?.slice(3, 7)).toEqual(["13.5", "10.5", "-3", "saves 22.2%"]);
  });

  it("a replacement not in the catalog is named with its date, never priced", () => {
    const { table } = exportOf("from=gpt-5-mini");
    const rows = table.rows;
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.replacements).map((r) => [r.field, r.after])).toEqual([
      ["Recommended replacement", "gpt-6.1-terra"],
      ["Alternative reading", "gpt-5.6-terra"],
    ]);
    expect(find(rows, "Recommended replacement").note).toMatch(/^read on 2026-11-25; not in our catalog yet/);
    const month = find(rows, "Cost per month, Standard tier");
    expect(month).toMatchObject({ before: "37.5", after: null, difference: "", change: "needs a price on both sides", note: "not in our catalog yet: no sourced price" });
    expect(rows.filter((r) => r.section === MIGRATE_SECTION.changes)).toEqual([]);
    const csvMonth = parseCsv(toCsv(table)).find((r) => r[1] === "Cost per month, Standard tier")!;
    expect(csvMonth.slice(3, 6)).toEqual(["37.5", CSV_UNKNOWN, ""]);
  });

  it("follows the workload and the chosen target; JSON keeps figures raw", () => {
    const { plan, table } = exportOf("from=gpt-4o-mini&to=gpt-4.1-mini&in=2000000&rsn=100000&req=50000");
    const json = toJsonExport(table, { view: "migrate", link: "/migrate?from=gpt-4o-mini&to=gpt-4.1-mini&in=2000000&rsn=100000" });
    expect(json.columns[4]!.label).toBe("After: gpt-4.1-mini");
    expect(find(json.rows, "Input tokens per day")).toMatchObject({ before: 2_000_000, after: 2_000_000 });
    expect(find(json.rows, "Reasoning tokens per day")).toMatchObject({ before: 100_000 });
    expect(find(json.rows, "Typical input per request")).toMatchObject({ before: 50_000, after: 50_000 });
    expect(find(json.rows, "Cost per month, Standard tier")).toMatchObject({ before: plan.cost.before.ok && plan.cost.before.perMonth, difference: plan.cost.deltaPerMonth });
    expect(find(json.rows, "Status").note).toContain("gpt-4.1-mini is itself retiring");
    expect(find(json.rows, "Max output (tokens)")).toMatchObject({ unit: "tokens", before: 16_384, after: 32_768 });
  });

  it("an active model with nothing chosen: the after column is empty, not 'not published'", () => {
    const { table } = exportOf("from=gpt-6-luna");
    expect(table.columns[4]!.label).toBe("After: no model chosen");
    const csv = parseCsv(toCsv(table));
    expect(csv.find((r) => r[1] === "Countdown")?.slice(3, 5)).toEqual(["No shutdown announced", ""]);
    const month = csv.find((r) => r[1] === "Cost per month, Standard tier")!;
    expect(month.slice(3, 7)).toEqual(["10.5", "", "", "needs a price on both sides"]);
    expect(month[7]).toMatch(/^choose a model to compare with; /);
  });
});
