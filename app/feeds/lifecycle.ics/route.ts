/**
 * GET /feeds/lifecycle.ics[?m=a,b]: deprecation notices and shutdowns as all-day events
 * (lib/changes/calendar.ts); unknown IDs in `m` are ignored and named in the calendar's
 * description. Its events do not depend on the day, but a data correction must reach subscribers:
 * it is cached, like the feeds, until the next UTC midnight, with an ETag.
 */
import { loadFiledCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { lifecycleCalendar } from "@/lib/changes/calendar";
import { changeEvents } from "@/lib/changes/events";
import { dailyMemo, dailyResponse } from "@/lib/http/daily";
import { CALENDAR_MODELS_KEY } from "@/lib/url/feeds";
import { MAX_LIST_ITEMS } from "@/lib/url/parsers";

import { feedOrigin } from "../_lib/feed-origin";

export const dynamic = "force-dynamic";

const calendarFor = dailyMemo((_today, key) => {
  const { origin, requested } = JSON.parse(key) as { origin: string; requested: string[] };
  const catalog = loadFiledCatalog();
  return lifecycleCalendar({
    events: changeEvents(catalog),
    requested,
    knownIds: new Set(catalog.map((e) => e.id)),
    origin,
    verifiedOn: latestVerifiedOn(catalog),
  });
});

export async function GET(request: Request) {
  const m = new URL(request.url).searchParams.get(CALENDAR_MODELS_KEY) ?? "";
  // Our links name a few models; a longer list is cut here, so a hostile link cannot make a big calendar.
  const requested = m.split(",").slice(0, MAX_LIST_ITEMS * 2);
  const key = JSON.stringify({ origin: await feedOrigin(request), requested });
  return dailyResponse(request, calendarFor(getToday(), key), {
    "Content-Type": "text/calendar; charset=utf-8",
    "Content-Disposition": 'inline; filename="lifecycle.ics"',
  });
}
