import "server-only";

import { siteOrigin } from "@/lib/share/origin";

/** Feeds and calendars need absolute links: SITE_URL, else the request's own origin. */
export async function feedOrigin(request: Request): Promise<string> {
  return (await siteOrigin())?.origin ?? new URL(request.url).origin;
}
