/**
 * The feeds and the calendar on the real data (data/models), read back by independent parsers:
 * the dates the issue names must be there. A data correction that moves one of them fails here,
 * on purpose: these are the dates users put in their calendars.
 */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { readCatalogDir } from "@/lib/catalog/load";
import { latestVerifiedOn } from "@/lib/catalog/verified";

import { lifecycleCalendar } from "./calendar";
import { changeEvents } from "./events";
import { changesAtom, changesJsonFeed } from "./feeds";

const catalog = readCatalogDir("data/models");
const events = changeEvents(catalog);
const verifiedOn = latestVerifiedOn(catalog);
const origin = "https://nav.test";
const knownIds = new Set(catalog.map((e) => e.id));

function calendarEvents(requested: string[]) {
  const cal = new ICAL.Component(ICAL.parse(lifecycleCalendar({ events, requested, knownIds, origin, verifiedOn })));
  return cal.getAllSubcomponents("vevent").map((v) => {
    const e = new ICAL.Event(v);
    return { uid: e.uid, start: e.startDate.toString(), allDay: e.startDate.isDate, summary: e.summary };
  });
}

describe("the real catalog's calendar", () => {
  it("has gpt-4o-mini's shutdown on 2027-01-14 and gpt-5-mini's on 2026-12-11, all day", () => {
    const all = calendarEvents([]);
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
    expect(all.find((e) => e.uid === "shutdown/gpt-4o-mini/2027-01-14@small-model-navigator")).toMatchObject({
      start: "2027-01-14",
      allDay: true,
      summary: "Shutdown: gpt-4o-mini (replacement: gpt-6-luna)",
    });
    expect(all.find((e) => e.uid === "shutdown/gpt-5-mini/2026-12-11@small-model-navigator")).toMatchObject({
      start: "2026-12-11",
      allDay: true,
    });
  });

  it("filtered to gpt-4o-mini and gpt-5-mini: their notices and shutdowns only", () => {
    expect(calendarEvents(["gpt-4o-mini", "gpt-5-mini"]).map((e) => [e.uid.split("/")[0], e.uid.split("/")[1], e.start])).toEqual(
      [
        ["notice", "gpt-5-mini", "2026-06-11"],
        ["notice", "gpt-4o-mini", "2026-10-14"],
        ["shutdown", "gpt-5-mini", "2026-12-11"],
        ["shutdown", "gpt-4o-mini", "2027-01-14"],
      ],
    );
  });
});

describe("the real catalog's feeds", () => {
  const on = (today: string) => ({ events, today, origin, verifiedOn });

  it("on 2027-01-14, the Atom feed has both shutdowns, valid and with unique IDs", () => {
    const xml = changesAtom(on("2027-01-14"));
    expect(XMLValidator.validate(xml)).toBe(true);
    const entries = new XMLParser({ ignoreAttributes: false }).parse(xml).feed.entry as { id: string; updated: string }[];
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const byId = new Map(entries.map((e) => [e.id, e.updated]));
    expect(byId.get("tag:small-model-navigator,2026:change/shutdown/gpt-4o-mini/2027-01-14")).toBe("2027-01-14T00:00:00.000Z");
    expect(byId.get("tag:small-model-navigator,2026:change/shutdown/gpt-5-mini/2026-12-11")).toBe("2026-12-11T00:00:00.000Z");
  });

  it("the JSON feed has GPT-5.6 Luna's move from the preview price and o1-mini's cut", () => {
    const doc = JSON.parse(changesJsonFeed(on("2026-12-02")));
    const titles = doc.items.map((i: { title: string }) => i.title);
    expect(titles).toContain("Price cut: gpt-5.6-luna, input $1.00 → $0.20, output $6.00 → $1.20");
    expect(titles).toContain("Price cut: o1-mini, input $3.00 → $1.10, output $12.00 → $4.40");
    // Not yet: gpt-5-mini shuts down on 2026-12-11.
    expect(doc.items.some((i: { id: string }) => i.id.endsWith("shutdown/gpt-5-mini/2026-12-11"))).toBe(false);
  });
});
