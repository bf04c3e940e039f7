import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "./fixture.test-helpers";
import { mostPublishedBenchmark, nextShutdowns, todaysAnswer } from "./todays-answer";

const only = (...ids: string[]) => fixtureCatalog.filter((e) => ids.includes(e.id));

// Fixture README: the article's workload (1M input + 500K output tokens a day, 30 days) costs
// delta-nano $7.50 (retiring Dec 11, 2026), gamma-nano $9.00 (shut down), beta-lite $10.50,
// alpha-nano $11.25, gamma-mini $27.00 (retiring Jan 14, 2027), alpha-mini $90.00, zeta-old $99.00
// (status unknown). omega is full-size: not a small-model answer.
describe("todaysAnswer (fixture catalog, today 2026-11-25)", () => {
  const a = todaysAnswer(fixtureCatalog, TODAY);

  it("names the cheapest small model that stays callable, and the cheaper retiring one second with its countdown", () => {
    expect(a.cheapest.pick).toEqual({ id: "beta-lite", perMonth: "10.5" });
    expect(a.cheapest.sooner).toEqual({ item: { id: "delta-nano", perMonth: "7.5" }, shutdownDate: "2026-12-11", daysLeft: 16 });
  });

  it("picks the benchmark most callable small models publish, and its best lasting scorer", () => {
    // Callable small models: alpha-mini, alpha-nano, beta-lite, delta-nano, gamma-mini. GPQA Diamond:
    // all but beta-lite (4); SWE-bench Verified: alpha-mini, beta-lite (2); MMLU: gamma-mini (1).
    expect(a.benchmark).toEqual({ name: "GPQA Diamond", models: 4, of: 5 });
    // alpha-mini 88 (high) beats alpha-nano 80; no retiring model scores higher (delta-nano 70, gamma-mini 65).
    expect(a.best).toEqual({ pick: { id: "alpha-mini", value: 88, unit: "%", setting: "high" }, sooner: null });
  });

  it("lists the next shutdown dates with their countdowns and every model they take down", () => {
    expect(a.shutdowns).toEqual([
      { date: "2026-12-11", daysLeft: 16, ids: ["delta-nano"] },
      { date: "2027-01-14", daysLeft: 50, ids: ["gamma-mini"] },
    ]);
  });
});

describe("todaysAnswer as the days go by", () => {
  it("the day delta-nano shuts down, it is no longer named and the countdowns move on", () => {
    const a = todaysAnswer(fixtureCatalog, "2026-12-11");
    expect(a.cheapest).toEqual({ pick: { id: "beta-lite", perMonth: "10.5" }, sooner: null });
    // 2026-12-11 → 2027-01-14: 20 + 14 = 34 days.
    expect(a.shutdowns).toEqual([{ date: "2027-01-14", daysLeft: 34, ids: ["gamma-mini"] }]);
    expect(a.benchmark).toEqual({ name: "GPQA Diamond", models: 3, of: 4 });
  });

  it("90 days before a shutdown the model counts as retiring; a model recorded as shut down stays gone", () => {
    // 2026-10-16: delta-nano shuts down in 56 days, gamma-mini in 15 + 30 + 31 + 14 = 90 (day 90 is
    // "retiring"). gamma-nano's file records it as shut down, so it is never listed, whatever the date.
    const a = todaysAnswer(fixtureCatalog, "2026-10-16");
    expect(a.cheapest.pick?.id).toBe("beta-lite");
    expect(a.cheapest.sooner).toMatchObject({ item: { id: "delta-nano" }, daysLeft: 56 });
    expect(a.shutdowns.map((d) => [d.date, d.daysLeft, d.ids])).toEqual([
      ["2026-12-11", 56, ["delta-nano"]],
      ["2027-01-14", 90, ["gamma-mini"]],
    ]);
  });
});

describe("mostPublishedBenchmark", () => {
  it("counts each callable small model once and breaks ties by name", () => {
    expect(mostPublishedBenchmark(only("alpha-mini", "beta-lite"), TODAY)).toEqual({
      name: "SWE-bench Verified",
      models: 2,
      of: 2,
    });
    expect(mostPublishedBenchmark(only("alpha-nano", "beta-lite"), TODAY)).toEqual({ name: "GPQA Diamond", models: 1, of: 2 });
    // gamma-nano publishes MMLU and GPQA Diamond twice, but it is shut down: not counted.
    expect(mostPublishedBenchmark(only("gamma-nano"), TODAY)).toBeNull();
  });
});

describe("nextShutdowns", () => {
  it("leaves out dated snapshots that shut down with their alias, and models already gone", () => {
    const ids = nextShutdowns(fixtureCatalog, TODAY, 10).flatMap((d) => d.ids);
    expect(ids).toEqual(["delta-nano", "gamma-mini"]);
  });
});
