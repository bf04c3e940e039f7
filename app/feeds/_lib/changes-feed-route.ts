import "server-only";

import { loadFiledCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { latestVerifiedOn } from "@/lib/catalog/verified";
import { changeEvents } from "@/lib/changes/events";
import type { FeedInput } from "@/lib/changes/feeds";
import { dailyMemo, dailyResponse } from "@/lib/http/daily";

import { feedOrigin } from "./feed-origin";

/**
 * The GET handler of a change-log feed: every event up to today written by `write`, built once a
 * day per origin and cached until the next UTC midnight, with an ETag for conditional requests.
 */
export function changesFeedRoute(write: (input: FeedInput) => string, headers: Record<string, string>) {
  const bodyFor = dailyMemo((today, origin) => {
    const catalog = loadFiledCatalog();
    return write({ events: changeEvents(catalog), today, origin, verifiedOn: latestVerifiedOn(catalog) });
  });
  return async function GET(request: Request) {
    return dailyResponse(request, bodyFor(getToday(), await feedOrigin(request)), headers);
  };
}
