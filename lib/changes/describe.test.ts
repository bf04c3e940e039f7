import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { alsoApplies, eventDetails, eventTitle, figureLabel, moveValue, tierLines, timelineText } from "./describe";
import { changeEvents, type ChangeEvent, type PriceMove } from "./events";

const events = changeEvents(fixtureCatalog);
const event = (id: string) => events.find((e) => e.id === id) as ChangeEvent;
const source = { url: "https://example.com/", title: "t", official: true, verifiedOn: "2026-11-25" };
const m = (figure: PriceMove["figure"], from: number | null, to: number | null): PriceMove => ({
  figure,
  from,
  to,
  first: from === null,
  source,
});

describe("figure labels and move values", () => {
  it("names each figure by tier and field", () => {
    expect(figureLabel("standard.cachedInput")).toBe("Standard cached input");
    expect(figureLabel("fast.output")).toBe("Fast mode output");
    expect(figureLabel("cacheWrite")).toBe("Cache writes");
  });
  it("writes a move as before → after, a first price alone", () => {
    expect(moveValue(m("standard.input", 1, 0.2))).toBe("$1.00 → $0.20");
    expect(moveValue(m("batch.output", null, 0.275))).toBe("$0.275");
    expect(moveValue({ ...m("standard.cachedInput", null, 0.02), first: false })).toBe("not published → $0.02");
  });
});

describe("eventTitle", () => {
  it("release: the launch's Standard input and output", () => {
    expect(eventTitle(event("release/alpha-nano/2026-03-01"))).toBe("Release: alpha-nano at input $0.20, output $0.55");
  });
  it("release without Standard prices: the first two published", () => {
    expect(eventTitle(event("release/omega/2024-05-13"))).toBe(
      "Release: omega at Fast mode input $5.00, Fast mode output $15.00",
    );
  });
  it("price: a cut when every priced figure went down, a rise when up, else a change", () => {
    expect(eventTitle(event("price/alpha-nano/2026-06-01"))).toBe("Price cut: alpha-nano, input $0.20 → $0.10");
    const base = event("price/alpha-nano/2026-06-01");
    expect(eventTitle({ ...base, prices: [m("standard.input", 0.1, 0.2)] })).toBe("Price rise: alpha-nano, input $0.10 → $0.20");
    expect(eventTitle({ ...base, prices: [m("standard.input", 0.1, 0.2), m("standard.output", 1, 0.5)] })).toBe(
      "Price change: alpha-nano, input $0.10 → $0.20, output $1.00 → $0.50",
    );
  });
  it("lifecycle events name the dates and the replacement", () => {
    expect(eventTitle(event("notice/delta-nano/2026-09-11"))).toBe("Deprecation notice: delta-nano shuts down on Dec 11, 2026");
    expect(eventTitle(event("shutdown/delta-nano/2026-12-11"))).toBe("Shutdown: delta-nano (replacement: delta-next)");
    expect(eventTitle(event("replacement/delta-nano/2026-06-11/delta-alt"))).toBe("Replacement named: delta-alt for delta-nano");
  });
});

describe("eventDetails and alsoApplies", () => {
  it("lists every move, one line per tier", () => {
    expect(eventDetails(event("price/alpha-nano/2026-06-01"))).toEqual(["Standard: input $0.20 → $0.10"]);
    // alpha-nano's launch: Standard $0.20 / $0.01 / $0.55, Batch $0.05 / – / $0.275.
    expect(eventDetails(event("release/alpha-nano/2026-03-01"))).toEqual([
      "Standard: input $0.20, cached input $0.01, output $0.55",
      "Batch: input $0.05, output $0.275",
    ]);
    expect(tierLines([m("cacheWrite", 1, 0.25), m("fast.input", null, 0.4)])).toEqual([
      "Cache writes: $1.00 → $0.25",
      "Fast mode: input $0.40",
    ]);
  });
  it("says when a notice has no shutdown date", () => {
    const notice = event("notice/delta-nano/2026-09-11");
    expect(eventDetails({ ...notice, shutdownDate: null })).toEqual(["No shutdown date announced."]);
  });
  it("names the snapshots the event applies to besides its subject", () => {
    expect(alsoApplies(event("notice/gamma-mini/2026-07-14"))).toEqual(["gamma-mini-2025-04-14"]);
    expect(alsoApplies(event("shutdown/delta-nano/2026-12-11"))).toEqual([]);
  });
});

describe("timelineText", () => {
  it("leaves the model out and follows the day's tense", () => {
    expect(timelineText(event("release/alpha-nano/2026-03-01"), false)).toBe("Released at input $0.20, output $0.55");
    expect(timelineText(event("notice/delta-nano/2026-09-11"), false)).toBe(
      "Deprecation announced: shutdown set for Dec 11, 2026",
    );
    expect(timelineText(event("shutdown/delta-nano/2026-12-11"), true)).toBe("Shuts down; replacement: delta-next");
    expect(timelineText(event("shutdown/gamma-nano/2026-10-23"), false)).toBe("Shut down; replacement: beta-lite");
    expect(timelineText(event("replacement/delta-nano/2026-06-11/delta-alt"), false)).toBe("delta-alt named as the replacement");
    expect(timelineText(event("price/alpha-nano/2026-06-01"), false)).toBe("Price cut: input $0.20 → $0.10");
  });
});
