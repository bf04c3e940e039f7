/**
 * Page metadata for a shared state: title, description, canonical link, and the share preview
 * image (Open Graph + Twitter) rendered by /api/og for exactly that state.
 */
import type { Metadata } from "next";

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
const OG_ROUTE = "/api/og";
export const SITE_NAME = "Small Model Navigator";

/** Views that have a share image; the route falls back to a generic card for anything else. */
export type ShareView = "catalog" | "compare" | "calculator" | "charts" | "wizard" | "migrate" | "model";

/** "?m=a,b&d=1" → "/api/og?view=compare&m=a,b&d=1" (the view's canonical query, unchanged). */
export function ogImagePath(view: ShareView, query: string): string {
  const rest = query.replace(/^\?/, "");
  return `${OG_ROUTE}?view=${view}${rest ? `&${rest}` : ""}`;
}

type ShareInput = {
  view: ShareView;
  title: string;
  description: string;
  /** The page's path, e.g. "/compare". */
  path: string;
  /** The view's canonical query from its serializer ("" or "?…"). */
  query: string;
  /** The share image's query when it differs from the page's (a model page: /models/<id> → ?id=<id>). */
  imageQuery?: string;
  /** Absolute origin of the site, for absolute image URLs (see origin.ts). */
  origin?: URL;
};

export function shareMetadata({ view, title, description, path, query, imageQuery = query, origin }: ShareInput): Metadata {
  const url = `${path}${query}`;
  const image = { url: ogImagePath(view, imageQuery), ...OG_IMAGE_SIZE, alt: description, type: "image/png" };
  return {
    ...(origin ? { metadataBase: origin } : {}),
    title,
    description,
    // A canonical link must be absolute (Lighthouse fails a relative one). A page prerendered
    // without SITE_URL knows no origin: it states none, and its own URL is its canonical.
    ...(origin ? { alternates: { canonical: url } } : {}),
    openGraph: { type: "website", siteName: SITE_NAME, title, description, url, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
