import "server-only";
import { headers } from "next/headers";

const HOST = /^[a-z0-9.-]+(:\d{1,5})?$/i;

/**
 * The site's origin for absolute share-image URLs: SITE_URL when set (production), else the
 * request's host (previews, local runs). A malformed Host header yields undefined, and Next
 * falls back to its default rather than echoing it.
 */
export async function siteOrigin(): Promise<URL | undefined> {
  const configured = process.env.SITE_URL;
  if (configured) {
    try {
      return new URL(configured);
    } catch {
      // fall through to the request's host
    }
  }
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() ?? h.get("host") ?? "";
  if (!HOST.test(host)) return undefined;
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ? "https" : "http";
  return new URL(`${proto}://${host}`);
}
