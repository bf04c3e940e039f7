import ICAL from "ical.js";
import { describe, expect, it } from "vitest";

import { fixtureCatalog, FIXTURE_TODAY as TODAY } from "@/lib/catalog/fixture.test-helpers";
import { lifecycleCalendar } from "@/lib/changes/calendar";
import { changeEvents } from "@/lib/changes/events";
import { ARTICLE_WORKLOAD as ARTICLE } from "@/lib/cost/article-workload";

import { shutdownCalendar } from "./calendar";
import { byId } from "./fixtures.test-helpers";
import { planMigration } from "./plan";

const URL_OF_PLAN = "https://navigator.example/migrate?from=gamma-mini";
const plan = (id: string) => planMigration(id, null, byId, ARTICLE, TODAY)!;
const events = () => changeEvents(fixtureCatalog);

describe("shutdownCalendar (fixture catalog, today 2026-11-25)", () => {
  it("gamma-mini: one all-day event on its shutdown day, what to move to, and the plan's link", () => {
    const cal = shutdownCalendar(plan("gamma-mini"), URL_OF_PLAN, TODAY, events())!;
    expect(cal.fileName).toBe("gamma-mini-shutdown.ics");
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(cal.ics)).getFirstSubcomponent("vevent")!);
    expect(event.uid).toBe("shutdown/gamma-mini/2027-01-14@small-model-navigator");
    expect([event.startDate.toString(), event.startDate.isDate]).toEqual(["2027-01-14", true]);
    expect(event.summary).toBe("gamma-mini shuts down (OpenAI API)");
    // $27 → $10.50 on the article workload (see plan.test.ts).
    expect(event.description).toBe(
      [
        "Shutdown of gamma-mini in the OpenAI API (Jan 14, 2027): from that day, calls to it fail.",
        "Source: Fixture page for gamma-mini (test data, not a real model) (https://example.com/fixture/gamma-mini), verified Nov 20, 2026.",
        "Recommended first: beta-lite. Our sources name beta-lite as the replacement (third-party readings of OpenAI's notices). $10.50 a month: -$16.50 (-61.1%) against gamma-mini's $27.00.",
        `Your migration plan: ${URL_OF_PLAN}`,
      ].join("\n"),
    );
    // DTSTAMP is the day the lifecycle's source was verified, not the moment of download.
    expect(event.component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-20T00:00:00Z");
    expect(event.component.getFirstSubcomponent("valarm")!.getFirstPropertyValue("trigger")!.toString()).toBe("-P7D");
  });

  it("the same model and date give the same file", () => {
    expect(shutdownCalendar(plan("gamma-mini"), URL_OF_PLAN, TODAY, events())).toEqual(
      shutdownCalendar(plan("gamma-mini"), URL_OF_PLAN, "2026-12-01", events()),
    );
  });

  it("nothing to add without a shutdown date", () => {
    expect(shutdownCalendar(plan("beta-lite"), URL_OF_PLAN, TODAY, events())).toBeNull();
  });

  it("has the lifecycle calendar's UID for the same shutdown, so a calendar with both shows one event", () => {
    const cal = shutdownCalendar(plan("gamma-mini"), URL_OF_PLAN, TODAY, events())!;
    const uid = new ICAL.Event(new ICAL.Component(ICAL.parse(cal.ics)).getFirstSubcomponent("vevent")!).uid;
    const feed = lifecycleCalendar({
      events: events(),
      requested: ["gamma-mini"],
      knownIds: new Set(fixtureCatalog.map((e) => e.id)),
      origin: "https://navigator.example",
      verifiedOn: TODAY,
    });
    const feedUids = new ICAL.Component(ICAL.parse(feed)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v).uid);
    expect(feedUids).toContain(uid);
  });

  it("a snapshot with a shutdown of its own gets its own event's UID", () => {
    const cal = shutdownCalendar(plan("omega-2024-05-13"), URL_OF_PLAN, TODAY, events());
    const uid = cal && new ICAL.Event(new ICAL.Component(ICAL.parse(cal.ics)).getFirstSubcomponent("vevent")!).uid;
    expect(uid).toBe("shutdown/omega-2024-05-13/2026-03-31@small-model-navigator");
  });
});
