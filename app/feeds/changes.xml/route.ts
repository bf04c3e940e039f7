/**
 * GET /feeds/changes.xml: the change log as an Atom feed (lib/changes/feeds.ts). It lists what has
 * happened by today, so it is built once a day and cached until the next UTC midnight, with an
 * ETag for conditional requests.
 */
import { loadFiledCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { changeEvents } from "@/lib/changes/events";
import { changesAtom } from "@/lib/changes/feeds";
import { dailyMemo, dailyResponse } from "@/lib/http/daily";

import { feedOrigin } from "../_lib/feed-origin";

export const dynamic = "force-dynamic";

const atomFor = dailyMemo((today, origin) => {
  const catalog = loadFiledCatalog();
  return changesAtom({ events: changeEvents(catalog), today, origin, verifiedOn: latestVerifiedOn(catalog) });
});

export async function GET(request: Request) {
  return dailyResponse(request, atomFor(getToday(), await feedOrigin(request)), {
    "Content-Type": "application/atom+xml; charset=utf-8",
  });
}
