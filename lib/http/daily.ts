/**
 * Documents that change only when the day does (the catalog API, the feeds, the calendar): built
 * once per day and key, answered with a Cache-Control that ends at the next UTC midnight and an
 * ETag (a hash of the body), so a client that has the day's copy gets a 304.
 */
import { createHash } from "node:crypto";

import { sharedCacheCap, untilMidnightCacheControl } from "./lifetime";

export type DailyDocument = { body: string; etag: string };

/** A strong validator: 27 base64url characters of the body's SHA-256 (160 bits). */
export function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** Copies kept per day: links with query strings could otherwise fill the memory. */
const KEYS_KEPT = 64;

/**
 * `build(day, key)` run once per day and key (a feed's origin, a calendar's model list); the
 * day's copies are dropped when the day changes, the oldest key when too many are kept.
 */
export function dailyMemo(build: (day: string, key: string) => string, keysKept = KEYS_KEPT) {
  let day = "";
  const byKey = new Map<string, DailyDocument>();
  return (today: string, key = ""): DailyDocument => {
    if (today !== day) {
      day = today;
      byKey.clear();
    }
    let doc = byKey.get(key);
    if (!doc) {
      const body = build(today, key);
      doc = { body, etag: etagOf(body) };
      if (byKey.size >= keysKept) byKey.delete(byKey.keys().next().value as string);
      byKey.set(key, doc);
    }
    return doc;
  };
}

/** The day's document, or a 304 when the request already holds it (If-None-Match). */
export function dailyResponse(
  request: Request,
  { body, etag }: DailyDocument,
  headers: Record<string, string>,
  now: Date = new Date(),
): Response {
  const common: Record<string, string> = {
    ...headers,
    "Cache-Control": untilMidnightCacheControl(now, sharedCacheCap()),
    ETag: etag,
  };
  // A 304 has no body, so it says nothing about one.
  const notModified = Object.fromEntries(Object.entries(common).filter(([name]) => name !== "Content-Type"));
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers: notModified });
  return new Response(body, { headers: common });
}
