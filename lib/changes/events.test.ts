import { describe, expect, it } from "vitest";

import { FIXTURE_TODAY, fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { changeEvents, eventsOf, eventsOfEntry, splitByDay, type ChangeEvent } from "./events";

const events = changeEvents(fixtureCatalog);
const byId = (id: string): ChangeEvent => {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`no event ${id}; have ${events.map((x) => x.id).join(", ")}`);
  return e;
};
const moves = (e: ChangeEvent) => e.prices.map((p) => [p.figure, p.from, p.to]);

describe("changeEvents on the fixture catalog", () => {
  it("lists every dated event once, newest first, with unique IDs", () => {
    // Worked out from tests/fixtures/catalog: 8 releases (zeta-old has no release date; omega's
    // alias joins omega-2024-05-13's), 1 price change (alpha-nano), 4 notices, 4 shutdowns, 5
    // replacements (delta-nano names two).
    expect(events).toHaveLength(22);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(events[0]!.id).toBe("shutdown/gamma-mini/2027-01-14");
    expect(events.at(-1)!.id).toBe("release/omega/2024-05-13");
  });

  it("merges an alias's events with its snapshots', the alias first", () => {
    expect(byId("notice/gamma-mini/2026-07-14").ids).toEqual(["gamma-mini", "gamma-mini-2025-04-14"]);
    expect(byId("notice/gamma-mini/2026-07-14").shutdownDate).toBe("2027-01-14");
  });

  it("gives a release its launch prices, leaving out figures not published then", () => {
    // alpha-nano: Standard $0.20 (history) / $0.01 / $0.55 and Batch $0.05 / – / $0.275 from 2026-03-01.
    expect(moves(byId("release/alpha-nano/2026-03-01"))).toEqual([
      ["standard.input", null, 0.2],
      ["standard.cachedInput", null, 0.01],
      ["standard.output", null, 0.55],
      ["batch.input", null, 0.05],
      ["batch.output", null, 0.275],
    ]);
    expect(byId("release/alpha-nano/2026-03-01").prices.every((p) => p.first)).toBe(true);
  });

  it("makes each later entry of a series a change from the one before", () => {
    const cut = byId("price/alpha-nano/2026-06-01");
    expect(moves(cut)).toEqual([["standard.input", 0.2, 0.1]]);
    expect(cut.prices[0]!.first).toBe(false);
    expect(cut.ids).toEqual(["alpha-nano", "alpha-nano-2026-03-01"]);
  });

  it("dates an alias's prices from its default snapshot, and folds the alias into the snapshot released with it", () => {
    // omega's alias points to omega-2024-08-06: its $2.50 is that snapshot's launch price, not omega's.
    const first = byId("release/omega/2024-05-13");
    expect(first.ids).toEqual(["omega", "omega-2024-05-13"]);
    // omega-2024-05-13's own prices: Standard not published, Fast $5 / – / $15.
    expect(moves(first)).toEqual([
      ["fast.input", null, 5],
      ["fast.output", null, 15],
    ]);
    expect(moves(byId("release/omega-2024-08-06/2024-08-06")).slice(0, 3)).toEqual([
      ["standard.input", null, 2.5],
      ["standard.cachedInput", null, 1.25],
      ["standard.output", null, 10],
    ]);
  });

  it("names the recommended replacement on a shutdown, and each replacement on the day it was read", () => {
    expect(byId("shutdown/delta-nano/2026-12-11").replacement).toBe("delta-next");
    expect(byId("replacement/delta-nano/2026-11-25/delta-next").replacement).toBe("delta-next");
    expect(byId("replacement/delta-nano/2026-06-11/delta-alt").replacement).toBe("delta-alt");
  });

  it("carries the source of each event", () => {
    expect(byId("shutdown/gamma-nano/2026-10-23").source.url).toMatch(/^https:\/\//);
    expect(byId("price/alpha-nano/2026-06-01").prices[0]!.source.url).toMatch(/^https:\/\//);
  });

  it("has no event for a model without dates (zeta-old)", () => {
    expect(events.some((e) => e.modelId === "zeta-old")).toBe(false);
  });

  it("gives the same IDs to the same data", () => {
    expect(changeEvents(fixtureCatalog)).toEqual(events);
  });
});

describe("selecting events", () => {
  it("eventsOf: a model ID selects its snapshots' own events too", () => {
    expect(eventsOf(events, ["omega"]).map((e) => e.id)).toEqual([
      "shutdown/omega-2024-05-13/2026-03-31",
      "notice/omega-2024-05-13/2025-12-01",
      "replacement/omega-2024-05-13/2025-12-01/omega-next",
      "release/omega-2024-08-06/2024-08-06",
      "release/omega/2024-05-13",
    ]);
    expect(eventsOf(events, ["omega-2024-08-06"]).map((e) => e.id)).toEqual(["release/omega-2024-08-06/2024-08-06"]);
    expect(eventsOf(events, [])).toEqual([]);
  });

  it("eventsOfEntry: exactly the events that apply to one ID", () => {
    expect(eventsOfEntry(events, "omega").map((e) => e.id)).toEqual(["release/omega/2024-05-13"]);
  });

  it("splitByDay: today's events have happened; later ones are scheduled, soonest first", () => {
    const { past, scheduled } = splitByDay(events, FIXTURE_TODAY);
    expect(scheduled.map((e) => e.id)).toEqual(["shutdown/delta-nano/2026-12-11", "shutdown/gamma-mini/2027-01-14"]);
    expect(past[0]!.id).toBe("replacement/delta-nano/2026-11-25/delta-next");
    expect(past.length + scheduled.length).toBe(events.length);
  });
});
