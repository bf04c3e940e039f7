import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { fixtureCatalog } from "@/lib/catalog/fixture.test-helpers";

import { calendarModels, lifecycleCalendar } from "./calendar";
import { changeEvents } from "./events";

const knownIds = new Set(fixtureCatalog.map((e) => e.id));
const base = { events: changeEvents(fixtureCatalog), knownIds, origin: "https://nav.test", verifiedOn: "2026-11-25" };

/** The calendar read back by an independent parser (ical.js). */
function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  const events = cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      start: e.startDate.toString(),
      allDay: e.startDate.isDate,
      summary: e.summary,
      url: v.getFirstPropertyValue("url"),
    };
  });
  return { name: cal.getFirstPropertyValue("name"), description: cal.getFirstPropertyValue("x-wr-caldesc"), events };
}

describe("the lifecycle calendar (fixture catalog)", () => {
  it("has every notice and shutdown as an all-day event with a unique, stable UID", () => {
    const { events } = parse(lifecycleCalendar({ ...base, requested: [] }));
    // 4 notices and 4 shutdowns (lib/changes/events.test.ts).
    expect(events).toHaveLength(8);
    expect(events.every((e) => e.allDay)).toBe(true);
    expect(new Set(events.map((e) => e.uid)).size).toBe(8);
    for (const e of events) expect(e.uid).toMatch(/^(notice|shutdown)\/[a-z0-9.-]+\/\d{4}-\d{2}-\d{2}@small-model-navigator$/);
    expect(events.find((e) => e.uid === "shutdown/gamma-mini/2027-01-14@small-model-navigator")).toEqual({
      uid: "shutdown/gamma-mini/2027-01-14@small-model-navigator",
      start: "2027-01-14",
      allDay: true,
      summary: "Shutdown: gamma-mini (replacement: beta-lite)",
      url: "https://nav.test/models/gamma-mini",
    });
    expect(events.find((e) => e.uid === "shutdown/delta-nano/2026-12-11@small-model-navigator")?.start).toBe("2026-12-11");
  });

  it("filters to the models a link names; an alias includes its snapshots' own dates", () => {
    const { name, events } = parse(lifecycleCalendar({ ...base, requested: ["omega", "delta-nano"] }));
    expect(name).toBe("Model shutdowns: omega, delta-nano");
    expect(events.map((e) => e.uid).sort()).toEqual([
      "notice/delta-nano/2026-09-11@small-model-navigator",
      "notice/omega-2024-05-13/2025-12-01@small-model-navigator",
      "shutdown/delta-nano/2026-12-11@small-model-navigator",
      "shutdown/omega-2024-05-13/2026-03-31@small-model-navigator",
    ]);
  });

  it("ignores unknown IDs and names them in its description", () => {
    const { description, events } = parse(lifecycleCalendar({ ...base, requested: ["gamma-mini", "gpt-9", "<b>x</b>"] }));
    expect(events.map((e) => e.start)).toEqual(["2026-07-14", "2027-01-14"]);
    expect(description).toBe(
      'Deprecation notices and shutdown dates of gamma-mini, from Small Model Navigator (data verified on Nov 25, 2026). Not in the catalog, ignored: "gpt-9", "<b>x</b>".',
    );
  });

  it("with no known ID left, lists every model and still names what it ignored", () => {
    const { description, events } = parse(lifecycleCalendar({ ...base, requested: ["nope"] }));
    expect(events).toHaveLength(8);
    expect(description).toMatch(/of every model in the catalog.*ignored: "nope"\.$/);
  });

  it("is the same, byte for byte, when generated twice", () => {
    const one = lifecycleCalendar({ ...base, requested: ["gamma-mini"] });
    expect(lifecycleCalendar({ ...base, events: changeEvents(fixtureCatalog), requested: ["gamma-mini"] })).toBe(one);
    expect(one).toContain("DTSTAMP:20261125T000000Z");
  });
});

describe("calendarModels", () => {
  it("reads items case-insensitively, each once, and splits known from unknown", () => {
    expect(calendarModels([" Gamma-Mini", "gamma-mini", "", "zz"], knownIds)).toEqual({ ids: ["gamma-mini"], unknown: ["zz"] });
  });
});
