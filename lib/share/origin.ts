import "server-only";

import { headers } from "next/headers";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The site's origin for absolute share-image URLs: SITE_URL when set (production), else the
 * request's Host (previews, local runs). X-Forwarded-Host is not trusted (a client could set it
 * and poison a shared cache); a malformed Host yields undefined and Next's default applies.
 */
export async function siteOrigin(): Promise<URL | undefined> {
  const configured = configuredOrigin();
  if (configured) return configured;
  const h = await headers();
  const host = h.get("host") ?? "";
  if (!HOST.test(host)) return undefined;
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${proto}://${host}`);
}

/**
 * SITE_URL alone, without reading the request: for prerendered pages (model pages), where
 * headers() would make the page dynamic. Unset, Next resolves the image against its default.
 */
export function configuredOrigin(): URL | undefined {
  const configured = process.env.SITE_URL;
  if (!configured) return undefined;
  try {
    return new URL(configured);
  } catch {
    return undefined;
  }
}
