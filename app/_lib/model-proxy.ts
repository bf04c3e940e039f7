import "server-only";

import { NextResponse, type NextRequest } from "next/server";

import { loadCatalog } from "@/lib/catalog/load";
import { resolveModelPath } from "@/lib/url/model";

let catalogIds: string[] | undefined;

/**
 * /models/<id>: a catalog ID passes (null: the proxy serves today's prerendered copy); the same
 * ID in other letters' case is redirected (308) to the catalog's spelling; an unknown ID gets the
 * missing-model page, which names the nearest IDs, with status 404. The decision is
 * lib/url/model.ts's.
 */
export function modelProxy(request: NextRequest): NextResponse | null {
  catalogIds ??= loadCatalog().map((e) => e.id);
  const route = resolveModelPath(request.nextUrl.pathname, catalogIds);
  if (route.kind === "model" || route.kind === "other") return null;
  const url = request.nextUrl.clone();
  url.pathname = route.path;
  return route.kind === "redirect" ? NextResponse.redirect(url, 308) : NextResponse.rewrite(url, { status: 404 });
}
