/**
 * GET /feeds/changes.json: the change log as a JSON Feed 1.1 (lib/changes/feeds.ts), the same
 * entries as the Atom feed; built once a day, cached until the next UTC midnight, with an ETag.
 */
import { loadFiledCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { changeEvents } from "@/lib/changes/events";
import { changesJsonFeed } from "@/lib/changes/feeds";
import { dailyMemo, dailyResponse } from "@/lib/http/daily";

import { feedOrigin } from "../_lib/feed-origin";

export const dynamic = "force-dynamic";

const jsonFor = dailyMemo((today, origin) => {
  const catalog = loadFiledCatalog();
  return changesJsonFeed({ events: changeEvents(catalog), today, origin, verifiedOn: latestVerifiedOn(catalog) });
});

export async function GET(request: Request) {
  return dailyResponse(request, jsonFor(getToday(), await feedOrigin(request)), {
    "Access-Control-Allow-Origin": "*",
    "Content-Type": "application/feed+json; charset=utf-8",
  });
}
