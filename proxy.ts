/**
 * Prerendered pages that depend on the day (model pages, the annotated article) would otherwise
 * go out with Next's ISR header, `s-maxage=<revalidate>, stale-while-revalidate=<a year>`: a CDN
 * could keep a page that says "deprecated" past the model's shutdown. This stamps them with a
 * lifetime that ends at the next UTC midnight (Next keeps a Cache-Control already set).
 */
import { NextResponse } from "next/server";

import { DAY_PAGE_REVALIDATE_SECONDS } from "@/lib/http/day-pages";
import { dayBoundCacheControl } from "@/lib/http/lifetime";

export function proxy() {
  const response = NextResponse.next();
  response.headers.set("Cache-Control", dayBoundCacheControl(new Date(), DAY_PAGE_REVALIDATE_SECONDS));
  return response;
}

// Next reads the matcher statically, so it is a literal: DAY_PAGE_MATCHERS (lib/http/day-pages.test.ts checks).
export const config = { matcher: ["/models/:path*", "/article"] };
