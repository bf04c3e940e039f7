import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import { byId, migrationModel as m, MAKER_GUIDANCE, naming } from "./fixtures.test-helpers";
import type { MigrationModel } from "./model";
import { needsMigration, recommendMigration, type Destination } from "./recommendation";

const NONE = { fineTuning: false };
const recommend = (from: MigrationModel, needs = NONE) => recommendMigration(from, byId, ARTICLE, needs, TODAY);
const perMonth = (d: Destination | null) => (d?.cost?.after?.ok ? d.cost.after.perMonth : null);

describe("recommendMigration (fixture catalog, article workload, today 2026-11-25)", () => {
  it("gamma-mini: its named replacement beta-lite leads, priced, meeting every capability", () => {
    const r = recommend(m("gamma-mini"));
    expect(r.named.map((d) => [d.id, d.official, d.status, d.standing, d.unmet])).toEqual([
      ["beta-lite", false, "active", "lasting", []],
    ]);
    expect(r.named[0]!.readings).toEqual([
      { readOn: "2026-10-27", source: m("gamma-mini").sources.page, official: false, note: null },
    ]);
    // $0.90 a day → $0.35 a day: $27 → $10.50.
    expect(r.named[0]!.cost).toMatchObject({ deltaPerMonth: "-16.5", deltaPercent: "-61.1" });
    expect([r.pick?.id, r.reason]).toEqual(["beta-lite", "named"]);
    // Only beta-lite has the 1M-token window among the callable small models.
    expect(r.cheapestFit?.id).toBe("beta-lite");
    expect(r.soonerFit).toBeNull();
    expect(r.requirements).toHaveLength(6);
  });

  it("delta-nano: its replacements are not in the catalog, so the cheapest model that meets its capabilities leads", () => {
    const r = recommend(m("delta-nano"));
    expect(r.named.map((d) => [d.id, d.model, d.status, d.cost, d.unmet])).toEqual([
      ["delta-next", null, null, null, null],
      ["delta-alt", null, null, null, null],
    ]);
    // Text, 128K window, 16,384 out: alpha-mini $90, alpha-nano $11.25 and beta-lite $10.50 all qualify.
    expect([r.pick?.id, r.reason, perMonth(r.pick)]).toEqual(["beta-lite", "cheapest-fit", "10.5"]);
    expect(r.pick!.readings).toEqual([]);
    // $7.50 → $10.50: +$3, +40%.
    expect(r.pick!.cost).toMatchObject({ deltaPerMonth: "3", deltaPercent: "40" });
    // gamma-mini also qualifies but costs $27, so no cheaper sooner-retiring model is named.
    expect(r.soonerFit).toBeNull();
  });

  it("gamma-nano: a cheaper model that qualifies but shuts down sooner is named second, with its date", () => {
    const r = recommend(m("gamma-nano"));
    expect([r.pick?.id, r.reason]).toEqual(["beta-lite", "named"]);
    // delta-nano: text, 128K, 16,384 out, functions and schemas, $7.50 a month, shuts down 2026-12-11.
    expect(r.soonerFit).toMatchObject({ shutdownDate: "2026-12-11", daysLeft: 16, destination: { id: "delta-nano" } });
    expect(perMonth(r.soonerFit!.destination)).toBe("7.5");
  });

  it("merges the readings that name the same model, and marks OpenAI-style official guidance", () => {
    const from = naming("gamma-nano", [
      { id: "beta-lite", readOn: "2026-11-20", source: "maker" },
      { id: "alpha-nano", readOn: "2026-10-01", source: "page", note: "a third party's reading" },
      { id: "beta-lite", readOn: "2026-10-15", source: "page" },
    ]);
    const r = recommend(from);
    expect(r.named.map((d) => [d.id, d.official, d.readings.map((x) => [x.readOn, x.official])])).toEqual([
      [
        "beta-lite",
        true,
        [
          ["2026-11-20", true],
          ["2026-10-15", false],
        ],
      ],
      ["alpha-nano", false, [["2026-10-01", false]]],
    ]);
    expect(r.named[0]!.readings[0]!.source).toEqual(MAKER_GUIDANCE);
  });

  it("never leads with a named replacement that retires within 90 days or is shut down", () => {
    // gamma-mini shuts down in 50 days; gamma-nano is shut down.
    const r = recommend(
      naming("delta-nano", [
        { id: "gamma-mini", readOn: "2026-06-11", source: "maker" },
        { id: "gamma-nano", readOn: "2026-06-11", source: "page" },
        { id: "alpha-nano", readOn: "2026-06-11", source: "page" },
      ]),
    );
    expect(r.named.map((d) => [d.id, d.standing, d.daysLeft])).toEqual([
      ["gamma-mini", "leaving", 50],
      ["gamma-nano", "gone", -33],
      ["alpha-nano", "lasting", null],
    ]);
    expect([r.pick?.id, r.reason]).toEqual(["alpha-nano", "named"]);
    const none = recommend(naming("delta-nano", [{ id: "gamma-mini", readOn: "2026-06-11", source: "maker" }]));
    expect([none.pick?.id, none.reason]).toEqual(["beta-lite", "cheapest-fit"]);
  });

  it("a user who needs fine-tuning: nothing callable qualifies, the named replacement still leads and says what it lacks", () => {
    const r = recommend(m("gamma-mini"), { fineTuning: true });
    expect(r.cheapestFit).toBeNull();
    expect(r.soonerFit).toBeNull();
    expect([r.pick?.id, r.reason]).toEqual(["beta-lite", "named"]);
    expect(r.pick!.unmet!.map((x) => x.key)).toEqual(["fineTuning"]);
  });

  it("a model of unknown status gets the cheapest callable model; nothing is required of it", () => {
    const r = recommend(m("zeta-old"));
    expect(r.requirements).toEqual([]);
    expect([r.pick?.id, r.reason]).toEqual(["beta-lite", "cheapest-fit"]);
    expect(r.soonerFit?.destination.id).toBe("delta-nano");
  });

  it("prices against an unpriced old model without a difference", () => {
    // omega-2024-05-13 publishes no Standard price of its own; its replacement is not in the catalog.
    const r = recommend(m("omega-2024-05-13"));
    expect([r.pick?.id, perMonth(r.pick), r.pick!.cost!.deltaPerMonth]).toEqual(["beta-lite", "10.5", null]);
  });

  it("an active model with no named successor needs no plan", () => {
    expect(needsMigration(m("beta-lite"), TODAY)).toBe(false);
    expect(needsMigration(m("gamma-mini"), TODAY)).toBe(true);
    expect(needsMigration(m("zeta-old"), TODAY)).toBe(true);
    expect(recommend(m("beta-lite"))).toMatchObject({ named: [], cheapestFit: null, pick: null, reason: null });
  });

  it("a snapshot is never its own alias's replacement", () => {
    const r = recommend(m("gamma-mini-2025-04-14"));
    expect(r.pick?.id).toBe("beta-lite");
  });
});
