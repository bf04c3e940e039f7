import { describe, expect, it } from "vitest";

import { fixtureEntry } from "./fixture.test-helpers";
import {
  goneNote,
  groupByStanding,
  headlinePick,
  headlinePickOf,
  lifecycleOn,
  soonerNote,
  sortByStanding,
  standing,
  standingInfo,
} from "./headline";
import type { Lifecycle } from "./types";

const TODAY = "2026-12-02";

function lc(status: Lifecycle["status"], shutdownDate: string | null = null): Lifecycle {
  return { status, source: "s", noticeDate: null, shutdownDate, replacements: [] };
}

type M = { id: string; usd: number; lifecycle: Lifecycle };
const m = (id: string, usd: number, lifecycle: Lifecycle): M => ({ id, usd, lifecycle });

const cheaper = (a: M, b: M) => a.usd - b.usd;
const opts = { lifecycle: (x: M) => x.lifecycle, better: cheaper, today: TODAY };

// The catalog as of 2026-12-02, in miniature: the article's scenario ($ a month).
const nano5 = m("gpt-5-nano", 7.5, lc("deprecated", "2026-12-11"));
const luna6 = m("gpt-6-luna", 10.5, lc("active"));
const mini4o = m("gpt-4o-mini", 13.5, lc("deprecated", "2027-01-14"));
const nano41 = m("gpt-4.1-nano", 6, lc("shutdown", "2026-10-23"));
const luna56 = m("gpt-5.6-luna", 21, lc("active"));

describe("standing", () => {
  it("is lasting without a shutdown date, and leaving within 90 days", () => {
    expect(standing(lc("active"), TODAY)).toBe("lasting");
    expect(standing(lc("deprecated", "2026-12-11"), TODAY)).toBe("leaving");
    expect(standing(lc("deprecated", "2027-01-14"), TODAY)).toBe("leaving");
  });
  it("counts day 90 as leaving and day 91 as lasting (the crowned model never has a 'retiring soon' badge)", () => {
    // 2026-12-02 + 90 days = 2027-03-02.
    expect(standing(lc("deprecated", "2027-03-02"), TODAY)).toBe("leaving");
    expect(standing(lc("deprecated", "2027-03-03"), TODAY)).toBe("lasting");
  });
  it("is gone on the shutdown day, after it, and for an unknown status", () => {
    expect(standing(lc("deprecated", "2026-12-02"), TODAY)).toBe("gone");
    expect(standing(lc("deprecated", "2026-12-01"), TODAY)).toBe("gone");
    expect(standing(lc("shutdown", "2026-10-23"), TODAY)).toBe("gone");
    expect(standing(lc("unknown"), TODAY)).toBe("gone");
    expect(standing(lc("deprecated", "2026-12-03"), TODAY)).toBe("leaving");
  });
});

describe("headlinePick", () => {
  it("crowns the cheapest lasting model and names the cheaper leaving one second, with its date", () => {
    const h = headlinePick([mini4o, nano5, luna6, nano41, luna56], opts);
    expect(h.pick?.id).toBe("gpt-6-luna");
    expect(h.sooner).toEqual({ item: nano5, shutdownDate: "2026-12-11", daysLeft: 9 });
  });
  it("never names a shut-down model, however cheap", () => {
    const h = headlinePick([nano41, luna6], opts);
    expect(h).toEqual({ pick: luna6, sooner: null });
  });
  it("names no runner-up when the lasting pick is already the best", () => {
    expect(headlinePick([luna6, mini4o, luna56], opts)).toEqual({ pick: luna6, sooner: null });
  });
  it("with nothing lasting, has no pick and still names the best leaving model", () => {
    const h = headlinePick([mini4o, nano5, nano41], opts);
    expect(h.pick).toBeNull();
    expect(h.sooner?.item.id).toBe("gpt-5-nano");
  });
  it("is empty for an empty list or only gone models", () => {
    expect(headlinePick([], opts)).toEqual({ pick: null, sooner: null });
    expect(headlinePick([nano41], opts)).toEqual({ pick: null, sooner: null });
  });
  it("keeps the earlier item on a tie (stable)", () => {
    const twin = m("twin", 10.5, lc("active"));
    expect(headlinePick([luna6, twin], opts).pick?.id).toBe("gpt-6-luna");
    expect(headlinePick([twin, luna6], opts).pick?.id).toBe("twin");
  });
  it("a leaving model that ties the pick is not named (it is not better)", () => {
    const tie = m("tie", 10.5, lc("deprecated", "2027-01-14"));
    expect(headlinePick([luna6, tie], opts).sooner).toBeNull();
  });
  it("follows the caller's order: highest score first", () => {
    const byScore = (a: M, b: M) => b.usd - a.usd;
    const h = headlinePick([mini4o, luna6, luna56], { ...opts, better: byScore });
    expect(h.pick?.id).toBe("gpt-5.6-luna");
    expect(h.sooner).toBeNull();
  });
  it("on the day gpt-5-nano shuts down, it is no longer named at all", () => {
    const h = headlinePick([nano5, luna6, mini4o], { ...opts, today: "2026-12-11" });
    expect(h).toEqual({ pick: luna6, sooner: null });
  });
});

