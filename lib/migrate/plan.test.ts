import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";
import type { Workload } from "@/lib/cost/types";

import { costChangeText } from "./cost";
import { byId } from "./fixtures.test-helpers";
import { planMigration, unpricedReason } from "./plan";

const plan = (from: string, to: string | null = null, w: Workload = ARTICLE, today = TODAY) =>
  planMigration(from, to, byId, w, today)!;

describe("planMigration (fixture catalog, today 2026-11-25)", () => {
  it("gamma-mini: countdown, recommended replacement with its date, cost before and after", () => {
    const p = plan("gamma-mini");
    expect(p.countdown).toMatchObject({ status: "deprecated", days: 50, headline: "50 days until shutdown" });
    expect(p.countdown.text).toBe("Shuts down on Jan 14, 2027 (today is Nov 25, 2026).");
    expect(p.replacements).toEqual([
      {
        id: "beta-lite",
        readOn: "2026-10-27",
        note: null,
        source: byId.get("gamma-mini")!.sources.page,
        official: false,
        recommended: true,
        inCatalog: true,
        status: "active",
      },
    ]);
    expect(p.replacements[0]!.source?.url).toBe("https://example.com/fixture/gamma-mini");
    expect(p.target).toMatchObject({ id: "beta-lite", chainNote: null, countdown: { status: "active" } });
    // Article workload: gamma-mini $0.40 + 0.5 × $1.00 = $0.90 a day → $27; beta-lite $0.10 + 0.5 × $0.50 = $0.35 → $10.50.
    expect(p.cost.before).toMatchObject({ ok: true, perMonth: "27" });
    expect(p.cost.after).toMatchObject({ ok: true, perMonth: "10.5" });
    // 10.5 − 27 = −16.5; −16.5 / 27 = −61.11…%
    expect(p.cost.deltaPerMonth).toBe("-16.5");
    expect(p.cost.deltaPercent).toBe("-61.1");
    expect(costChangeText(p.cost)).toBe("saves 61.1%");
    // alpha-mini: $0.75 + 0.5 × $4.50 = $3.00 a day → $90: (90 − 27) / 27 = +233.3%.
    expect(costChangeText(plan("gamma-mini", "alpha-mini").cost)).toBe("costs 233.3% more");
    expect(unpricedReason(p, "before")).toBeNull();
    expect(unpricedReason(p, "after")).toBeNull();
  });

  it("replacements not in the catalog are named with their dates; the plan compares with the cheapest model that fits", () => {
    const p = plan("delta-nano");
    expect(p.countdown).toMatchObject({ days: 16, headline: "16 days until shutdown" });
    expect(p.replacements.map((r) => [r.id, r.readOn, r.inCatalog, r.recommended, r.note])).toEqual([
      ["delta-next", "2026-11-25", false, false, null],
      ["delta-alt", "2026-06-11", false, false, "an earlier reading of the notice"],
    ]);
    expect(p.recommendation).toMatchObject({ reason: "cheapest-fit", pick: { id: "beta-lite" } });
    // $0.05 + 0.5 × $0.40 = $0.25 a day → $7.50; beta-lite $0.35 a day → $10.50.
    expect(p.target).toMatchObject({ id: "beta-lite", chainNote: null });
    expect([p.cost.before.ok && p.cost.before.perMonth, p.cost.after?.ok && p.cost.after.perMonth]).toEqual(["7.5", "10.5"]);
  });

  it("a replacement not in the catalog, chosen, is named but never priced", () => {
    const p = plan("delta-nano", "delta-next");
    expect(p.target).toMatchObject({ id: "delta-next", model: null, countdown: null, chainNote: null });
    expect(p.changes).toEqual([]);
    expect(p.cost.after).toBeNull();
    expect(p.cost.deltaPerMonth).toBeNull();
    // $0.05 + 0.5 × $0.40 = $0.25 a day → $7.50.
    expect(p.cost.before).toMatchObject({ ok: true, perMonth: "7.5" });
    expect(unpricedReason(p, "after")).toBe("not in our catalog yet: no sourced price");
    expect(costChangeText(p.cost)).toBe("needs a price on both sides");
  });

  it("a shut-down model: days since, and a replacement that is itself retiring says so", () => {
    const p = plan("gamma-nano", "gamma-mini");
    expect(p.countdown).toMatchObject({ status: "shutdown", days: -33, headline: "Shut down 33 days ago" });
    expect(p.countdown.text).toBe("Shut down on Oct 23, 2026: calls to it fail (today is Nov 25, 2026).");
    expect(p.target?.chainNote).toBe(
      "gamma-mini is itself retiring: 50 days until shutdown. Shuts down on Jan 14, 2027 (today is Nov 25, 2026). Its recommended replacement is beta-lite.",
    );
    // A shut-down target names its own shut-down state.
    expect(plan("alpha-nano", "gamma-nano").target?.chainNote).toBe(
      "gamma-nano is itself shut down: shut down 33 days ago. Shut down on Oct 23, 2026: calls to it fail (today is Nov 25, 2026). Its recommended replacement is beta-lite.",
    );
  });

  it("takes snapshots with their own lifecycle", () => {
    const p = plan("omega-2024-05-13");
    expect(p.countdown).toMatchObject({ status: "shutdown", headline: "Shut down 239 days ago" });
    expect(p.replacements[0]).toMatchObject({ id: "omega-next", inCatalog: false });
    // A snapshot without a lifecycle of its own follows its alias.
    expect(plan("gamma-mini-2025-04-14").replacements[0]!.id).toBe("beta-lite");
    expect(plan("omega-2024-08-06").countdown.status).toBe("active");
  });

  it("active and unknown models", () => {
    const active = plan("beta-lite");
    expect(active.countdown).toMatchObject({ status: "active", headline: "No shutdown announced" });
    expect(active.replacements).toEqual([]);
    expect(active.target).toBeNull();
    expect(active.cost.after).toBeNull();
    expect(unpricedReason(active, "after")).toBe("choose a model to compare with");
    // Status, shutdown, 3 prices, long context, 3 limits, 2 modalities, reasoning, 3 features, cutoff.
    expect(plan("beta-lite", "alpha-nano").changes).toHaveLength(16);
    expect(plan("zeta-old").countdown).toMatchObject({ status: "unknown", headline: "Status unknown" });
  });

  it("a target equal to the model itself falls back to its recommended replacement", () => {
    expect(plan("gamma-mini", "gamma-mini").target?.id).toBe("beta-lite");
  });

  it("returns null for an unknown ID", () => {
    expect(planMigration("gpt-9", null, byId, ARTICLE, TODAY)).toBeNull();
  });
});
