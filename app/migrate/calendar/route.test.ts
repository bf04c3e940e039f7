import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { describe, expect, it, vi } from "vitest";

import { GET } from "./route";

vi.mock("@/lib/catalog/load", async (importOriginal) =>
  (await import("@/lib/catalog/fixture-load.test-helpers")).withFixtureCatalog(await importOriginal()),
);
vi.mock("@/lib/catalog/today", () => ({ getToday: () => "2026-11-25" }));
// Outside a request there are no headers: the route falls back to the request's own origin.
vi.mock("@/lib/share/origin", () => ({ siteOrigin: async () => undefined }));

const get = (query: string) => GET(new NextRequest(`https://navigator.example/migrate/calendar${query}`));

describe("GET /migrate/calendar (fixture catalog)", () => {
  it("downloads the plan's shutdown date as an .ics that links back to the plan", async () => {
    const res = await get("?from=gamma-mini&in=2000000");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gamma-mini-shutdown.ics"');
    const vevent = new ICAL.Component(ICAL.parse(await res.text())).getFirstSubcomponent("vevent")!;
    expect(vevent.getFirstPropertyValue("dtstart")!.toString()).toBe("2027-01-14");
    expect(vevent.getFirstPropertyValue("url")).toBe("https://navigator.example/migrate?from=gamma-mini&in=2000000");
  });

  it("sends a link without a known model or shutdown date to the planner, query and all", async () => {
    for (const query of ["", "?from=gpt-9", "?from=beta-lite&in=5"]) {
      const res = await get(query);
      expect(res.status, query).toBe(307);
      expect(res.headers.get("location"), query).toBe(`https://navigator.example/migrate${query}`);
    }
  });
});
