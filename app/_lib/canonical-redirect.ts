import "server-only";

import { headers } from "next/headers";
import { permanentRedirect } from "next/navigation";
import type { SearchParams } from "nuqs/server";

import { canonicalTarget } from "@/lib/url/canonical";
import type { ViewPage } from "@/lib/url/page";

/**
 * A view's link in another spelling of the same state: 308 to the serializer's
 * (lib/url/canonical.ts). Documents only: the app's own navigations (RSC requests, which no
 * shared cache keeps) already carry the state in the order the page's controls wrote it, and a
 * redirect there would only add a round trip.
 */
export async function redirectToCanonical(
  path: string,
  searchParams: SearchParams,
  page: Pick<ViewPage<unknown>, "ignored" | "problems" | "query">,
): Promise<void> {
  const target = canonicalTarget(path, searchParams, page);
  if (!target) return;
  if ((await headers()).get("rsc") !== null) return;
  permanentRedirect(target);
}
