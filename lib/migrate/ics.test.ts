import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { escapeText, foldLine, icsCalendar, type AllDayEvent } from "./ics";

const EVENT: AllDayEvent = {
  uid: "gamma-mini-shutdown-20270114@small-model-navigator",
  date: "2027-01-14",
  stampDate: "2026-11-20",
  summary: "gamma-mini shuts down",
  description:
    "From this day, calls to gamma-mini fail; recommended first: beta-lite, $10.50 a month.\nYour plan: https://example.com/migrate?from=gamma-mini&in=2000000 (a long line that must be folded, with a back\\slash).",
  url: "https://example.com/migrate?from=gamma-mini&in=2000000",
  reminderDaysBefore: 7,
};

/** Parsed by an independent implementation (ical.js), not by our own code. */
function parse(ics: string) {
  const vcalendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = vcalendar.getFirstSubcomponent("vevent")!;
  return { vcalendar, vevent, event: new ICAL.Event(vevent) };
}

describe("icsCalendar", () => {
  it("is one all-day event an independent parser reads back exactly", () => {
    const { vcalendar, vevent, event } = parse(icsCalendar(EVENT));
    expect(vcalendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(vcalendar.getAllSubcomponents("vevent")).toHaveLength(1);
    expect(event.uid).toBe(EVENT.uid);
    expect(event.summary).toBe("gamma-mini shuts down");
    expect(event.description).toBe(EVENT.description);
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe("2027-01-14");
    expect(event.endDate.toString()).toBe("2027-01-15");
    expect(vevent.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-20T00:00:00Z");
    expect(vevent.getFirstPropertyValue("url")).toBe(EVENT.url);
    const alarm = vevent.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("trigger")!.toString()).toBe("-P7D");
  });

  it("ends every line with CRLF and folds none longer than 75 octets", () => {
    const ics = icsCalendar(EVENT);
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    const lines = ics.split("\r\n").slice(0, -1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    // The description was long enough to need continuation lines.
    expect(lines.filter((l) => l.startsWith(" ")).length).toBeGreaterThan(1);
  });

  it("is stable: the same event downloads byte for byte the same", () => {
    expect(icsCalendar(EVENT)).toBe(icsCalendar({ ...EVENT }));
  });

  it("leaves out the URL and the reminder when there are none", () => {
    const ics = icsCalendar({ ...EVENT, url: null, reminderDaysBefore: null });
    expect(ics).not.toContain("URL:");
    expect(ics).not.toContain("VALARM");
    expect(parse(ics).event.summary).toBe("gamma-mini shuts down");
  });
});

describe("escapeText and foldLine", () => {
  it("escapes what RFC 5545 TEXT requires", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("never splits a multi-byte character; continuation lines start with a space", () => {
    const line = `SUMMARY:${"é".repeat(60)}`; // 8 + 60 × 2 octets
    const folded = foldLine(line).split("\r\n");
    // 8 + 33 × 2 = 74: a 34th "é" would make 76. The rest: 1 space + 27 × 2 = 55.
    expect(folded.map((l) => new TextEncoder().encode(l).length)).toEqual([74, 55]);
    expect(folded[1]!.startsWith(" ")).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join("")).toBe(line);
    expect(foldLine("SHORT:x")).toBe("SHORT:x");
  });
});
