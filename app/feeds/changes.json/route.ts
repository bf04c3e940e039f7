/**
 * GET /feeds/changes.json: the change log as a JSON Feed 1.1 (lib/changes/feeds.ts), the same
 * entries as the Atom feed; built once a day, cached until the next UTC midnight, with an ETag.
 */
import { changesJsonFeed } from "@/lib/changes/feeds";

import { changesFeedRoute } from "../_lib/changes-feed-route";

export const dynamic = "force-dynamic";

export const GET = changesFeedRoute(changesJsonFeed, {
  "Access-Control-Allow-Origin": "*",
  "Content-Type": "application/feed+json; charset=utf-8",
});
