import { describe, expect, it } from "vitest";
import { loadCatalog } from "@/lib/catalog/load";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload.test-helpers";
import type { Workload } from "@/lib/cost/types";
import { costChangeText } from "./cost";
import { toMigrationModel } from "./model";
import { planMigration, unpricedReason } from "./plan";

const TODAY = "2026-11-25";
const models = loadCatalog().map(toMigrationModel);
const byId = new Map(models.map((m) => [m.id, m]));
const plan = (from: string, to: string | null = null, w: Workload = ARTICLE, today = TODAY) => planMigration(from, to, byId, w, today)!;

describe("planMigration (real catalog, today 2026-11-25)", () => {
  it("gpt-4o-mini: countdown, recommended replacement with its date, cost before and after", () => {
    const p = plan("gpt-4o-mini");
    expect(p.countdown).toMatchObject({ status: "deprecated", days: 50, headline: "50 days until shutdown" });
    expect(p.countdown.text).toBe("Shuts down on Jan 14, 2027 (today is Nov 25, 2026).");
    expect(p.replacements).toEqual([
      expect.objectContaining({ id: "gpt-6-luna", readOn: "2026-10-27", recommended: true, inCatalog: true, status: "active" }),
    ]);
    expect(p.replacements[0]!.source?.url).toMatch(/^https:\/\//);
    expect(p.target?.id).toBe("gpt-6-luna");
    expect(p.target?.chainNote).toBeNull();
    // Article workload: $0.45/day → $13.50; gpt-6-luna $0.35/day → $10.50.
    expect(p.cost.before).toMatchObject({ ok: true, perMonth: "13.5" });
    expect(p.cost.after).toMatchObject({ ok: true, perMonth: "10.5" });
    expect(p.cost.deltaPerMonth).toBe("-3");
    expect(p.cost.deltaPercent).toBe("-22.2");
    expect(costChangeText(p.cost)).toBe("saves 22.2%");
    expect(costChangeText(plan("gpt-4o-mini", "gpt-4.1-mini").cost)).toMatch(/^costs [\d.]+% more$/);
    expect(unpricedReason(p, "after")).toBeNull();
  });

  it("a replacement not in the catalog is named with its date but never priced", () => {
    const p = plan("gpt-5-mini");
    expect(p.countdown).toMatchObject({ days: 16, headline: "16 days until shutdown" });
    expect(p.replacements.map((r) => [r.id, r.readOn, r.inCatalog])).toEqual([
      ["gpt-6.1-terra", "2026-11-25", false],
      ["gpt-5.6-terra", "2026-06-11", false],
    ]);
    expect(p.target).toMatchObject({ id: "gpt-6.1-terra", model: null });
    expect(p.changes).toEqual([]);
    expect(p.cost.after).toBeNull();
    expect(p.cost.deltaPerMonth).toBeNull();
    expect(p.cost.before).toMatchObject({ ok: true, perMonth: "37.5" });
    expect(unpricedReason(p, "after")).toBe("not in our catalog yet: no sourced price");
    expect(costChangeText(p.cost)).toBe("needs a price on both sides");
  });

  it("a shut-down model: days since, and a replacement that is itself retiring says so", () => {
    const p = plan("gpt-3.5-turbo", "gpt-4.1-mini");
    expect(p.countdown).toMatchObject({ status: "shutdown", days: -33, headline: "Shut down 33 days ago" });
    expect(p.countdown.text).toBe("Shut down on Oct 23, 2026: calls to it fail (today is Nov 25, 2026).");
    expect(p.target?.chainNote).toBe(
      "gpt-4.1-mini is itself retiring: 50 days until shutdown. Shuts down on Jan 14, 2027 (today is Nov 25, 2026). Its recommended replacement is gpt-6-luna.",
    );
  });

  it("takes snapshots with their own lifecycle", () => {
    const p = plan("gpt-4o-2024-05-13");
    expect(p.countdown.status).toBe("shutdown");
    expect(p.replacements[0]).toMatchObject({ id: "gpt-5.6-sol", inCatalog: false });
    expect(plan("gpt-4o-mini-2024-07-18").replacements[0]!.id).toBe("gpt-6-luna");
  });

  it("active and unknown models", () => {
    const active = plan("gpt-6-luna");
    expect(active.countdown).toMatchObject({ status: "active", headline: "No shutdown announced" });
    expect(active.replacements).toEqual([]);
    expect(active.target).toBeNull();
    expect(active.cost.after).toBeNull();
    expect(unpricedReason(active, "after")).toBe("choose a model to compare with");
    expect(plan("gpt-6-luna", "gpt-5.4-nano").changes.length).toBeGreaterThan(10);
    expect(plan("o1-mini").countdown).toMatchObject({ status: "unknown", headline: "Status unknown" });
  });

  it("returns null for an unknown ID", () => {
    expect(planMigration("gpt-9", null, byId, ARTICLE, TODAY)).toBeNull();
  });
});
