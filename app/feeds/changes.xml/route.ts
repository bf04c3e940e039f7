/**
 * GET /feeds/changes.xml: the change log as an Atom feed (lib/changes/feeds.ts). It lists what has
 * happened by today, so it is built once a day and cached until the next UTC midnight, with an
 * ETag for conditional requests.
 */
import { changesAtom } from "@/lib/changes/feeds";

import { changesFeedRoute } from "../_lib/changes-feed-route";

export const dynamic = "force-dynamic";

export const GET = changesFeedRoute(changesAtom, { "Content-Type": "application/atom+xml; charset=utf-8" });