describe("standingInfo and headlinePickOf (items that carry their standing)", () => {
  it("computes standing, date and days left once", () => {
    expect(standingInfo(nano5.lifecycle, TODAY)).toEqual({ standing: "leaving", shutdownDate: "2026-12-11", daysLeft: 9 });
    expect(standingInfo(luna6.lifecycle, TODAY)).toEqual({ standing: "lasting", shutdownDate: null, daysLeft: null });
    expect(standingInfo(nano41.lifecycle, TODAY)).toEqual({ standing: "gone", shutdownDate: "2026-10-23", daysLeft: -40 });
  });
  it("decides exactly as headlinePick does", () => {
    const carried = [mini4o, nano5, luna6, nano41, luna56].map((x) => ({ ...x, info: standingInfo(x.lifecycle, TODAY) }));
    const h = headlinePickOf(carried, { info: (x) => x.info, better: cheaper });
    expect(h.pick?.id).toBe("gpt-6-luna");
    expect(h.sooner).toMatchObject({ shutdownDate: "2026-12-11", daysLeft: 9 });
    expect(h.sooner?.item.id).toBe("gpt-5-nano");
  });
});

describe("groupByStanding", () => {
  const s = (x: M) => standing(x.lifecycle, TODAY);
  it("keeps the given order inside each group and leaves empty groups out", () => {
    // Sorted by price: nano41 6, nano5 7.5, luna6 10.5, mini4o 13.5, luna56 21.
    const byPrice = [nano41, nano5, luna6, mini4o, luna56];
    expect(groupByStanding(byPrice, s).map((g) => [g.standing, g.items.map((x) => x.id)])).toEqual([
      ["lasting", ["gpt-6-luna", "gpt-5.6-luna"]],
      ["leaving", ["gpt-5-nano", "gpt-4o-mini"]],
      ["gone", ["gpt-4.1-nano"]],
    ]);
    expect(groupByStanding([luna6], s).map((g) => g.standing)).toEqual(["lasting"]);
    expect(groupByStanding([], s)).toEqual([]);
  });
  it("puts an item without its own standing with the item before it (a snapshot under its alias)", () => {
    const snap = m("gpt-4o-mini-2024-07-18", 13.5, lc("shutdown", "2026-10-23"));
    const groups = groupByStanding([nano41, mini4o, snap, luna6], (x) => (x === snap ? null : s(x)));
    expect(groups.map((g) => g.items.map((x) => x.id))).toEqual([
      ["gpt-6-luna"],
      ["gpt-4o-mini", "gpt-4o-mini-2024-07-18"],
      ["gpt-4.1-nano"],
    ]);
  });
});

describe("sortByStanding", () => {
  it("leads with lasting models, then leaving, then gone, each group in the caller's order", () => {
    const sorted = sortByStanding([nano41, mini4o, luna56, nano5, luna6], opts);
    expect(sorted.map((x) => x.id)).toEqual(["gpt-6-luna", "gpt-5.6-luna", "gpt-5-nano", "gpt-4o-mini", "gpt-4.1-nano"]);
  });
});

describe("soonerNote", () => {
  it("says the figure, the date and the countdown", () => {
    expect(soonerNote("gpt-5-nano", "$7.50", { shutdownDate: "2026-12-11", daysLeft: 9 })).toBe(
      "gpt-5-nano is $7.50 but shuts down on Dec 11, 2026 (in 9 days).",
    );
    expect(soonerNote("x", "$1.00", { shutdownDate: "2026-12-03", daysLeft: 1 })).toBe(
      "x is $1.00 but shuts down on Dec 3, 2026 (in 1 day).",
    );
  });
});

describe("goneNote", () => {
  it("says when a model was shut down, or that nobody can vouch for it", () => {
    expect(goneNote("gpt-4.1-nano", "$9.00", standingInfo(nano41.lifecycle, TODAY))).toBe(
      "gpt-4.1-nano would be $9.00 but was shut down on Oct 23, 2026.",
    );
    expect(goneNote("o1-mini", "$99.00", standingInfo(lc("unknown"), TODAY))).toBe(
      "o1-mini would be $99.00 but is not known to be callable.",
    );
  });
});

describe("lifecycleOn: status and standing on any day", () => {
  // delta-nano: released 2025-08-07, notice 2026-09-11, shutdown 2026-12-11 (fixture).
  const delta = fixtureEntry("delta-nano");
  it("is gone before the release and from the shutdown; lasting, then leaving within 90 days, in between", () => {
    expect(lifecycleOn(delta, "2025-04-15")).toEqual({
      status: "unreleased",
      outlook: { standing: "gone", shutdownDate: "2026-12-11", daysLeft: 605 },
    });
    // 2026-09-12 is 90 days before 2026-12-11; 2026-09-11 is 91.
    expect(lifecycleOn(delta, "2026-09-11").outlook.standing).toBe("lasting");
    expect(lifecycleOn(delta, "2026-09-12")).toMatchObject({
      status: "deprecated",
      outlook: { standing: "leaving", daysLeft: 90 },
    });
    expect(lifecycleOn(delta, "2026-12-11")).toMatchObject({ status: "shutdown", outlook: { standing: "gone", daysLeft: 0 } });
  });
  it("agrees with standingInfo on the fixture's today", () => {
    for (const id of ["alpha-nano", "beta-lite", "delta-nano", "gamma-mini", "gamma-nano", "omega", "zeta-old"]) {
      const e = fixtureEntry(id);
      expect(lifecycleOn(e, "2026-11-25").outlook, id).toEqual(standingInfo(e.lifecycle, "2026-11-25"));
    }
  });
});
