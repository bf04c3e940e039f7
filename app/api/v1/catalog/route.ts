/**
 * GET /api/v1/catalog: the whole catalog as JSON, every figure with its source and verified-on
 * date, each price as a dated series, and each model's status as of today (`asOf`).
 *
 * The document changes at UTC midnight (statuses, prices in force), so it is built per day, kept
 * in memory for that day, and cached by browsers and CDNs only until the next UTC midnight. An
 * ETag (a hash of the body) lets clients revalidate for a 304 instead of downloading it again.
 */
import { loadCatalog } from "@/lib/catalog/load";
import { getToday } from "@/lib/catalog/today";
import { catalogDocument } from "@/lib/export/catalog-api";
import { dailyMemo, dailyResponse } from "@/lib/http/daily";

export const dynamic = "force-dynamic";

const documentFor = dailyMemo((day) => JSON.stringify(catalogDocument(loadCatalog(day), day)));

export function GET(request: Request) {
  return dailyResponse(request, documentFor(getToday()), {
    "Access-Control-Allow-Origin": "*",
    "Content-Type": "application/json",
  });
}
