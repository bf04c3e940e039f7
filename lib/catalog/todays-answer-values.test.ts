import { describe, expect, it } from "vitest";

import { fixtureCatalog, fixtureEntry, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { nextShutdowns, todaysAnswer } from "./todays-answer";
import type { CatalogEntry } from "./types";

// Every value is computed inside its test: a mutant is switched on per test (docs/mutation.md).

/** A fixture entry under another ID, with changes (a made-up model for one case). */
function variant(id: string, of: string, change: (e: CatalogEntry) => void = () => {}): CatalogEntry {
  const e = structuredClone(fixtureEntry(of));
  e.id = id;
  change(e);
  return e;
}

describe("todaysAnswer's best scorer", () => {
  it("names the best lasting score on the most published benchmark, with its setting", () => {
    // GPQA Diamond: alpha-mini 88 (high), alpha-nano 80 (high); delta-nano 70 and gamma-mini 65 are leaving.
    const a = todaysAnswer(fixtureCatalog, TODAY);
    expect(a.benchmark).toEqual({ name: "GPQA Diamond", models: 4, of: 5 });
    expect(a.best).toEqual({ pick: { id: "alpha-mini", value: 88, unit: "%", setting: "high" }, sooner: null });
  });

  it("takes the higher score, whichever comes first in the list, and wherever the model comes in the catalog", () => {
    const catalog = [...fixtureCatalog].reverse();
    expect(todaysAnswer(catalog, TODAY).best.pick).toEqual({ id: "alpha-mini", value: 88, unit: "%", setting: "high" });
    // alpha-nano reporting 70 (low) before its 80 (high): its best is 80, still behind alpha-mini.
    const twice = catalog.map((e) =>
      e.id === "alpha-nano"
        ? variant("alpha-nano", "alpha-nano", (x) => x.benchmarks.unshift({ ...x.benchmarks[0]!, value: 70, setting: "low" }))
        : e,
    );
    expect(todaysAnswer(twice, TODAY).best.pick).toEqual({ id: "alpha-mini", value: 88, unit: "%", setting: "high" });
    // Without alpha-mini, alpha-nano's best (80, high) is the pick, not its first score (70, low).
    const noAlphaMini = twice.filter((e) => e.id !== "alpha-mini");
    expect(todaysAnswer(noAlphaMini, TODAY).best.pick).toEqual({ id: "alpha-nano", value: 80, unit: "%", setting: "high" });
  });

  it("gives a score without a setting as null", () => {
    // Only gamma-mini (leaving) and alpha-nano: GPQA Diamond; gamma-mini's 65 has no setting, alpha-nano's 80 beats it.
    const a = todaysAnswer(
      [fixtureEntry("gamma-mini"), variant("alpha-nano", "alpha-nano", (x) => delete x.benchmarks[0]!.setting)],
      TODAY,
    );
    expect(a.best).toEqual({ pick: { id: "alpha-nano", value: 80, unit: "%", setting: null }, sooner: null });
  });

  it("has no benchmark and no scorer when no callable small model publishes one", () => {
    // omega is full-size; zeta-old publishes nothing (and its status is unknown).
    const a = todaysAnswer([fixtureEntry("omega"), fixtureEntry("zeta-old")], TODAY);
    expect(a.benchmark).toBeNull();
    expect(a.best).toEqual({ pick: null, sooner: null });
  });
});

describe("todaysAnswer's cheapest", () => {
  it("passes over a small model without a Standard price", () => {
    const unpriced = variant("unpriced-nano", "alpha-nano", (x) => {
      x.pricing.standard!.input.value = null;
    });
    const a = todaysAnswer([unpriced, fixtureEntry("beta-lite")], TODAY);
    expect(a.cheapest).toEqual({ pick: { id: "beta-lite", perMonth: "10.5" }, sooner: null });
  });
});

describe("nextShutdowns, computed in each test", () => {
  it("orders the dates by countdown whatever the catalog's order, and keeps only the first ones", () => {
    const reversed = [...fixtureCatalog].reverse();
    expect(nextShutdowns(reversed, TODAY)).toEqual([
      { date: "2026-12-11", daysLeft: 16, ids: ["delta-nano"] },
      { date: "2027-01-14", daysLeft: 50, ids: ["gamma-mini"] },
    ]);
    expect(nextShutdowns(reversed, TODAY, 1)).toEqual([{ date: "2026-12-11", daysLeft: 16, ids: ["delta-nano"] }]);
  });

  it("lists the models a date takes down by their ID, numbers in order", () => {
    const catalog = [variant("delta-nano-10", "delta-nano"), variant("delta-nano-9", "delta-nano"), fixtureEntry("delta-nano")];
    expect(nextShutdowns(catalog, TODAY)).toEqual([
      { date: "2026-12-11", daysLeft: 16, ids: ["delta-nano", "delta-nano-9", "delta-nano-10"] },
    ]);
  });

  it("lists a dated snapshot that shuts down on a day of its own, and leaves out one that goes with its alias", () => {
    // gamma-mini-2025-04-14 is gamma-mini's snapshot: shutting down with it (2027-01-14) it is left out;
    // on 2026-12-20 it is a date of its own.
    const snapshot = fixtureCatalog.find((e) => e.id === "gamma-mini-2025-04-14")!;
    expect(snapshot).toMatchObject({ kind: "snapshot", aliasId: "gamma-mini" });
    const own = structuredClone(snapshot);
    own.lifecycle.shutdownDate = "2026-12-20";
    expect(nextShutdowns([fixtureEntry("gamma-mini"), snapshot], TODAY, 5)).toEqual([
      { date: "2027-01-14", daysLeft: 50, ids: ["gamma-mini"] },
    ]);
    expect(nextShutdowns([fixtureEntry("gamma-mini"), own], TODAY, 5)).toEqual([
      { date: "2026-12-20", daysLeft: 25, ids: ["gamma-mini-2025-04-14"] },
      { date: "2027-01-14", daysLeft: 50, ids: ["gamma-mini"] },
    ]);
  });
});
