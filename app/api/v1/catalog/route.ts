/**
 * GET /api/v1/catalog: the whole catalog as JSON, every figure with its source and verified-on
 * date, each price as a dated series, and each model's status as of today (`asOf`).
 *
 * The document changes at UTC midnight (statuses, prices in force), so it is built per day, kept
 * in memory for that day, and cached by browsers and CDNs only until the next UTC midnight. An
 * ETag (a hash of the body) lets clients revalidate for a 304 instead of downloading it again.
 */
import { createHash } from "node:crypto";

import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { catalogDocument } from "@/lib/export/catalog-api";
import { untilMidnightCacheControl } from "@/lib/http/lifetime";

export const dynamic = "force-dynamic";

let built: { day: string; body: string; etag: string } | undefined;

function documentFor(day: string) {
  if (built?.day !== day) {
    const body = JSON.stringify(catalogDocument(loadCatalog(day), day));
    built = { day, body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
  }
  return built;
}

export function GET(request: Request) {
  const { body, etag } = documentFor(getToday());
  const headers = {
    "Access-Control-Allow-Origin": "*",
    "Cache-Control": untilMidnightCacheControl(new Date()),
    ETag: etag,
  };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json" } });
}
